// IAM Identity Center end to end (spec section 10): the real SDK against loopback fakes of
// Organizations/Budgets and of sso-admin + identitystore (JSON 1.1), through the bundled adapter.
import { allowedActions, iamActionFor, type AwsService } from '../../src/aws/permissions';
import { evaluate } from '../../src/core/engine';
import type { Catalog } from '../../src/core/model';
import { compareLive } from '../../src/core/plan/live';
import { loadYaml } from '../support/catalog';
import { startFakeAws, type FakeAws } from '../support/fake-aws';
import { startFakeIdentityCenter, type FakeIdentityCenter } from '../support/fake-identity-center';
import { countingClients, loadAdapter } from './harness';
import { catalogOf, catalogYaml, FAST_POLL, useFake, type CatalogExtra, type TestAccount } from './support';

let adapter: Awaited<ReturnType<typeof loadAdapter>>;
const REGION = 'eu-west-1';

beforeAll(async () => {
  adapter = await loadAdapter();
}, 120_000);

interface World {
  org: FakeAws;
  ic: FakeIdentityCenter;
  dev: string;
  prod: string;
  stray: string;
  restore: () => void;
}

async function world(options: { instances?: number; delayMs?: number } = {}): Promise<World> {
  const org = await startFakeAws();
  for (const ou of ['/Workloads/Dev', '/Workloads/Prod']) org.addOu(ou);
  const dev = org.putAccount({ name: 'ship-dev', email: 'aws+ship-dev@acme.com', ou: '/Workloads/Dev' }).Id;
  const prod = org.putAccount({ name: 'ship-prod', email: 'aws+ship-prod@acme.com', ou: '/Workloads/Prod' }).Id;
  const stray = org.putAccount({ name: 'stray', email: 'stray@acme.com', ou: '/Workloads/Dev' }).Id;
  const ic = await startFakeIdentityCenter({ instances: options.instances, delayMs: options.delayMs ?? 5 });
  for (const g of ['ship-engineers', 'ship-readers', 'other-team']) ic.addGroup(g);
  ic.addUser('alice');
  for (const p of ['AdministratorAccess', 'ReadOnlyAccess', 'PowerUserAccess']) ic.addPermissionSet(p);
  const restoreOrg = useFake(org);
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(ic.env())) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  const restore = () => {
    restoreOrg();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  return { org, ic, dev, prod, stray, restore };
}

async function done(w: World) {
  w.restore();
  await Promise.all([w.org.close(), w.ic.close()]);
}

function accounts(w: World, extra: Partial<Record<'dev' | 'prod' | 'new', TestAccount['access']>> = {}): TestAccount[] {
  return [
    { name: 'ship-dev', id: w.dev, access: extra.dev ?? [{ group: 'ship-engineers', permissionSet: 'AdministratorAccess' }, { group: 'ship-readers', permissionSet: 'ReadOnlyAccess' }] },
    { name: 'ship-prod', id: w.prod, ou: '/Workloads/Prod', environment: 'prod', access: extra.prod ?? [{ group: 'ship-readers', permissionSet: 'ReadOnlyAccess' }] },
    { name: 'new-dev', access: extra.new ?? [{ group: 'ship-engineers', permissionSet: 'PowerUserAccess' }] },
  ];
}

const IC: CatalogExtra = { identityCenter: { region: REGION } };

function catalog(w: World, extra: CatalogExtra = {}, access: Parameters<typeof accounts>[1] = {}): Catalog {
  return catalogOf(accounts(w, access), { ...IC, ...extra });
}

async function apply(c: Catalog) {
  const counting = countingClients(adapter, 4, REGION);
  const log: string[] = [];
  const report = await adapter.applyCatalog({ dryRun: false, clients: counting.clients, poll: FAST_POLL }, c, (l) => log.push(l));
  return { report, log, counts: counting.counts };
}

async function read(c: Catalog, allAccessPrincipals = false) {
  const counting = countingClients(adapter, 4, REGION);
  const live = await adapter.readLive(counting.clients, c, { allAccessPrincipals });
  return { live, counts: counting.counts };
}

const newId = (w: World) => [...w.org.accounts.values()].find((a) => a.Email === 'aws+new-dev@acme.com')!.Id;

