// Runs the compiled CLI as users do: `node lib/cli/bin.js ...` (the test task compiles first).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CLI_BIN = path.join(ROOT, 'lib', 'cli', 'bin.js');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd: string = ROOT, env: Record<string, string> = {}): CliRun {
  if (!fs.existsSync(CLI_BIN)) throw new Error('lib/cli/bin.js is missing: run "npx projen compile" first (npm test does).');
  const result = spawnSync(process.execPath, [CLI_BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ACCOUNT_CATALOG_DEBUG: '', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
