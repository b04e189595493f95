// Issue 11 against the loopback fake: scoped reads for pull requests (calls counted), apply in
// parallel within AWS's limits (peaks measured by the fake, order checked in its call log), the
// closing lifecycle, and throttling retried by the SDK under the fake's enforced token buckets.
import { changedAccounts } from '../../src/core/plan/changed';
import { startFakeAws, type FakeAws } from '../support/fake-aws';
import { countingClients, loadAdapter } from './harness';
import { catalogOf, FAST_POLL, useFake, type TestAccount } from './support';

let adapter: Awaited<ReturnType<typeof loadAdapter>>;
let fake: FakeAws;
let restore: () => void;

beforeAll(async () => {
  adapter = await loadAdapter();
}, 120_000);

afterEach(async () => {
  restore?.();
  await fake?.close();
});

async function withFake(options: Parameters<typeof startFakeAws>[0] = {}): Promise<void> {
  fake = await startFakeAws(options);
  for (const ou of ['/Workloads/Dev', '/Workloads/Prod', '/Sandbox']) fake.addOu(ou);
  restore = useFake(fake);
}

const ALERTS = [{ percent: 80 }, { percent: 100 }, { percent: 100, type: 'forecasted' }];

/** n managed accounts in AWS, each with its tags and a matching three-alert budget. */
function seed(n: number): TestAccount[] {
  const accounts: TestAccount[] = [];
  for (let i = 0; i < n; i++) {
    const name = `svc${i}-dev`;
    const a = fake.putAccount({ name, email: `aws+${name}@acme.com`, ou: '/Workloads/Dev', tags: { 'cost-center': `cc-${i}` } });
    fake.putBudget(a.Id, 100, ALERTS, ['ship@acme.com']);
    accounts.push({ name, id: a.Id, tags: { 'cost-center': `cc-${i}` } });
  }
  return accounts;
}

describe('scoped reads for pull requests', () => {
  test('tags and budgets only of changed and new accounts; calls grow with the change, not the organization', async () => {
    await withFake();
    // 250 accounts: a pull request of up to ⌈251 / 100⌉ = 3 accounts names its budgets (DescribeBudget).
    const accounts = seed(250);
    fake.putAccount({ name: 'stray', email: 'stray@acme.com', ou: '/Sandbox' });
    const base = catalogOf(accounts);
    const changed = accounts.map((a, i) => (i === 7 ? { ...a, monthlyUsd: 200 } : i === 9 ? { ...a, tags: { 'cost-center': 'cc-new' } } : a));
    const head = catalogOf([...changed, { name: 'fresh-dev' }]);
    const scope = changedAccounts(base, head);
    expect([...scope].sort()).toEqual(['fresh-dev', 'svc7-dev', 'svc9-dev']);

    const { clients, counts, total } = countingClients(adapter);
    const live = await adapter.readLiveOrganization({ dryRun: true, clients, scope }, head);
    // 2 changed accounts in AWS (fresh-dev is new): 2 tag reads, 2 budgets by name, 2 × (1 + 3) alert reads.
    expect(counts.ListTagsForResource).toBe(2);
    expect(counts.DescribeBudget).toBe(2);
    expect(counts.DescribeBudgets).toBeUndefined();
    expect(counts.DescribeNotificationsForBudget).toBe(2);
    expect(counts.DescribeSubscribersForNotification).toBe(6);
    // Account list in full: 2 + (root, 3 OUs and /Workloads) × OU lists + account pages (250 in /Workloads/Dev: 13 pages).
    const listing = counts.DescribeOrganization + counts.ListRoots + counts.ListOrganizationalUnitsForParent + counts.ListAccountsForParent;
    expect(counts.ListAccountsForParent).toBe(1 + 1 + 13 + 1 + 1);
    expect(total()).toBe(listing + 2 + 2 + 2 + 6);

    const plan = adapter.compareLive(base, head, live);
    // unmanaged stays complete; the note says how much was read.
    expect(plan.unmanaged.map((u) => u.name)).toEqual(['stray']);
    expect(plan.liveScope).toEqual({ read: 2, managed: 250 });
    expect(plan.liveSteps.map((s) => [s.kind, 'account' in s ? s.account : ''])).toEqual([
      ['update-budget', 'svc7-dev'],
      ['tag-account', 'svc9-dev'],
      ['create-account', 'fresh-dev'],
      ['move-account', 'fresh-dev'],
      ['create-budget', 'fresh-dev'],
    ]);
  });

  test('a scope larger than the budget pages lists the budgets (DescribeBudgets) instead of one call per name', async () => {
    await withFake();
    const accounts = seed(30);
    const base = catalogOf(accounts);
    // 3 accounts of 30: more than ⌈30 / 100⌉ = 1 page of budgets.
    const head = catalogOf(accounts.map((a, i) => (i < 3 ? { ...a, monthlyUsd: 300 } : a)));
    const { clients, counts } = countingClients(adapter);
    await adapter.readLiveOrganization({ dryRun: true, clients, scope: changedAccounts(base, head) }, head);
    expect(counts.DescribeBudgets).toBe(1);
    expect(counts.DescribeBudget).toBeUndefined();
    expect(counts.DescribeNotificationsForBudget).toBe(3);
  });

  test('without a scope (drift) every managed account is read', async () => {
    await withFake();
    const accounts = seed(12);
    const { clients, counts } = countingClients(adapter);
    const live = await adapter.readLiveOrganization({ dryRun: true, clients }, catalogOf(accounts));
    expect(counts.ListTagsForResource).toBe(12);
    expect(counts.DescribeNotificationsForBudget).toBe(12);
    expect(adapter.compareLive(undefined, catalogOf(accounts), live).liveScope).toBeUndefined();
  });
});

