// A run killed after any single API call, then run again, ends in the catalog's state with zero
// duplicate accounts and no lost change. The fake carries out and answers call N, then drops every
// later request (as if the process died right after call N); the next run starts from AWS's state.
import { compareLive } from '../../src/core/plan/live';
import { startFakeAws, type FakeAws } from '../support/fake-aws';
import { countingClients, loadAdapter } from './harness';
import { catalogOf, FAST_POLL, useFake } from './support';

let adapter: Awaited<ReturnType<typeof loadAdapter>>;

beforeAll(async () => {
  adapter = await loadAdapter();
}, 120_000);

/** Same starting organization every time: one account to create, one to change, one to close. */
async function scenario() {
  const fake = await startFakeAws({ createPolls: 2 });
  fake.addOu('/Workloads/Dev');
  const change = fake.putAccount({ name: 'change-dev', email: 'aws+change-dev@acme.com', ou: '/Workloads/Dev', tags: { 'cost-center': 'cc-1', stale: 'x' } });
  fake.putBudget(change.Id, 100, [{ percent: 80 }], ['ship@acme.com']);
  const close = fake.putAccount({ name: 'close-dev', email: 'aws+close-dev@acme.com', ou: '/Workloads/Dev' });
  const catalog = catalogOf(
    [
      { name: 'new-dev', ou: '/Team/New', tags: { 'cost-center': 'cc-9' }, monthlyUsd: 200 },
      { name: 'change-dev', id: change.Id, ou: '/Team/New', monthlyUsd: 150, tags: { 'cost-center': 'cc-2' }, recipients: ['ship@acme.com', 'finops@acme.com'] },
      { name: 'close-dev', id: close.Id, state: 'closed' },
    ],
    { ous: ['/Workloads', '/Workloads/Dev', '/Team', '/Team/New'] },
  );
  return { fake, catalog, change, close };
}

async function run(catalog: ReturnType<typeof catalogOf>) {
  const { clients } = countingClients(adapter, 1);
  return adapter.applyCatalog({ dryRun: false, clients, poll: FAST_POLL }, catalog, () => undefined);
}

/** The organization matches the catalog: a fresh read plans no step, and each change landed once. */
async function expectConverged(fake: FakeAws, catalog: ReturnType<typeof catalogOf>, ids: { change: string; close: string }) {
  const { clients } = countingClients(adapter, 1);
  const live = await adapter.readLive(clients, catalog);
  expect(compareLive(undefined, catalog, live).liveSteps).toEqual([]);
  const created = [...fake.accounts.values()].filter((a) => a.Email.toLowerCase() === 'aws+new-dev@acme.com');
  expect(created).toHaveLength(1);
  expect(fake.calls.filter((c) => c.operation === 'CreateAccount')).toHaveLength(1);
  expect(fake.ouPath(created[0].parentId)).toBe('/Team/New');
  expect(created[0].tags).toEqual({ 'cost-center': 'cc-9' });
  expect(fake.budgets.has(`${fake.managementAccountId}/account-catalog-${created[0].Id}`)).toBe(true);
  expect(fake.accounts.get(ids.change)!.tags).toEqual({ 'cost-center': 'cc-2' });
  expect(fake.accounts.get(ids.close)!.Status).toBe('PENDING_CLOSURE');
  expect([...fake.ous.values()].filter((o) => o.Name === 'Team')).toHaveLength(1);
}

describe('crash after any single call, then re-run', () => {
  let total = 0;

  test('an uninterrupted run converges; count its calls', async () => {
    const { fake, catalog, change, close } = await scenario();
    const restore = useFake(fake);
    try {
      const report = await run(catalog);
      expect(report.failed).toBe(false);
      total = fake.calls.length;
      expect(total).toBeGreaterThan(20);
      await expectConverged(fake, catalog, { change: change.Id, close: close.Id });
    } finally {
      restore();
      await fake.close();
    }
  });

  test('every crash point', async () => {
    expect(total).toBeGreaterThan(0);
    const crashed: number[] = [];
    for (let n = 1; n <= total; n++) {
      const { fake, catalog, change, close } = await scenario();
      const restore = useFake(fake);
      try {
        fake.crashAfter(n);
        await run(catalog).catch(() => undefined); // the killed run: its outcome does not matter
        if (fake.hasCrashed) crashed.push(n);
        fake.recover();
        const second = await run(catalog);
        expect({ n, failed: second.failed, steps: second.steps.filter((s) => s.outcome === 'failed').map((s) => s.message) }).toEqual({ n, failed: false, steps: [] });
        await expectConverged(fake, catalog, { change: change.Id, close: close.Id });
      } finally {
        restore();
        await fake.close();
      }
    }
    // Every call of the uninterrupted run was a crash point.
    expect(crashed).toHaveLength(total);
  }, 300_000);
});