function expected(w: World): string[] {
  return [
    `${w.dev}/AdministratorAccess/GROUP:ship-engineers`,
    `${w.dev}/ReadOnlyAccess/GROUP:ship-readers`,
    `${newId(w)}/PowerUserAccess/GROUP:ship-engineers`,
    `${w.prod}/ReadOnlyAccess/GROUP:ship-readers`,
  ].sort();
}

/** Every call the clients made is allowed by the role's documented policy (src/aws/permissions.ts). */
function expectAllowed(counts: Record<string, number>, role: 'plan' | 'apply' | 'import') {
  const allowed = allowedActions(role, { managementAccountId: '111111111111', identityCenter: true });
  const SERVICE: Record<string, AwsService> = {
    ListInstances: 'sso-admin', ListPermissionSets: 'sso-admin', DescribePermissionSet: 'sso-admin', ListAccountAssignmentsForPrincipal: 'sso-admin',
    ListPermissionSetsProvisionedToAccount: 'sso-admin', ListAccountAssignments: 'sso-admin', CreateAccountAssignment: 'sso-admin',
    DeleteAccountAssignment: 'sso-admin', DescribeAccountAssignmentCreationStatus: 'sso-admin', DescribeAccountAssignmentDeletionStatus: 'sso-admin',
    GetGroupId: 'identitystore', DescribeGroup: 'identitystore',
    DescribeBudgets: 'budgets', DescribeNotificationsForBudget: 'budgets', DescribeSubscribersForNotification: 'budgets', CreateBudget: 'budgets',
  };
  for (const op of Object.keys(counts)) {
    const action = iamActionFor(SERVICE[op] ?? 'organizations', op);
    expect([op, allowed.has(action)]).toEqual([op, true]);
  }
}

