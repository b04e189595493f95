// Live-plan benchmark: 1,000 managed accounts in 50 OUs (plus unmanaged ones) in the loopback AWS fake.
// Reports the API calls of readLiveOrganization against the documented formula (README: Live AWS, "Number of calls"),
// and the wall time of a live plan (read + compareLive), median of several runs.
// Usage: node bench/live.mjs [runs]   (bench/run.mjs calls run())
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const out = join(root, 'bench', 'out', 'live');

/** Bundles a TypeScript entry (the ESM adapter, the fake) into CommonJS this plain-JS bench can require. */
export async function build(entry, name) {
  const ncc = require('@vercel/ncc');
  const { code, assets } = await ncc(join(root, entry), { quiet: true, minify: false, sourceMap: false, transpileOnly: true });
  const dir = join(out, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), asset.source);
  }
  writeFileSync(join(dir, 'index.js'), code);
  return require(join(dir, 'index.js'));
}

const ACCOUNTS = 1000;
const TOP = ['Workloads', 'Sandbox', 'Security', 'Infrastructure', 'Suspended'];
const ALERTS = [{ percent: 80 }, { percent: 100 }, { percent: 100, type: 'forecasted' }];

/** 5 top-level OUs with 9 children each: 50 OUs; accounts spread unevenly over the 45 leaves. */
function seed(fake) {
  const leaves = [];
  for (const top of TOP) for (let i = 0; i < 9; i++) leaves.push(`/${top}/team-${i}`);
  for (const leaf of leaves) fake.addOu(leaf);
  const accounts = [];
  for (let i = 0; i < ACCOUNTS; i++) {
    // Uneven: a third of the accounts in the first 5 leaves (pages of 20 matter there).
    const ou = i % 3 === 0 ? leaves[i % 5] : leaves[5 + (i % 40)];
    const name = `svc${String(i).padStart(4, '0')}-dev`;
    const email = `aws+${name}@acme.com`;
    const a = fake.putAccount({ name, email, ou, tags: { 'cost-center': `cc-${1000 + (i % 900)}` } });
    // Spend figures ride on DescribeBudgets (CalculatedSpend): no extra call for them.
    fake.putBudget(a.Id, 100, ALERTS, ['ship@acme.com'], { actual: (i % 97) + '.25', forecast: (i % 151) + '.5' });
    accounts.push({
      name,
      email,
      owner: 'ship',
      environment: 'dev',
      ou,
      id: a.Id,
      state: 'active',
      budget: { monthlyUsd: 100, alerts: ALERTS.map((x) => ({ percent: x.percent, type: x.type ?? 'actual' })), recipients: ['ship@acme.com'] },
      tags: { 'cost-center': `cc-${1000 + (i % 900)}` },
      access: [],
      iamUsers: false,
      index: i,
    });
  }
  for (let i = 0; i < 20; i++) fake.putAccount({ name: `stray-${i}`, email: `stray-${i}@acme.com`, ou: leaves[i % leaves.length] });
  return benchCatalog(accounts, ['/', ...leaves]);
}

