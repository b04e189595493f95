// Like actions/typescript-action's check-dist: the committed dist/ must be what the sources build to.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from './run-action';

function files(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(dir, path.join(prefix, e.name)) : [path.join(prefix, e.name)]))
    .sort();
}

test('dist/ is current: rebuilding with the same ncc command changes nothing (fix: rm -rf dist && npx projen bundle, then commit dist/)', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-dist-'));
  try {
    // The same command as the projen `bundle` task, into a temp dir.
    execFileSync(path.join(REPO_ROOT, 'node_modules/.bin/ncc'), ['build', 'action/main.ts', '-o', out, '--minify', '--license', 'licenses.txt'], { cwd: REPO_ROOT, stdio: 'pipe' });
    const committed = path.join(REPO_ROOT, 'dist');
    // ncc does not empty its output directory: a chunk left from an older build shows up here.
    expect({ missing: files(out).filter((f) => !files(committed).includes(f)), extra: files(committed).filter((f) => !files(out).includes(f)) }).toEqual({ missing: [], extra: [] });
    const stale = files(out).filter((f) => !fs.readFileSync(path.join(out, f)).equals(fs.readFileSync(path.join(committed, f))));
    expect(stale).toEqual([]);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}, 180_000);