describe('Identity Center: resolve, read, plan, apply', () => {
  test('additive: plan lists one assign step per group × permission set; apply creates them; a re-apply changes nothing', async () => {
    const w = await world();
    try {
      const c = catalog(w);
      const { live } = await read(c);
      expect(live.identityCenter).toMatchObject({ instanceArn: w.ic.instanceArn, allPrincipals: false });
      const steps = compareLive(undefined, c, live).liveSteps;
      expect(steps.filter((s) => s.kind === 'assign-access').map((s) => [s.account, 'group' in s && s.group, 'permissionSet' in s && s.permissionSet, 'production' in s && s.production === true])).toEqual([
        ['ship-dev', 'ship-engineers', 'AdministratorAccess', false],
        ['ship-dev', 'ship-readers', 'ReadOnlyAccess', false],
        ['ship-prod', 'ship-readers', 'ReadOnlyAccess', true],
        ['new-dev', 'ship-engineers', 'PowerUserAccess', false],
      ]);
      // The new account's assignment comes after the account exists.
      expect(steps.findIndex((s) => s.kind === 'assign-access' && s.account === 'new-dev')).toBeGreaterThan(steps.findIndex((s) => s.kind === 'create-account'));

      const first = await apply(c);
      expect(first.report.failed).toBe(false);
      expect(w.ic.assignmentList()).toEqual(expected(w));
      expect(w.ic.calls.filter((x) => x.operation === 'CreateAccountAssignment').map((x) => x.input.PrincipalType)).toEqual(['GROUP', 'GROUP', 'GROUP', 'GROUP']);
      expect(w.ic.count().ListGroups).toBeUndefined();
      expectAllowed(first.counts, 'apply');

      const before = w.ic.mutatingCalls();
      const second = await apply(c);
      expect(second.report.steps).toEqual([]);
      expect(w.ic.mutatingCalls()).toBe(before);
    } finally {
      await done(w);
    }
  });

  test('drift after out-of-band changes: missing and extra; additive apply restores the missing and never deletes', async () => {
    const w = await world();
    try {
      const c = catalog(w);
      await apply(c);
      w.ic.unassign(w.dev, 'ReadOnlyAccess', 'ship-readers');
      w.ic.assign(w.dev, 'AdministratorAccess', { group: 'ship-readers' });
      w.ic.assign(w.dev, 'PowerUserAccess', { group: 'other-team' });
      w.ic.assign(w.dev, 'AdministratorAccess', { user: 'alice' });

      const byGroup = await read(c);
      const drift = compareLive(undefined, c, byGroup.live).drift.find((d) => d.account === 'ship-dev')!;
      expect(drift.fields).toEqual([
        { path: 'access', from: { group: 'ship-readers', permissionSet: 'ReadOnlyAccess' } },
        { path: 'access', to: { group: 'ship-readers', permissionSet: 'AdministratorAccess', extra: true } },
      ]);
      expectAllowed(byGroup.counts, 'plan');

      // A drift run reads every principal on managed accounts, so other principals' extras show too.
      const all = await read(c, true);
      const allDrift = compareLive(undefined, c, all.live).drift.find((d) => d.account === 'ship-dev')!;
      const groupId = w.ic.groupId('other-team');
      const alice = [...w.ic.users.values()][0].UserId;
      expect(allDrift.fields.filter((f) => f.to)).toEqual(
        expect.arrayContaining([
          { path: 'access', to: { group: 'ship-readers', permissionSet: 'AdministratorAccess', extra: true } },
          { path: 'access', to: { group: `GROUP ${groupId}`, permissionSet: 'PowerUserAccess', extra: true } },
          { path: 'access', to: { group: `USER ${alice}`, permissionSet: 'AdministratorAccess', extra: true } },
        ]),
      );
      expectAllowed(all.counts, 'plan');

      const fixed = await apply(c);
      expect(fixed.report.steps.map((s) => [s.step.kind, s.outcome])).toEqual([['assign-access', 'done']]);
      expect(w.ic.calls.some((x) => x.operation === 'DeleteAccountAssignment')).toBe(false);
      expect(w.ic.assignmentList()).toContain(`${w.dev}/AdministratorAccess/USER:alice`);
    } finally {
      await done(w);
    }
  });

  test('authoritative: the plan says what it removes, and apply removes only what the catalog lacks on accounts it manages', async () => {
    const w = await world();
    try {
      const c = catalog(w, { accessMode: 'authoritative' });
      await apply(catalog(w));
      w.ic.assign(w.dev, 'PowerUserAccess', { group: 'other-team' });
      w.ic.assign(w.dev, 'AdministratorAccess', { user: 'alice' });
      w.ic.assign(w.stray, 'AdministratorAccess', { group: 'other-team' });

      const { live } = await read(c);
      expect(live.identityCenter?.allPrincipals).toBe(true);
      const steps = compareLive(undefined, c, live).liveSteps;
      expect(steps.map((s) => s.kind)).toEqual(['unassign-access', 'unassign-access']);

      const result = await apply(c);
      expect(result.report.failed).toBe(false);
      expect(w.ic.assignmentList()).toEqual([...expected(w), `${w.stray}/AdministratorAccess/GROUP:other-team`].sort());
      expectAllowed(result.counts, 'apply');
    } finally {
      await done(w);
    }
  });
});

