// Position lookups stay linear overall: a finding on every account must not walk every earlier
// account again. Counted in steps (reads of the subset reader's skip list), not timed.
import { parseSubset } from '../../../src/core/load/fast';
import { LogPositions, offsetOf, TreePositions } from '../../../src/core/load/positions';
import { parseReference } from '../../../src/core/load/reference';

function catalog(accounts: number): string {
  const lines = ['version: 1', 'teams:'];
  for (let i = 0; i < accounts; i++) lines.push(`  team-${i}: { email: t${i}@acme.com }`);
  lines.push('accounts:');
  for (let i = 0; i < accounts; i++) {
    lines.push(`  - name: acct-${i}`, `    email: aws+${i}@acme.com`, `    budget: { monthlyUsd: ${i + 1} }`, `    tags: { cost-center: cc-${i} }`);
  }
  return `${lines.join('\n')}\n`;
}

/** The subset reader's positions for `text`, with every read of the skip list counted. */
function counted(text: string): { positions: LogPositions; reads: () => number } {
  const parsed = parseSubset(text)!;
  const inner = parsed.positions as unknown as { data: Record<string, unknown>; starts: Int32Array; skips: Int32Array };
  let reads = 0;
  const skips = new Proxy(inner.skips, {
    get(target, key) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key) as unknown;
    },
  });
  return { positions: new LogPositions(inner.data, inner.starts, skips), reads: () => reads };
}

describe('LogPositions', () => {
  test('a lookup in every account reads the skip list a bounded number of times per lookup', () => {
    const count = 1000;
    const { positions, reads } = counted(catalog(count));
    for (let i = count - 1; i >= 0; i--) {
      positions.offset(['accounts', i, 'budget', 'monthlyUsd']);
      positions.offset(['teams', `team-${i}`, 'email']);
    }
    // Quadratic walking would read about count² / 2 = 500,000 times per list.
    expect(reads()).toBeLessThan(20 * count);
  });

  test('indexed and walked lookups give the same offsets as the reference reader, in any order, repeatedly', () => {
    const text = catalog(40);
    const fast = parseSubset(text)!.positions;
    const tree = (parseReference(text).positions as TreePositions).root;
    const paths: (string | number)[][] = [[], ['teams'], ['accounts'], ['missing'], ['accounts', 99], ['accounts', 'x'], ['teams', 0]];
    for (let i = 0; i < 40; i++) {
      paths.push(['accounts', i], ['accounts', i, 'budget', 'monthlyUsd'], ['accounts', i, 'tags', 'cost-center'], ['accounts', i, 'tags', 'nope']);
      paths.push(['teams', `team-${i}`], ['teams', `team-${i}`, 'email'], ['teams', `team-${i}`, 'email', 'deeper']);
    }
    for (const round of [paths, [...paths].reverse(), paths]) {
      for (const path of round) expect([path, fast.offset(path)]).toEqual([path, offsetOf(tree, path)]);
    }
  });
});
