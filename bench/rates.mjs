// Issue 11 benchmark: AWS at its documented rates. The loopback fake enforces the documented token
// buckets (test/support/fake-aws.ts `rateScale`, answering TooManyRequestsException when a bucket is
// empty) and a creation latency; time is scaled (every rate × S, the latency ÷ S, the client's
// ACCOUNT_CATALOG_RATE_SCALE = S) so a run takes seconds with the ratios of a real one.
// Reports calls, throttled calls, failed calls, wall time and the lower bound the rates imply for
// the same calls (the busiest bucket; for apply, the creation schedule), against the targets.
// Usage: node bench/rates.mjs   (bench/run.mjs calls run())
import { fileURLToPath } from 'node:url';
import { benchCatalog, build } from './live.mjs';

const ALERTS = [{ percent: 80 }, { percent: 100 }, { percent: 100, type: 'forecasted' }];

/** `accounts` managed accounts spread over `ous` OUs under the root, each with tags and a budget. */
function seed(fake, accounts, ous) {
  const leaves = Array.from({ length: ous }, (_, i) => `/Unit${String(i).padStart(2, '0')}`);
  for (const leaf of leaves) fake.addOu(leaf);
  const entries = [];
  for (let i = 0; i < accounts; i++) {
    const ou = leaves[i % leaves.length];
    const name = `svc${String(i).padStart(5, '0')}-dev`;
    const a = fake.putAccount({ name, email: `aws+${name}@acme.com`, ou, tags: { 'cost-center': `cc-${i}` } });
    fake.putBudget(a.Id, 100, ALERTS, ['ship@acme.com']);
    entries.push(entry(name, ou, a.Id, i));
  }
  return { leaves, entries };
}

function entry(name, ou, id, index, extra = {}) {
  return {
    name,
    email: `aws+${name}@acme.com`,
    owner: 'ship',
    environment: 'dev',
    ou,
    ...(id ? { id } : {}),
    state: 'active',
    budget: { monthlyUsd: 100, alerts: ALERTS.map((x) => ({ percent: x.percent, type: x.type ?? 'actual' })), recipients: ['ship@acme.com'] },
    tags: { 'cost-center': `cc-${index}` },
    access: [],
    iamUsers: false,
    index,
    ...extra,
  };
}

/** Clients whose calls (not attempts) are counted per operation, and whose final failures are counted. */
function counted(adapter) {
  const clients = adapter.createAwsClients({});
  const counts = {};
  let failed = 0;
  for (const client of [clients.organizations, clients.budgets]) {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const op = String(context.commandName ?? '').replace(/Command$/, '');
        counts[op] = (counts[op] ?? 0) + 1;
        try {
          return await next(args);
        } catch (error) {
          if (error?.name !== 'NotFoundException') failed++;
          throw error;
        }
      },
      { step: 'initialize', name: 'benchCounter', priority: 'high' },
    );
  }
  return { clients, counts, failed: () => failed };
}

/** The operations of the read that every apply starts with. */
const READS = /^(DescribeOrganization|ListRoots|ListOrganizationalUnitsForParent|ListAccountsForParent|ListTagsForResource|DescribeBudgets|DescribeNotificationsForBudget|DescribeSubscribersForNotification)$/;

const BUDGETS_OPS = /^(Describe|Create|Update|Delete)(Budget|Budgets|NotificationsForBudget|SubscribersForNotification|Notification|Subscriber)$/;

/** Seconds the documented buckets need at least for these calls: the busiest bucket, (n - burst) / rate. */
function lowerBound(rates, counts, scale) {
  const perBucket = new Map();
  for (const [op, n] of Object.entries(counts)) {
    const service = BUDGETS_OPS.test(op) ? 'budgets' : 'organizations';
    const table = rates[service];
    const key = table[op] ? `${service}:${op}` : `${service}:*`;
    const rate = table[op] ?? table['*'];
    const bucket = perBucket.get(key) ?? { n: 0, rate };
    bucket.n += n;
    perBucket.set(key, bucket);
  }
  let bound = 0;
  for (const { n, rate } of perBucket.values()) bound = Math.max(bound, Math.max(0, n - rate.burst * scale) / (rate.perSecond * scale));
  return bound;
}