describe('Identity Center: what cannot be applied', () => {
  test('an unknown group or permission set is an error finding at its file and line, and apply refuses before any change', async () => {
    const w = await world();
    try {
      const yaml = catalogYaml(accounts(w, { dev: [{ group: 'ship-engineeers', permissionSet: 'AdministratorAccess' }, { group: 'ship-readers', permissionSet: 'ReadOnlyAcess' }] }), IC);
      const loaded = loadYaml(yaml, 'accounts.yaml');
      const c = catalogOf(accounts(w, { dev: [{ group: 'ship-engineeers', permissionSet: 'AdministratorAccess' }, { group: 'ship-readers', permissionSet: 'ReadOnlyAcess' }] }), IC);
      const { live } = await read(c);
      const findings = evaluate({ head: loaded, live }).plan.findings.filter((f) => f.rule === 'access-known');
      const lines = yaml.split('\n');
      expect(findings.map((f) => [f.severity, lines[f.line - 1].trim(), f.message.includes('did you mean "ReadOnlyAccess"')])).toEqual([
        ['error', '- { group: "ship-engineeers", permissionSet: "AdministratorAccess" }', false],
        ['error', '- { group: "ship-readers", permissionSet: "ReadOnlyAcess" }', true],
      ]);

      const { report } = await apply(c);
      expect(report.refused).toMatch(/no group with display name "ship-engineeers".*no permission set named "ReadOnlyAcess".*Nothing was changed/);
      expect(w.ic.mutatingCalls()).toBe(0);
      expect(w.org.calls.filter((x) => /^(Create|Move|Tag|Close)/.test(x.operation))).toEqual([]);
    } finally {
      await done(w);
    }
  });

  test('a user entry is an error: only groups are assigned', async () => {
    const w = await world();
    try {
      const c = catalog(w, {}, { dev: [{ user: 'alice', permissionSet: 'ReadOnlyAccess' }] });
      const { live } = await read(c);
      expect(adapter.accessProblems(c, live).map((p) => p.message)).toEqual([expect.stringContaining('groups only, not to user "alice"')]);
    } finally {
      await done(w);
    }
  });

  test('no instance, or several without instanceArn, is a clear finding; instanceArn picks one', async () => {
    const none = await world({ instances: 0 });
    try {
      const { live } = await read(catalog(none));
      expect(live.identityCenterProblem).toMatch(/^No IAM Identity Center instance in eu-west-1/);
      expect(adapter.accessProblems(catalog(none), live)[0].path).toEqual(['organization', 'identityCenter']);
    } finally {
      await done(none);
    }
    const two = await world({ instances: 2 });
    try {
      expect((await read(catalog(two))).live.identityCenterProblem).toMatch(/^2 IAM Identity Center instances in eu-west-1 .*Set organization\.identityCenter\.instanceArn/);
      const chosen = await read(catalog(two, { identityCenter: { region: REGION, instanceArn: two.ic.instanceArns[0] } }));
      expect(chosen.live.identityCenter?.instanceArn).toBe(two.ic.instanceArns[0]);
    } finally {
      await done(two);
    }
  });

  test('a FAILED assignment is a failed step with AWS\'s reason and what to do; the other steps finish', async () => {
    const w = await world();
    try {
      w.ic.failNext(w.prod, 'ReadOnlyAccess', 'ship-readers', 'Received a 404 status error: Not supported policy arn:aws:iam::222222222222:policy/ship-boundary.');
      const { report } = await apply(catalog(w));
      const failed = report.steps.filter((s) => s.outcome === 'failed');
      expect(failed.map((s) => s.message)).toEqual([
        expect.stringMatching(/^IAM Identity Center could not assign ship-readers × ReadOnlyAccess on ship-prod \(\d{12}\): Received a 404 .*Fix: a customer managed policy or permissions boundary/),
      ]);
      expect(report.failed).toBe(true);
      expect(report.steps.filter((s) => s.step.kind === 'assign-access' && s.outcome === 'done')).toHaveLength(3);
    } finally {
      await done(w);
    }
  });

  test('without identityCenter, access stays rules-only and apply says so once', async () => {
    const w = await world();
    try {
      const c = catalogOf(accounts(w));
      const { live } = await read(c);
      expect(live.identityCenter).toBeUndefined();
      expect(w.ic.calls).toEqual([]);
      const { report, log } = await apply(c);
      expect(report.steps.some((s) => s.step.kind === 'assign-access')).toBe(false);
      expect(log.filter((l) => l.includes('access entries are checked by rules only'))).toHaveLength(1);
    } finally {
      await done(w);
    }
  });
});

