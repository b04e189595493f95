// End to end on the real bundle: no finding in the catalog, of any kind or severity, on either side,
// weakens how the base judges a change (issue 8, item 1). Each yaml-syntax and schema finding is
// combined with an unapproved budget raise, an account removal and a policy change: every run must
// fail the step, report the change's own approval error, and never say "Ready to merge".
import { FakeGitHub } from '../support/fake-github';
import { GITHUB_TOKEN, pullRequestPayload, runAction } from './run-action';
import { BASE_ACCOUNTS, catalog, withProdBudget } from './catalogs';

const BASE = 'b'.repeat(40);
const HEAD = '1'.repeat(40);
const MARKER = '<!-- aws-account-catalog:plan -->';

// Each case has its own fake GitHub, so the cases run side by side (each run mostly waits on I/O).
const servers: FakeGitHub[] = [];
afterAll(() => Promise.all(servers.map((s) => s.stop())));

/** A directory catalog: organization and policy, the main accounts, and a third team file. */
function files(text: string, ops = OPS): Record<string, string> {
  const at = text.indexOf('accounts:\n');
  return { 'catalog/org.yaml': text.slice(0, at), 'catalog/accounts.yaml': text.slice(at), 'catalog/zz-ops.yaml': ops };
}

const OPS_ENTRY = `accounts:
  - name: ship-ops-dev
    email: aws+ship-ops-dev@acme.com
    owner: ship
    environment: dev
    ou: /Workloads/Dev
    budget: { monthlyUsd: 100 }
`;
const OPS = OPS_ENTRY;

interface Defect {
  readonly name: string;
  readonly rule: 'yaml-syntax' | 'schema';
  readonly severity: 'error' | 'warning';
  /** Replaces the team file (a defect inside an account entry) ... */
  readonly ops?: string;
  /** ... or is one more file of the directory. */
  readonly extra?: string;
}

const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdef'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcde'[i]}`).join(', ')}]`)].join('\n') + '\n';

const DEFECTS: readonly Defect[] = [
  { name: 'an unknown tag', rule: 'yaml-syntax', severity: 'error', ops: `${OPS_ENTRY}    tags: { data-class: !local "pci" }\n` },
  { name: 'a !!float tag', rule: 'yaml-syntax', severity: 'error', ops: OPS_ENTRY.replace('monthlyUsd: 100', 'monthlyUsd: !!float 100') },
  { name: 'an empty file', rule: 'yaml-syntax', severity: 'warning', extra: '' },
  { name: 'a comment-only file', rule: 'yaml-syntax', severity: 'warning', extra: '# reserved for the data team\n' },
  { name: 'a file that does not parse', rule: 'yaml-syntax', severity: 'error', extra: 'accounts:\n  - name: x\n    budget: { monthlyUsd: 100\n  oops: [\n' },
  { name: 'a duplicate key', rule: 'yaml-syntax', severity: 'error', ops: `${OPS_ENTRY}    owner: ship\n` },
  { name: 'a binary file', rule: 'yaml-syntax', severity: 'error', extra: 'version: 1\n\u0000\u0001' },
  { name: 'a top-level list', rule: 'yaml-syntax', severity: 'error', extra: '- version: 1\n' },
  { name: 'an alias bomb', rule: 'yaml-syntax', severity: 'error', extra: bomb },
  { name: 'an unknown account field', rule: 'schema', severity: 'error', ops: `${OPS_ENTRY}    emial: ops@acme.com\n` },
  { name: 'a wrong type', rule: 'schema', severity: 'error', ops: `${OPS_ENTRY}    iamUsers: "yes"\n` },
  { name: 'a second version', rule: 'schema', severity: 'error', extra: 'version: 2\n' },
  { name: 'an unknown top-level field', rule: 'schema', severity: 'error', extra: 'extras: { note: hi }\n' },
];

interface Scenario {
  readonly name: string;
  /** The approval error the change must raise. */
  readonly rule: string;
  readonly head: () => Record<string, string>;
}