describe('apply in parallel within AWS limits', () => {
  test('12 new accounts: at most 5 creations in progress (measured by the fake), each account moved and budgeted in order, moves start before the last creation', async () => {
    await withFake({ createPolls: 3 });
    const names = Array.from({ length: 12 }, (_, i) => `new${i}-dev`);
    const { clients } = countingClients(adapter);
    const report = await adapter.applyCatalog({ dryRun: false, clients, poll: FAST_POLL }, catalogOf(names.map((name) => ({ name }))), () => undefined);
    expect(report.failed).toBe(false);
    expect(report.created.map((c) => c.account)).toEqual(names);
    expect(fake.peakCreating).toBe(5);
    const emails = new Set([...fake.accounts.values()].map((a) => a.Email));
    for (const name of names) expect(emails.has(`aws+${name}@acme.com`)).toBe(true);
    // One account's calls keep their order: CreateAccount, then MoveAccount, then CreateBudget.
    const byId = new Map([...fake.accounts.values()].map((a) => [a.Id, a.Name]));
    const order = (name: string) =>
      fake.calls
        .map((c, i) => ({ c, i }))
        .filter(({ c }) => c.input.AccountName === name || byId.get(c.input.AccountId) === name || c.input.Budget?.CostFilters?.LinkedAccount?.some((id: string) => byId.get(id) === name))
        .map(({ c }) => c.operation)
        .filter((op) => /^(CreateAccount|MoveAccount|CreateBudget)$/.test(op));
    for (const name of names) expect(order(name)).toEqual(['CreateAccount', 'MoveAccount', 'CreateBudget']);
    const firstMove = fake.calls.findIndex((c) => c.operation === 'MoveAccount');
    const lastCreate = fake.calls.map((c) => c.operation).lastIndexOf('CreateAccount');
    expect(firstMove).toBeLessThan(lastCreate);
  });

  test('OUs are created before the accounts that need them', async () => {
    await withFake();
    const { clients } = countingClients(adapter);
    const catalog = catalogOf([{ name: 'a-dev', ou: '/Teams/Alpha' }, { name: 'b-dev', ou: '/Teams/Beta' }], { ous: ['/Teams', '/Teams/Alpha', '/Teams/Beta'] });
    const report = await adapter.applyCatalog({ dryRun: false, clients, poll: FAST_POLL }, catalog, () => undefined);
    expect(report.failed).toBe(false);
    const ops = fake.calls.map((c) => c.operation);
    expect(ops.lastIndexOf('CreateOrganizationalUnit')).toBeLessThan(ops.indexOf('CreateAccount'));
  });
});