describe('Identity Center: calls and concurrency', () => {
  test('reads grow with groups, not accounts × permission sets (the documented formula)', async () => {
    const w = await world();
    try {
      const c = catalog(w);
      await apply(c);
      const { counts } = await read(c);
      const P = w.ic.permissionSets.size;
      const ic = ['ListInstances', 'GetGroupId', 'ListPermissionSets', 'DescribePermissionSet', 'ListAccountAssignmentsForPrincipal'].map((op) => counts[op] ?? 0);
      // 1 + G + ⌈P/100⌉ + P + Σ groups max(1, ⌈assignments/100⌉); G = 2 catalog groups.
      expect(ic).toEqual([1, 2, 1, P, 2]);
      expect(counts.ListAccountAssignments).toBeUndefined();
      // All principals: + per managed active account max(1, ⌈provisioned/100⌉) + Σ provisioned sets.
      const all = await read(c, true);
      expect([all.counts.ListPermissionSetsProvisionedToAccount, all.counts.ListAccountAssignments, all.counts.ListAccountAssignmentsForPrincipal ?? 0]).toEqual([3, 4, 0]);
    } finally {
      await done(w);
    }
  });

  test('a pull request read (scope) reads assignments of the changed accounts only, per account', async () => {
    const w = await world();
    try {
      const c = catalog(w);
      await apply(c);
      const counting = countingClients(adapter, 4, REGION);
      const live = await adapter.readLive(counting.clients, c, { scope: new Set(['ship-dev']) });
      const byId = new Map(live.accounts.map((a) => [a.id, a]));
      expect(byId.get(w.dev)?.access?.length).toBe(2);
      expect(byId.get(w.prod)?.access).toBeUndefined();
      // One account: 1 ListPermissionSetsProvisionedToAccount + 1 ListAccountAssignments per provisioned set (2).
      expect([counting.counts.ListPermissionSetsProvisionedToAccount, counting.counts.ListAccountAssignments, counting.counts.ListAccountAssignmentsForPrincipal ?? 0]).toEqual([1, 2, 0]);
    } finally {
      await done(w);
    }
  });

  test('never more than 10 assignment operations in flight (measured by the fake)', async () => {
    // Each account's assignment starts once its budget step is done (the scheduler's chains), so the
    // requests are made slow enough to overlap however the budget steps spread out.
    const w = await world({ delayMs: 400 });
    try {
      const ids = Array.from({ length: 30 }, (_, i) => w.org.putAccount({ name: `bulk-${i}`, email: `aws+bulk-${i}@acme.com`, ou: '/Workloads/Dev' }).Id);
      const c = catalogOf(
        ids.map((id, i) => ({ name: `bulk-${i}`, id, access: [{ group: 'ship-engineers', permissionSet: 'PowerUserAccess' }] })),
        IC,
      );
      const { report } = await apply(c);
      expect(report.failed).toBe(false);
      expect(w.ic.assignments.size).toBe(30);
      expect(w.ic.maxInFlight).toBeLessThanOrEqual(10);
      expect(w.ic.maxInFlight).toBeGreaterThanOrEqual(5);
    } finally {
      await done(w);
    }
  }, 60_000);

  test('import reads group assignments as catalog entries (users skipped)', async () => {
    const w = await world();
    try {
      await apply(catalog(w));
      w.ic.assign(w.dev, 'AdministratorAccess', { user: 'alice' });
      const counting = countingClients(adapter, 4, REGION);
      const result = await adapter.readAccessEntries(counting.clients, { region: REGION }, [w.dev, w.prod]);
      expect(result.entries.get(w.dev)).toEqual([
        { group: 'ship-engineers', permissionSet: 'AdministratorAccess' },
        { group: 'ship-readers', permissionSet: 'ReadOnlyAccess' },
      ]);
      expect(result.entries.get(w.prod)).toEqual([{ group: 'ship-readers', permissionSet: 'ReadOnlyAccess' }]);
      expect(result.skipped).toEqual([expect.stringContaining('only groups are imported')]);
      expectAllowed(counting.counts, 'import');
    } finally {
      await done(w);
    }
  });
});

describe('Identity Center: crash after each mutating call, then re-run', () => {
  test('every crash point converges: no lost assignment, nothing extra, a third run has nothing to do', async () => {
    const baseline = await world();
    let mutations = 0;
    try {
      const c = catalog(baseline, { accessMode: 'authoritative' });
      baseline.ic.assign(baseline.dev, 'PowerUserAccess', { group: 'other-team' });
      await apply(c);
      mutations = baseline.ic.mutatingCalls();
    } finally {
      await done(baseline);
    }
    expect(mutations).toBe(5); // four assignments and one removal
    for (let n = 1; n <= mutations; n++) {
      const w = await world({ delayMs: 30 });
      try {
        const c = catalog(w, { accessMode: 'authoritative' });
        w.ic.assign(w.dev, 'PowerUserAccess', { group: 'other-team' });
        w.ic.crashAfterMutation(n);
        await apply(c).catch(() => undefined);
        expect([n, w.ic.hasCrashed]).toEqual([n, true]);
        w.ic.recover();
        w.org.recover();
        const second = await apply(c);
        expect({ n, failed: second.report.steps.filter((s) => s.outcome === 'failed').map((s) => s.message) }).toEqual({ n, failed: [] });
        expect(w.ic.assignmentList()).toEqual(expected(w));
        const third = await apply(c);
        expect([n, third.report.steps]).toEqual([n, []]);
      } finally {
        await done(w);
      }
    }
  }, 120_000);
});
