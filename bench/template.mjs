// Template benchmark: wall time of `projen new --from <tarball> aws-account-repo --team ship` and of
// `projen new --from <tarball> aws-organization-repo --org acme ...` next to `projen new awscdk-app-ts`
// (the stock CDK app), on the same machine in the same run, alternating.
// Both include projen's npm install (aws-cdk-lib), which dominates. Needs lib/ (npx projen compile).
// Usage: node bench/template.mjs [runs]   (bench/run.mjs calls run({ runs }); BENCH_TEMPLATE_RUNS caps its runs, default 2)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const projen = join(root, 'node_modules', 'projen', 'bin', 'projen');

/** A developer's shell: with CI set, projen would `npm ci` without a lockfile. */
function userEnv() {
  const env = { ...process.env };
  delete env.CI;
  delete env.PROJEN_DISABLE_POST;
  return env;
}

function mustRun(command, args, cwd) {
  const r = spawnSync(command, args, { cwd, env: userEnv(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status ?? r.signal}):\n${(r.stdout + r.stderr).slice(-4000)}`);
}

/** Seconds to create one project in a fresh empty directory. */
function timeNew(work, label, args) {
  const dir = mkdtempSync(join(work, `${label}-`));
  const start = process.hrtime.bigint();
  mustRun(process.execPath, [projen, 'new', ...args, '--no-git'], dir);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  rmSync(dir, { recursive: true, force: true });
  return seconds;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

export const name = 'template';

/** Rows for bench/run.mjs: both wall times (ms) and their ratio against the 1.2x target. */
export async function run({ runs = 1, warmup = true } = {}) {
  if (!existsSync(join(root, 'lib', 'template', 'organization', 'aws-organization-repo.js'))) throw new Error('lib/ is missing: run "npx projen compile" first');
  const work = mkdtempSync(join(tmpdir(), 'bench-template-'));
  try {
    const packDir = join(work, 'pack');
    mkdirSync(packDir);
    mustRun('npm', ['pack', '--pack-destination', packDir], root);
    const tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith('.tgz')));
    const ours = ['--from', `aws-account-catalog@file:${tarball}`, 'aws-account-repo', '--team', 'ship'];
    const organization = ['--from', `aws-account-catalog@file:${tarball}`, 'aws-organization-repo', '--org', 'acme', '--management-account-id', '111111111111', '--github-repo', 'acme/aws-accounts'];
    const stock = ['awscdk-app-ts'];

    // A warm-up round fills the npm cache for both, as on a developer's machine.
    if (warmup) {
      timeNew(work, 'warm-stock', stock);
      timeNew(work, 'warm-ours', ours);
      timeNew(work, 'warm-org', organization);
    }
    // Each round is two full npm installs of aws-cdk-lib: a few rounds are enough.
    const rounds = Number(process.env.BENCH_TEMPLATE_RUNS) || Math.min(runs, 2);
    const times = { stock: [], ours: [], organization: [] };
    for (let i = 0; i < rounds; i++) {
      times.stock.push(timeNew(work, 'stock', stock) * 1000);
      times.ours.push(timeNew(work, 'ours', ours) * 1000);
      times.organization.push(timeNew(work, 'org', organization) * 1000);
    }
    const row = (label, samples) => ({ section: name, case: label, wallMs: median(samples), wallMinMs: Math.min(...samples), samples });
    const stockRow = row('projen new awscdk-app-ts', times.stock);
    const oursRow = row('projen new --from <tgz> aws-account-repo --team ship', times.ours);
    const orgRow = row('projen new --from <tgz> aws-organization-repo --org acme --management-account-id ... --github-repo ...', times.organization);
    return [
      stockRow, oursRow, orgRow,
      { section: name, case: 'aws-account-repo / awscdk-app-ts', ratio: oursRow.wallMs / stockRow.wallMs, targetRatio: 1.2 },
      { section: name, case: 'aws-organization-repo / awscdk-app-ts', ratio: orgRow.wallMs / stockRow.wallMs, targetRatio: 1.2 },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await run({ runs: Number(process.argv[2]) || 1 });
  const runs = rows[0].samples.length;
  console.log(`## Template (${runs} run${runs > 1 ? 's' : ''} each after a warm-up, medians, npm cache warm)`);
  for (const r of rows) {
    if (r.samples) console.log(`${r.case}: ${(r.wallMs / 1000).toFixed(1)} s (runs: ${r.samples.map((ms) => (ms / 1000).toFixed(1)).join(', ')})`);
    else console.log(`${r.case}: ${r.ratio.toFixed(2)}x (target <= ${r.targetRatio}x)`);
  }
}
