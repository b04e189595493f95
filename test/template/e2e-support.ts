// Shared by the template end-to-end tests: a developer's shell, a command that must pass, the packed
// package, and a hash of a generated repo's files.
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const PROJEN = path.join(ROOT, 'node_modules', 'projen', 'bin', 'projen');
export const MINUTE = 60_000;

/** A developer's shell: no CI (projen would `npm ci` without a lockfile), no jest or projen test switches. */
export function userEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['CI', 'PROJEN_DISABLE_POST', 'JEST_WORKER_ID', 'NODE_ENV', 'NODE_OPTIONS']) delete env[key];
  return env;
}

export function run(command: string, args: readonly string[], cwd: string, timeoutMs: number): string {
  const result = spawnSync(command, args, { cwd, env: userEnv(), encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) failed with ${result.status ?? result.signal ?? result.error}:\n${output.slice(-6000)}`);
  }
  return output;
}

/** A hash per file of the repo, without node_modules, cdk.out and .git. */
export function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const p = path.posix.join(rel, entry.name);
      if (['node_modules', 'cdk.out', '.git'].includes(entry.name) && rel === '') continue;
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile()) out[p] = createHash('sha256').update(fs.readFileSync(path.join(dir, p))).digest('hex');
    }
  };
  walk('');
  return out;
}

/** `npm pack` of this package into <work>/pack: the tarball's absolute path (needs lib/: npx projen compile). */
export function packPackage(work: string): string {
  for (const f of ['lib/index.js', 'lib/template/aws-account-repo.js', 'lib/template/organization/aws-organization-repo.js', '.jsii']) {
    if (!fs.existsSync(path.join(ROOT, f))) throw new Error(`${f} is missing: run "npx projen compile" first (npm test does).`);
  }
  const packDir = path.join(work, 'pack');
  fs.mkdirSync(packDir);
  run('npm', ['pack', '--pack-destination', packDir], ROOT, 5 * MINUTE);
  const tarball = fs.readdirSync(packDir).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack wrote no tarball into ${packDir}`);
  return path.join(packDir, tarball);
}