/** The creation schedule AWS allows: 5 in progress, CreateAccount's bucket, each taking `latency` s. */
function creationBound(rates, n, latency, scale) {
  const { perSecond, burst } = rates.organizations.CreateAccount;
  const r = perSecond * scale;
  const b = Math.max(1, burst * scale);
  const done = [];
  let tokens = b;
  let at = 0;
  for (let i = 0; i < n; i++) {
    let start = i >= 5 ? done[i - 5] : 0;
    start = Math.max(start, at);
    tokens = Math.min(b, tokens + (start - at) * r);
    if (tokens < 1) {
      start += (1 - tokens) / r;
      tokens = 1;
    }
    tokens -= 1;
    at = start;
    done.push(start + latency);
    done.sort((x, y) => x - y);
  }
  return Math.max(...done);
}

async function withEnv(env, work) {
  const saved = {};
  for (const [k, v] of Object.entries(env)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  try {
    return await work();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

async function measure(modules, { name, accounts, ous, scale, work, createLatencyMs }) {
  const { startFakeAws, DOCUMENTED_RATES } = modules.fake;
  const fake = await startFakeAws({ rateScale: scale, ...(createLatencyMs ? { createLatencyMs: createLatencyMs / scale } : {}) });
  const seeded = seed(fake, accounts, ous);
  try {
    return await withEnv(
      { ...fake.env(), ACCOUNT_CATALOG_POLL_INTERVAL_MS: String(5000 / scale), ACCOUNT_CATALOG_POLL_MAX_INTERVAL_MS: String(5000 / scale) },
      async () => {
        const c = counted(modules.adapter);
        // Buckets start full, as AWS's do after a quiet minute.
        await new Promise((resolve) => setTimeout(resolve, 50));
        const started = process.hrtime.bigint();
        const extra = await work(modules.adapter, c.clients, seeded, fake);
        const wall = Number(process.hrtime.bigint() - started) / 1e9;
        const calls = Object.values(c.counts).reduce((a, b) => a + b, 0);
        let bound = lowerBound(DOCUMENTED_RATES, c.counts, scale);
        if (extra?.creations) {
          // Apply reads first (it must: earlier work is found there), then runs the steps.
          const read = Object.fromEntries(Object.entries(c.counts).filter(([op]) => READS.test(op)));
          const steps = Object.fromEntries(Object.entries(c.counts).filter(([op]) => !READS.test(op)));
          bound = lowerBound(DOCUMENTED_RATES, read, scale) + Math.max(lowerBound(DOCUMENTED_RATES, steps, scale), creationBound(DOCUMENTED_RATES, extra.creations, createLatencyMs / 1000 / scale, scale));
        }
        return { name, accounts, scale, calls, throttled: fake.throttled, throttledBy: fake.throttledBy, failed: c.failed(), wall, bound, peakCreating: fake.peakCreating, ...extra };
      },
    );
  } finally {
    await fake.close();
  }
}

/** A pull request changing 3 accounts: tags and budgets of those 3 are read. */
async function prPlan(adapter, clients, { leaves, entries }) {
  const base = benchCatalog(entries, ['/', ...leaves]);
  const changed = new Set([entries[1].name, entries[2].name, entries[3].name]);
  const head = benchCatalog(entries.map((e) => (changed.has(e.name) ? { ...e, budget: { ...e.budget, monthlyUsd: 200 } } : e)), ['/', ...leaves]);
  const live = await adapter.readLiveOrganization({ dryRun: true, clients, scope: changed }, head);
  const plan = adapter.compareLive(base, head, live);
  return { steps: plan.liveSteps.length };
}

async function drift(adapter, clients, { leaves, entries }) {
  const catalog = benchCatalog(entries, ['/', ...leaves]);
  const live = await adapter.readLiveOrganization({ dryRun: true, clients }, catalog);
  return { drift: adapter.compareLive(undefined, catalog, live).drift.length };
}

/** 20 new accounts in the catalog on top of the seeded ones. */
async function apply20(adapter, clients, { leaves, entries }) {
  const fresh = Array.from({ length: 20 }, (_, i) => entry(`new${String(i).padStart(2, '0')}-dev`, leaves[i % leaves.length], undefined, entries.length + i));
  const report = await adapter.applyCatalog({ dryRun: false, clients }, benchCatalog([...entries, ...fresh], ['/', ...leaves]), () => undefined);
  if (report.failed) throw new Error(`apply failed: ${report.steps.filter((s) => s.outcome === 'failed').map((s) => s.message).join('; ')}`);
  return { creations: 20, created: report.created.length };
}

export const name = 'rates';

const CASES = [
  { key: 'pr', name: 'PR live plan, 3 accounts changed', accounts: 1000, ous: 20, scale: 1, work: prPlan },
  { key: 'drift', name: 'mode: drift', accounts: 1000, ous: 20, scale: 10, work: drift },
  { key: 'apply', name: 'apply, 20 new accounts, 60 s creation latency', accounts: 100, ous: 20, scale: 20, work: apply20, createLatencyMs: 60_000 },
  { key: 'pr5000', name: 'PR live plan, 3 accounts changed', accounts: 5000, ous: 20, scale: 2, work: prPlan },
];

/** `only`: case keys (pr, drift, apply, pr5000); default all. */
export async function measureRates(only) {
  const modules = { fake: await build('test/support/fake-aws.ts', 'fake'), adapter: await build('test/live/harness-entry.ts', 'adapter') };
  const results = [];
  for (const c of CASES) if (!only || only.includes(c.key)) results.push(await measure(modules, c));
  return results;
}

const TARGETS = [
  (r) => r.accounts !== 1000 || !/^PR/.test(r.name) || r.calls <= 150,
  (r) => r.accounts !== 1000 || r.wall <= 1.25 * r.bound,
  (r) => !/^apply/.test(r.name) || (r.peakCreating === 5 && r.wall <= 1.25 * r.bound),
  (r) => r.failed === 0,
];

export function verdict(r) {
  return TARGETS.every((t) => t(r)) ? 'ok' : 'MISSED';
}

/** One row per case; real-time figures are the scaled wall time × scale. */
export function table(results) {
  const rows = [['case', 'accounts', 'scale', 'calls', 'throttled', 'failed', 'wall s (real-time equiv.)', 'lower bound s', 'wall / bound', 'peak creating', 'result']];
  for (const r of results) {
    rows.push([r.name, r.accounts, r.scale, r.calls, r.throttled, r.failed, `${r.wall.toFixed(2)} (${(r.wall * r.scale).toFixed(0)})`, `${r.bound.toFixed(2)} (${(r.bound * r.scale).toFixed(0)})`, (r.wall / r.bound).toFixed(2), /^apply/.test(r.name) ? r.peakCreating : '', verdict(r)]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  return rows.map((row, i) => row.map((c, j) => String(c).padEnd(widths[j])).join(' | ') + (i === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('-|-')}` : '')).join('\n');
}

/** bench/run.mjs section. */
export async function run() {
  const results = await measureRates();
  console.log(table(results));
  return results.map((r) => ({ section: name, case: `${r.name}, ${r.accounts} accounts: ${r.calls} calls, ${r.throttled} throttled, ${r.failed} failed, wall/bound ${(r.wall / r.bound).toFixed(2)} (${verdict(r)})`, wallMs: r.wall * 1000 }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const results = await measureRates(process.argv.length > 2 ? process.argv.slice(2) : undefined);
  console.log(table(results));
  for (const r of results) if (r.throttled > 0) console.log(`${r.name} (${r.accounts}): throttled ${JSON.stringify(r.throttledBy)}`);
  if (results.some((r) => verdict(r) !== 'ok')) process.exitCode = 1;
}
