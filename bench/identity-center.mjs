// Identity Center benchmark: 200 accounts × 3 assignments each (10 groups, 5 permission sets) against
// the loopback fakes, the Identity Center one answering at most 20 calls/s across both APIs
// (ThrottlingException above it, as AWS). Reports the calls of the read and of an apply from nothing,
// the read calls against docs/identity-center.md's formula, and the wall time.
// Usage: node bench/identity-center.mjs   (bench/run.mjs calls run())
import { fileURLToPath } from 'node:url';
import { benchCatalog, build } from './live.mjs';

export const name = 'identity-center';

const ACCOUNTS = 200;
const GROUPS = 10;
const SETS = ['AdministratorAccess', 'PowerUserAccess', 'ReadOnlyAccess', 'ViewOnlyAccess', 'Billing'];
const ALERTS = [{ percent: 80 }, { percent: 100 }, { percent: 100, type: 'forecasted' }];

function seed(org, ic) {
  org.addOu('/Workloads');
  const groups = Array.from({ length: GROUPS }, (_, g) => `team-${g}-engineers`);
  for (const g of groups) ic.addGroup(g);
  for (const s of SETS) ic.addPermissionSet(s);
  const accounts = [];
  for (let i = 0; i < ACCOUNTS; i++) {
    const nameOf = `svc${String(i).padStart(3, '0')}-dev`;
    const a = org.putAccount({ name: nameOf, email: `aws+${nameOf}@acme.com`, ou: '/Workloads' });
    org.putBudget(a.Id, 100, ALERTS, ['ship@acme.com']);
    const access = [0, 1, 2].map((k) => ({ group: groups[(i + k) % GROUPS], permissionSet: SETS[(i + k) % SETS.length] }));
    accounts.push({
      name: nameOf, email: `aws+${nameOf}@acme.com`, owner: 'ship', environment: 'dev', ou: '/Workloads', id: a.Id, state: 'active',
      budget: { monthlyUsd: 100, alerts: ALERTS.map((x) => ({ percent: x.percent, type: x.type ?? 'actual' })), recipients: ['ship@acme.com'] },
      tags: {}, access, iamUsers: false, index: i,
    });
  }
  return benchCatalog(accounts, ['/Workloads'], { identityCenter: { region: 'eu-west-1' } });
}

/** docs/identity-center.md, additive read: 1 + G + ⌈P/100⌉ + P + Σ groups max(1, ⌈assignments/100⌉). */
function readFormula(ic, groupsInCatalog) {
  const pages = (n) => Math.max(1, Math.ceil(n / 100));
  let total = 1 + groupsInCatalog + pages(ic.permissionSets.size) + ic.permissionSets.size;
  for (const g of ic.groups.values()) total += pages([...ic.assignments.values()].filter((a) => a.PrincipalId === g.GroupId).length);
  return total;
}

export async function measure() {
  const { startFakeAws } = await build('test/support/fake-aws.ts', 'fake');
  const { startFakeIdentityCenter } = await build('test/support/fake-identity-center.ts', 'fake-identity-center');
  const adapter = await build('test/live/harness-entry.ts', 'adapter');
  const org = await startFakeAws();
  const ic = await startFakeIdentityCenter({ ratePerSecond: 20, delayMs: 50 });
  const catalog = seed(org, ic);
  const saved = { ...process.env };
  Object.assign(process.env, org.env(), ic.env());
  const icCalls = () => ic.calls.length;
  try {
    const clients = { ...adapter.createAwsClients({}), identityCenter: adapter.createIdentityCenterClients({ region: 'eu-west-1' }) };
    let t = process.hrtime.bigint();
    const before = icCalls();
    await adapter.readLiveOrganization({ dryRun: true, clients }, catalog);
    const readCalls = icCalls() - before;
    const readMs = Number(process.hrtime.bigint() - t) / 1e6;
    const readExpected = readFormula(ic, GROUPS);

    t = process.hrtime.bigint();
    const applyStart = icCalls();
    const report = await adapter.applyCatalog({ dryRun: false, clients, poll: { intervalMs: 50, maxIntervalMs: 200 } }, catalog, () => undefined);
    const applyMs = Number(process.hrtime.bigint() - t) / 1e6;
    const applyCalls = icCalls() - applyStart;
    const applied = ic.calls.slice(applyStart);
    // The Identity Center part of the apply: from its first call to its last (the Organizations read comes first).
    const identityCenterMs = applied.length > 1 ? applied[applied.length - 1].at - applied[0].at : 0;
    const counts = {};
    for (const c of ic.calls.slice(applyStart)) counts[c.operation] = (counts[c.operation] ?? 0) + 1;
    return {
      accounts: ACCOUNTS,
      assignments: ic.assignments.size,
      failed: report.failed,
      readCalls,
      readFormula: readExpected,
      readMs,
      applyCalls,
      applyCallsByOperation: counts,
      applyMs,
      identityCenterMs,
      callsPerSecond: applyCalls / (identityCenterMs / 1000),
      throttled: ic.throttled,
      maxInFlight: ic.maxInFlight,
    };
  } finally {
    await Promise.all([org.close(), ic.close()]);
    for (const key of [...Object.keys(org.env()), ...Object.keys(ic.env())]) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  }
}

export async function run() {
  const r = await measure();
  return [
    { section: name, case: `read calls / formula (${r.readCalls} / ${r.readFormula}), 200 accounts × 3 assignments`, ratio: r.readCalls / r.readFormula, targetRatio: 1.1 },
    { section: name, case: `apply from nothing, Identity Center part: ${r.assignments} assignments, ${r.applyCalls} calls at <= 20/s (${r.throttled} throttled, max ${r.maxInFlight} in flight)`, wallMs: r.applyMs },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await measure(), null, 2));
}
