// Wrong types anywhere must end in findings, never in a crash of the schema check or of a later rule.
import { evaluate } from '../../../src/core/engine';
import type { LoadedCatalog, NodePath } from '../../../src/core/model';

// The bench's seeded PRNG (mulberry32): a failure is reproducible by its seed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { random } = require('../../../bench/generate.cjs') as { random(seed: number): () => number };

const ODD_VALUES: readonly unknown[] = [
  null, true, false, 0, -1, 1e309, -Infinity, NaN, 500, '500', '', ' ', '<script>', '@org/team', 'aws:x', '__proto__', 'constructor',
  'ü', '😀', 'a'.repeat(300), [], [null], ['x'], [1, 2], {}, { a: 1 }, { __proto__: 'x' }, { constructor: 'x' },
];

function oddValue(next: () => number, depth: number): unknown {
  const roll = next();
  if (depth > 0 && roll < 0.1) return [oddValue(next, depth - 1), oddValue(next, depth - 1)];
  if (depth > 0 && roll < 0.2) return { name: oddValue(next, depth - 1), percent: oddValue(next, depth - 1), permissionSet: oddValue(next, depth - 1) };
  return ODD_VALUES[Math.floor(next() * ODD_VALUES.length)];
}

/** A valid catalog in which some fields are replaced by odd values. */
function mangledCatalog(seed: number): Record<string, unknown> {
  const next = random(seed);
  const maybe = (value: unknown): unknown => (next() < 0.25 ? oddValue(next, 2) : value);
  const account = (i: number) => ({
    name: maybe(`acct-${i}`),
    email: maybe(`a${i}@acme.com`),
    owner: maybe('ship'),
    environment: maybe(i % 2 ? 'prod' : 'dev'),
    ou: maybe('/A'),
    id: maybe(String(100000000000 + i)),
    state: maybe('active'),
    budget: maybe({ monthlyUsd: maybe(100), alerts: maybe([maybe({ percent: maybe(80), type: maybe('actual') })]), recipients: maybe([maybe('x@acme.com')]) }),
    tags: maybe({ k: maybe('v'), [String(maybe('key'))]: maybe('w') }),
    access: maybe([maybe({ group: maybe('g'), user: maybe('u'), permissionSet: maybe('ReadOnlyAccess') })]),
    iamUsers: maybe(false),
  });
  return {
    version: maybe(1),
    organization: maybe({ managementAccountId: maybe('111111111111'), allowedEmailDomains: maybe(['acme.com']), naming: maybe({ pattern: maybe('^[a-z-]+$'), environmentSuffix: maybe(true) }) }),
    environments: maybe({ dev: maybe({ production: maybe(false) }), prod: { production: maybe(true) } }),
    teams: maybe({ ship: maybe({ github: maybe('acme/ship'), email: maybe('ship@acme.com') }) }),
    organizationalUnits: maybe(['/A', maybe('/B')]),
    policy: maybe({
      budget: maybe({ defaultMonthlyUsd: maybe(500), approvalThresholdUsd: maybe(500), approval: maybe({ label: maybe('l'), teams: maybe(['acme/f']), users: maybe(['u']) }) }),
      closing: maybe({ approval: maybe({ label: maybe('c') }), quota: maybe({ percent: maybe(20), minimum: maybe(1), maximum: maybe(5) }) }),
      access: maybe({ productionStandingPermissionSets: maybe(['ReadOnlyAccess']) }),
      rules: maybe({ 'tag-format': maybe('warn'), 'no-such-rule': 'off' }),
    }),
    accounts: maybe(Array.from({ length: 6 }, (_, i) => maybe(account(i)))),
  };
}

function loaded(data: Record<string, unknown>): LoadedCatalog {
  return { data, files: ['fuzz.yaml'], findings: [], locate: (path: NodePath) => ({ file: 'fuzz.yaml', line: path.length + 1, column: 1 }) };
}

describe('wrong types anywhere', () => {
  test.each(Array.from({ length: 300 }, (_, i) => i + 1))('seed %i: findings, no crash', (seed) => {
    const head = loaded(mangledCatalog(seed));
    const base = loaded(mangledCatalog(seed + 10000));
    const { plan } = evaluate({ head, base });
    for (const finding of plan.findings) {
      expect(typeof finding.message).toBe('string');
      expect(finding.message).not.toMatch(/[\r\n]/);
      expect(finding.message.length).toBeLessThan(1200);
      expect(['error', 'warning']).toContain(finding.severity);
    }
  });
});
