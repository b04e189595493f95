// The --dry-run diff must read as `diff -u` prints it: checked against GNU diff itself.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { unifiedDiff } from '../../src/cli/diff';

function gnuHunks(before: string, after: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diff-'));
  fs.writeFileSync(path.join(dir, 'a'), before);
  fs.writeFileSync(path.join(dir, 'b'), after);
  const out = spawnSync('diff', ['-u', path.join(dir, 'a'), path.join(dir, 'b')], { encoding: 'utf8' }).stdout;
  fs.rmSync(dir, { recursive: true, force: true });
  return out.split('\n').slice(2).join('\n');
}

const lines = (n: number, prefix = 'line') => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}\n`).join('');

test.each([
  ['one insertion', lines(20), lines(20).replace('line 10\n', 'line 10\nnew\n')],
  ['two far apart', lines(40), lines(40).replace('line 3\n', 'line 3\nA\n').replace('line 30\n', 'line 30\nB\nC\n')],
  ['two close together', lines(20), lines(20).replace('line 5\n', 'line 5\nA\n').replace('line 9\n', 'line 9\nB\n')],
  ['a changed line', lines(10), lines(10).replace('line 4\n', 'line 4, changed\n')],
  ['append at the end', lines(5), `${lines(5)}tail\n`],
  ['insert at the start', lines(5), `head\n${lines(5)}`],
])('%s: the same hunks as diff -u', (_name, before, after) => {
  const ours = unifiedDiff('f.yaml', before, after).split('\n').slice(2).join('\n');
  expect(ours).toBe(gnuHunks(before, after));
});

test('no change: no diff', () => {
  expect(unifiedDiff('f.yaml', 'a\n', 'a\n')).toBe('');
});