/** A typed catalog (the shape buildCatalog returns) around bench accounts, owned by team ship. */
export function benchCatalog(accounts, organizationalUnits, organization = {}) {
  return {
    version: 1,
    organization: { naming: { pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', environmentSuffix: false }, ...organization },
    environments: { dev: { production: false } },
    teams: { ship: { email: 'ship@acme.com' } },
    organizationalUnits,
    policy: {
      budget: { defaultMonthlyUsd: 500, approvalThresholdUsd: 500, approval: { label: 'finance-approved', teams: [], users: [] } },
      closing: { approval: { label: 'account-closure-approved', teams: [], users: [] }, quota: { percent: 20, minimum: 250, maximum: 1000 } },
      access: { productionStandingPermissionSets: [], mode: 'additive' },
      rules: {},
    },
    accounts,
  };
}

/** The documented formula (README: Live AWS, "Number of calls"), from the organization's shape. */
function formula(fake, managedIds) {
  const pages = (n, size) => Math.max(1, Math.ceil(n / size));
  const parents = [fake.rootId, ...fake.ous.keys()];
  let total = 2; // DescribeOrganization, ListRoots
  for (const p of parents) {
    total += pages([...fake.ous.values()].filter((o) => o.parentId === p).length, 20);
    total += pages([...fake.accounts.values()].filter((a) => a.parentId === p).length, 20);
  }
  const managed = managedIds.length;
  const budgets = [...fake.budgets.values()];
  const ours = budgets.filter((b) => managedIds.includes(b.budget.BudgetName.replace('account-catalog-', '')));
  total += managed; // ListTagsForResource
  if (managed > 0) total += pages(budgets.length, 100) + ours.length + ours.reduce((n, b) => n + b.notifications.length, 0);
  return total;
}

export const name = 'live';

/** Measures `runs` live plans (at most 3: each makes ~5,000 calls) and returns bench/run.mjs rows plus the details. */
export async function measureLivePlan(runs = 3) {
  const { startFakeAws } = await build('test/support/fake-aws.ts', 'fake');
  const adapter = await build('test/live/harness-entry.ts', 'adapter');
  const fake = await startFakeAws();
  const catalog = seed(fake);
  const saved = { ...process.env };
  Object.assign(process.env, fake.env());
  const samples = [];
  let calls = 0;
  let http = 0;
  let steps = -1;
  try {
    for (let r = 0; r < runs; r++) {
      const clients = adapter.createAwsClients({});
      let counted = 0;
      for (const client of [clients.organizations, clients.budgets]) {
        client.middlewareStack.add((next) => async (args) => {
          counted++;
          return next(args);
        }, { step: 'initialize', name: 'benchCallCounter', priority: 'high' });
      }
      const before = fake.calls.length;
      const cpu = process.cpuUsage();
      const started = process.hrtime.bigint();
      const live = await adapter.readLiveOrganization({ dryRun: true, clients }, catalog);
      const plan = adapter.compareLive(undefined, catalog, live);
      const used = process.cpuUsage(cpu);
      samples.push({ wallMs: Number(process.hrtime.bigint() - started) / 1e6, cpuMs: (used.user + used.system) / 1000, peakRssMb: process.memoryUsage().rss / 2 ** 20 });
      calls = counted;
      http = fake.calls.length - before;
      steps = plan.liveSteps.length;
    }
  } finally {
    await fake.close();
    for (const key of Object.keys(fake.env())) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  }
  const expected = formula(fake, catalog.accounts.map((a) => a.id));
  const sorted = (key) => samples.map((x) => x[key]).sort((a, b) => a - b);
  const median = (key) => sorted(key)[Math.floor(samples.length / 2)];
  return {
    accounts: ACCOUNTS,
    ous: fake.ous.size,
    calls,
    httpRequests: http,
    formula: expected,
    deviation: `${(((calls - expected) / expected) * 100).toFixed(1)}%`,
    wallMs: median('wallMs'),
    wallMinMs: sorted('wallMs')[0],
    // The fake runs in this process: its CPU time is included.
    cpuMs: median('cpuMs'),
    peakRssMb: Math.max(...samples.map((x) => x.peakRssMb)),
    stepsPlanned: steps,
  };
}

/** bench/run.mjs section: the calls against the formula (target within 10 %) and the wall time. */
export async function run({ runs = 3 } = {}) {
  const r = await measureLivePlan(Math.max(1, Math.min(runs, 3)));
  return [
    { section: name, case: `live plan calls / formula (${r.calls} / ${r.formula}), 1,000 accounts in 50 OUs`, ratio: r.calls / r.formula, targetRatio: 1.1 },
    { section: name, case: `live plan read + compare, ${r.calls} calls against the loopback fake`, wallMs: r.wallMs, wallMinMs: r.wallMinMs, cpuMs: r.cpuMs, peakRssMb: r.peakRssMb },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await measureLivePlan(Number(process.argv[2] ?? 3));
  console.log(JSON.stringify(result, null, 2));
  if (Math.abs(result.calls - result.formula) > result.formula * 0.1) process.exitCode = 1;
}