describe('closing lifecycle', () => {
  test('CLOSE_ACCOUNT_QUOTA_EXCEEDED defers the remaining closings; other steps go on; the run does not fail', async () => {
    await withFake({ closeQuota: 2 });
    const accounts = seed(6);
    const catalog = catalogOf(accounts.map((a, i) => (i < 5 ? { ...a, state: 'closed' as const } : { ...a, tags: { 'cost-center': 'cc-moved' } })));
    const { clients } = countingClients(adapter);
    const report = await adapter.applyCatalog({ dryRun: false, clients, poll: FAST_POLL }, catalog, () => undefined);
    expect(report.failed).toBe(false);
    expect(report.steps.filter((s) => s.step.kind === 'close-account' && s.outcome === 'done')).toHaveLength(2);
    expect(report.deferred).toHaveLength(3);
    expect(report.steps.find((s) => s.step.kind === 'tag-account')?.outcome).toBe('done');
    expect([...fake.accounts.values()].filter((a) => a.Status === 'PENDING_CLOSURE')).toHaveLength(2);
    const summary = adapter.renderApplySummary(report);
    expect(summary).toContain('AWS deferred 3 closings (CLOSE_ACCOUNT_QUOTA_EXCEEDED');
    expect(summary).toContain('Re-run the apply in a few days');
    // Once AWS allows it again, a re-run closes the rest: the closed ones count as done.
    fake.closeQuota = undefined;
    const again = await adapter.applyCatalog({ dryRun: false, clients, poll: FAST_POLL }, catalog, () => undefined);
    expect(again.failed).toBe(false);
    expect(again.steps.map((s) => s.step.kind)).toEqual(['close-account', 'close-account', 'close-account']);
    expect([...fake.accounts.values()].filter((a) => a.Status === 'PENDING_CLOSURE')).toHaveLength(5);
  });

  test('policy.closing.ou: the account moves there (created if missing) before CloseAccount', async () => {
    await withFake();
    const accounts = seed(1);
    const catalog = catalogOf([{ ...accounts[0], state: 'closed' }], { closingOu: '/Closed' });
    const { clients } = countingClients(adapter);
    const report = await adapter.applyCatalog({ dryRun: false, clients, poll: FAST_POLL }, catalog, () => undefined);
    expect(report.failed).toBe(false);
    expect(fake.calls.map((c) => c.operation).filter((op) => /^(CreateOrganizationalUnit|MoveAccount|CloseAccount)$/.test(op))).toEqual(['CreateOrganizationalUnit', 'MoveAccount', 'CloseAccount']);
    const account = fake.accounts.get(accounts[0].id!)!;
    expect(fake.ouPath(account.parentId)).toBe('/Closed');
    expect(account.Status).toBe('PENDING_CLOSURE');
  });

  test('SUSPENDED and PENDING_CLOSURE accounts of closed entries are done: no step, no drift', async () => {
    await withFake();
    const a = fake.putAccount({ name: 'old-dev', email: 'aws+old-dev@acme.com', ou: '/Workloads/Dev', status: 'SUSPENDED' });
    const b = fake.putAccount({ name: 'going-dev', email: 'aws+going-dev@acme.com', ou: '/Workloads/Dev', status: 'PENDING_CLOSURE' });
    const catalog = catalogOf([{ name: 'old-dev', id: a.Id, state: 'closed' }, { name: 'going-dev', id: b.Id, state: 'closed' }]);
    const { clients } = countingClients(adapter);
    const live = await adapter.readLiveOrganization({ dryRun: true, clients }, catalog);
    const plan = adapter.compareLive(undefined, catalog, live);
    expect(plan.liveSteps).toEqual([]);
    expect(plan.drift).toEqual([]);
    const report = await adapter.applyCatalog({ dryRun: false, clients, poll: FAST_POLL }, catalog, () => undefined);
    expect(report.steps).toEqual([]);
    expect(fake.calls.filter((c) => c.operation === 'CloseAccount')).toEqual([]);
  });
});

describe('throttling', () => {
  test('a client far faster than the enforced buckets is throttled, retried by the SDK, and never fails', async () => {
    // AWS's own rates (scale 1): ListTagsForResource 10/s, burst 10.
    await withFake({ rateScale: 1 });
    const accounts: TestAccount[] = [];
    for (let i = 0; i < 30; i++) {
      const a = fake.putAccount({ name: `svc${i}-dev`, email: `aws+svc${i}-dev@acme.com`, ou: '/Workloads/Dev', tags: { 'cost-center': `cc-${i}` } });
      accounts.push({ name: a.Name, id: a.Id, tags: { 'cost-center': `cc-${i}` } });
    }
    // The client believes in limits 50x those the fake enforces: it sends the 30 tag reads at once.
    process.env.ACCOUNT_CATALOG_RATE_SCALE = '50';
    const { clients, counts } = countingClients(adapter, 8);
    const live = await adapter.readLiveOrganization({ dryRun: true, clients, concurrency: 30 }, catalogOf(accounts));
    expect(fake.throttledBy.ListTagsForResource).toBeGreaterThan(0);
    expect(counts.ListTagsForResource).toBe(30);
    expect(live.accounts.filter((a) => a.tags && a.tags['cost-center']).length).toBe(30);
  }, 60_000);
});
