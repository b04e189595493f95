// Runs the compiled CLI (lib/cli/bin.js) as a child process against the loopback AWS fake. The
// process is spawned asynchronously: the fake answers from this process's event loop.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FakeAws } from '../support/fake-aws';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'lib', 'cli', 'bin.js');

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Nothing from this machine's AWS setup leaks in: no profile, no config files, no instance metadata. */
export function isolatedEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && !key.startsWith('AWS_')) env[key] = value;
  const empty = path.join(os.tmpdir(), 'account-catalog-no-aws-config');
  return { ...env, ACCOUNT_CATALOG_DEBUG: '', AWS_CONFIG_FILE: empty, AWS_SHARED_CREDENTIALS_FILE: empty, AWS_EC2_METADATA_DISABLED: 'true' };
}

export function cli(args: readonly string[], options: { cwd: string; env?: Record<string, string>; fake?: FakeAws }): Promise<Run> {
  const env = { ...isolatedEnv(), ...(options.fake ? options.fake.env() : {}), AWS_MAX_ATTEMPTS: '3', ...(options.env ?? {}) };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

export function tempDir(prefix = 'import-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Exit 2, one line on stderr, no stack trace. */
export function expectOneLineFailure(run: Run, pattern: RegExp): void {
  expect(run.stderr).toMatch(pattern);
  expect(run.status).toBe(2);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

export function ensureBuilt(): void {
  if (!fs.existsSync(BIN)) throw new Error(`${BIN} is missing: run 'npx projen compile' first`);
  if (!fs.existsSync(path.join(ROOT, 'lib-aws', 'index.js'))) throw new Error('lib-aws/index.js is missing: run \'npx projen compile\' first');
}