const SCENARIOS: readonly Scenario[] = [
  { name: 'an unapproved raise from $400 to $900,000', rule: 'budget-approval', head: () => files(catalog(withProdBudget(900_000))) },
  { name: 'an account removal', rule: 'account-removed', head: () => files(catalog(BASE_ACCOUNTS.filter((a) => a.name !== 'ship-dev'))) },
  { name: 'a policy change (threshold to $1,000,000)', rule: 'policy-change-approval', head: () => files(catalog(BASE_ACCOUNTS).replace('approvalThresholdUsd: 500', 'approvalThresholdUsd: 1000000')) },
];

function withDefect(tree: Record<string, string>, defect: Defect): Record<string, string> {
  return { ...tree, ...(defect.ops !== undefined ? { 'catalog/zz-ops.yaml': defect.ops } : {}), ...(defect.extra !== undefined ? { 'catalog/zz-extra.yaml': defect.extra } : {}) };
}

async function check(baseTree: Record<string, string>, headTree: Record<string, string>) {
  const github = new FakeGitHub();
  servers.push(github);
  github.identities[GITHUB_TOKEN] = 'github-actions[bot]';
  await github.start();
  github.setTree(BASE, baseTree);
  github.setTree(HEAD, headTree);
  github.pullBase = BASE;
  github.commits = [{ sha: HEAD, date: '2026-01-01T10:00:00Z', pushedAt: '2026-01-01T10:01:00Z' }];
  const run = await runAction({ workspace: headTree, inputs: { catalog: 'catalog' }, event: pullRequestPayload({ baseSha: BASE, headSha: HEAD }), apiUrl: github.url });
  const plan = JSON.parse(run.outputs.plan ?? '{"findings":[]}') as { findings: { rule: string; severity: string; message: string }[] };
  const comment = github.comments.find((c) => c.body.startsWith(MARKER))?.body ?? '';
  return { run, plan, comment };
}

const cases = SCENARIOS.flatMap((scenario) => DEFECTS.map((defect) => [`${defect.rule} ${defect.severity} (${defect.name})`, scenario.name, defect, scenario] as const));

describe('a finding in the head never weakens the base', () => {
  test.concurrent.each(cases)('%s with %s: the step fails', async (_d, _s, defect, scenario) => {
    const { run, plan, comment } = await check(files(catalog(BASE_ACCOUNTS)), withDefect(scenario.head(), defect));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    // The defect is really there, and the change is still judged by the base.
    expect(plan.findings.some((f) => f.rule === defect.rule && f.severity === defect.severity)).toBe(true);
    expect(plan.findings.filter((f) => f.rule === scenario.rule && f.severity === 'error').length).toBeGreaterThan(0);
    expect(comment).toContain(scenario.rule);
    expect(comment).not.toMatch(/Ready to merge/);
  });
});

// On the base side, only a representative of each kind: a broken base must still judge, or fail closed.
const BASE_DEFECTS = DEFECTS.filter((d) => ['an unknown tag', 'an empty file', 'a file that does not parse', 'a duplicate key', 'an unknown account field', 'a second version'].includes(d.name));
const baseCases = SCENARIOS.flatMap((scenario) => BASE_DEFECTS.map((defect) => [`${defect.rule} ${defect.severity} (${defect.name})`, scenario.name, defect, scenario] as const));

describe('a base catalog with findings still judges the change, or fails closed', () => {
  test.concurrent.each(baseCases)('base with %s, head with %s: the step fails', async (_d, _s, defect, scenario) => {
    const { run, plan, comment } = await check(withDefect(files(catalog(BASE_ACCOUNTS)), defect), scenario.head());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(plan.findings.filter((f) => f.rule === scenario.rule && f.severity === 'error').length).toBeGreaterThan(0);
    if (defect.severity === 'error') {
      // Part of the base could not be read: the platform approval stands in for what is missing.
      expect(plan.findings.some((f) => f.rule === 'policy-change-approval' && /base branch's catalog does not load cleanly/.test(f.message))).toBe(true);
    }
    expect(comment).not.toMatch(/Ready to merge/);
  });

  test('a base with an error and a clean head that changes nothing else still needs the platform approval', async () => {
    const base = withDefect(files(catalog(BASE_ACCOUNTS)), DEFECTS.find((d) => d.name === 'an unknown account field')!);
    const { run, comment } = await check(base, files(catalog(BASE_ACCOUNTS)));
    expect(run.code).toBe(1);
    expect(comment).toContain("The base branch's catalog does not load cleanly");
    expect(comment).toContain('account-closure-approved');
  });
});
