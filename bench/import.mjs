// Import benchmark: `account-catalog import` of 1,000 accounts (plus 20 unowned ones and the management
// account) in 50 OUs, run as a user runs it (node lib/cli/bin.js) against the loopback AWS fake.
// Reports the API calls against the live-read formula (docs/live-aws.md, "Number of calls", with every
// ACTIVE account read) and the wall time of the whole command. Target: under 10 s.
// Usage: node bench/import.mjs [runs]   (bench/run.mjs calls run())
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, formula, seed } from './live.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(root, 'lib', 'cli', 'bin.js');

function runCli(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`import exited ${code}: ${stderr.split('\n')[0]}`))));
  });
}

export const name = 'import';

export async function measureImport(runs = 3) {
  const { startFakeAws } = await build('test/support/fake-aws.ts', 'fake');
  const fake = await startFakeAws();
  seed(fake);
  const env = { ...process.env, ...fake.env(), AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', AWS_EC2_METADATA_DISABLED: 'true' };
  delete env.AWS_PROFILE;
  const work = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const samples = [];
  let calls = 0;
  try {
    for (let r = 0; r < runs; r++) {
      const before = fake.calls.length;
      const started = process.hrtime.bigint();
      await runCli(['import', '--output', join(work, `catalog-${r}.yaml`)], env);
      samples.push(Number(process.hrtime.bigint() - started) / 1e6);
      calls = fake.calls.length - before;
    }
  } finally {
    await fake.close();
    rmSync(work, { recursive: true, force: true });
  }
  const active = [...fake.accounts.values()].filter((a) => a.Status === 'ACTIVE').map((a) => a.Id);
  const expected = formula(fake, active);
  const sorted = [...samples].sort((a, b) => a - b);
  return { accounts: fake.accounts.size, ous: fake.ous.size, calls, formula: expected, wallMs: sorted[Math.floor(sorted.length / 2)], wallMinMs: sorted[0] };
}

/** bench/run.mjs section: calls against the formula (exact), and the wall time (target < 10 s). */
export async function run({ runs = 3 } = {}) {
  const r = await measureImport(Math.max(1, Math.min(runs, 3)));
  return [
    { section: name, case: `import calls / formula (${r.calls} / ${r.formula}), ${r.accounts} accounts in ${r.ous} OUs`, ratio: r.calls / r.formula, targetRatio: 1 },
    { section: name, case: `import of ${r.accounts} accounts (node lib/cli/bin.js import) against the loopback fake`, wallMs: r.wallMs, wallMinMs: r.wallMinMs, targetWallMs: 10_000 },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await measureImport(Number(process.argv[2] ?? 3));
  console.log(JSON.stringify(result, null, 2));
  if (result.calls !== result.formula) process.exitCode = 1;
}
