// Spend beside each changed budget: DescribeBudgets' CalculatedSpend (JSON 1.1, as AWS documents it)
// read by the real SDK from the loopback fake, through the core into the plan's JSON and comment.
// No call is added for it: the read makes exactly the documented number of calls.
import { evaluate } from '../../src/core/engine';
import { renderPlanJson } from '../../src/core/report/json';
import { renderMarkdown } from '../../src/core/report/markdown';
import { loadYaml } from '../support/catalog';
import { monthStart, startFakeAws, type FakeAws } from '../support/fake-aws';
import { countingClients, loadAdapter } from './harness';
import { catalogOf, catalogYaml, useFake, type TestAccount } from './support';

let adapter: Awaited<ReturnType<typeof loadAdapter>>;
let fake: FakeAws;
let restore: () => void;

beforeAll(async () => {
  adapter = await loadAdapter();
}, 120_000);

beforeEach(async () => {
  fake = await startFakeAws();
  restore = useFake(fake);
});

afterEach(async () => {
  restore();
  await fake.close();
});

const ALERTS = [{ percent: 80 }, { percent: 100 }, { percent: 100, type: 'forecasted' }];

function thisMonth(): { start: string; end: string } {
  const now = new Date();
  return { start: new Date(monthStart(now) * 1000).toISOString(), end: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString() };
}

/** Accounts in AWS with budgets carrying spend figures, and the base entries that describe them. */
function seed(): TestAccount[] {
  const entries: TestAccount[] = [];
  const add = (name: string, monthlyUsd: number, spend?: Parameters<FakeAws['putBudget']>[4]) => {
    const a = fake.putAccount({ name, email: `aws+${name}@acme.com`, ou: '/Workloads/Dev' });
    if (spend) fake.putBudget(a.Id, monthlyUsd, ALERTS, ['ship@acme.com'], spend);
    entries.push({ name, id: a.Id, monthlyUsd });
  };
  add('ship-prod', 500, { actual: '412.0', forecast: '680.25' });
  add('ship-dev', 200, { actual: '95.5', forecast: '180' });
  add('ship-old', 100, { actual: '12', forecast: '30' });
  add('ship-eu', 300, { actual: '120', forecast: '250', unit: 'EUR' });
  add('ship-same', 100, { actual: '999', forecast: '1999' });
  add('ship-bare', 100); // in AWS, but no catalog budget there
  return entries;
}

function headOf(base: TestAccount[]): TestAccount[] {
  const edits: Record<string, Partial<TestAccount>> = {
    'ship-prod': { monthlyUsd: 750 },
    'ship-dev': { monthlyUsd: 150 },
    'ship-old': { state: 'closed' },
    'ship-eu': { monthlyUsd: 200 },
    'ship-bare': { monthlyUsd: 900 },
  };
  return [...base.map((a) => ({ ...a, ...edits[a.name] })), { name: 'ship-new', monthlyUsd: 600 }];
}

describe('spend from DescribeBudgets (real SDK, loopback fake)', () => {
  test('the live read carries each budget\'s CalculatedSpend and period, with exactly the documented calls', async () => {
    const base = seed();
    const catalog = catalogOf(headOf(base));
    const { clients, counts, total } = countingClients(adapter);
    const live = await adapter.readLiveOrganization({ dryRun: true, clients }, catalog);

    const byName = (name: string) => live.accounts.find((a) => a.name === name)!;
    expect(byName('ship-prod').budget!.spend).toEqual({ actual: { amount: 412, unit: 'USD' }, forecast: { amount: 680.25, unit: 'USD' }, period: thisMonth() });
    expect(byName('ship-eu').budget!.spend).toMatchObject({ actual: { amount: 120, unit: 'EUR' }, forecast: { amount: 250, unit: 'EUR' } });
    expect(byName('ship-bare').budget).toBeUndefined();

    // The formula of docs/live-aws.md: nothing added for spend.
    const managed = 6; // ACTIVE accounts the catalog manages (ship-new is not in AWS)
    const budgets = 5;
    expect(counts.DescribeBudgets).toBe(1);
    expect(counts.DescribeNotificationsForBudget).toBe(budgets);
    expect(counts.DescribeSubscribersForNotification).toBe(3 * budgets);
    expect(counts.ListTagsForResource).toBe(managed);
    // Every parent (the root and each OU) has under 20 child OUs and accounts: one page of each list.
    const parents = 1 + fake.ous.size;
    expect(total()).toBe(2 + parents + parents + managed + 1 + budgets + 3 * budgets);
    expect(fake.calls).toHaveLength(total());
    expect(Object.keys(counts).sort()).toEqual([
      'DescribeBudgets',
      'DescribeNotificationsForBudget',
      'DescribeOrganization',
      'DescribeSubscribersForNotification',
      'ListAccountsForParent',
      'ListOrganizationalUnitsForParent',
      'ListRoots',
      'ListTagsForResource',
    ]);
  });

  test('the plan shows spend beside each changed budget, warns below the forecast, and totals the change', async () => {
    const base = seed();
    const head = headOf(base);
    const { clients } = countingClients(adapter);
    const live = await adapter.readLiveOrganization({ dryRun: true, clients }, catalogOf(head));
    const evaluation = evaluate({ base: loadYaml(catalogYaml(base), 'accounts.yaml'), head: loadYaml(catalogYaml(head), 'accounts.yaml'), live });

    const plan = JSON.parse(renderPlanJson(evaluation.plan));
    const spend = Object.fromEntries(plan.changes.map((c: { account: string; spend?: unknown }) => [c.account, c.spend]));
    const period = thisMonth();
    expect(spend).toEqual({
      'ship-prod': { budgetInAws: true, actualUsd: 412, forecastUsd: 680.25, period },
      'ship-dev': { budgetInAws: true, actualUsd: 95.5, forecastUsd: 180, period },
      'ship-old': { budgetInAws: true, actualUsd: 12, forecastUsd: 30, period },
      'ship-eu': { budgetInAws: true, actual: { amount: 120, unit: 'EUR' }, forecast: { amount: 250, unit: 'EUR' }, period },
      'ship-bare': { budgetInAws: false },
      'ship-new': { budgetInAws: false },
    });
    expect(plan.summary).toMatchObject({ budgetDeltaUsd: 250 - 50 - 100 - 100 + 800 + 600, budgetTotalUsd: 750 + 150 + 200 + 100 + 900 + 600 });

    const below = plan.findings.filter((f: { rule: string }) => f.rule === 'budget-below-forecast');
    expect(below).toEqual([
      expect.objectContaining({
        severity: 'warning',
        account: 'ship-dev',
        message: expect.stringContaining("the new budget of $150/month is below this month's forecast of $180 ($95.50 spent so far), so its 80 % actual, 100 % actual, 100 % forecasted alerts will fire this month"),
      }),
    ]);
    const approval = plan.findings.filter((f: { rule: string }) => f.rule === 'budget-approval').map((f: { message: string }) => f.message);
    expect(approval).toEqual([
      expect.stringContaining('raises its budget from $500 to $750/month, above the $500 approval threshold (spent $412 so far this month, forecast $680.25)'),
      expect.stringContaining('raises its budget from $100 to $900/month, above the $500 approval threshold (no budget in AWS yet)'),
      expect.stringContaining('is new with a budget of $600/month, above the $500 approval threshold (no budget in AWS yet)'),
    ]);

    const md = renderMarkdown(evaluation);
    expect(md).toContain('|Budget USD/month|Spent · forecast this month|Other fields|');
    expect(md).toContain('|update|ship-prod|ship|dev|/Workloads/Dev|500 → 750|\\$412 · \\$680.25|');
    expect(md).toContain('|update|ship-eu|ship|dev|/Workloads/Dev|300 → 200|120 EUR · 250 EUR|');
    expect(md).toContain('|update|ship-bare|ship|dev|/Workloads/Dev|100 → 900|no budget in AWS|');
    expect(md).toContain('💰 **+\\$1,400/month in total:** 2 raises (+\\$1,050), 2 cuts (−\\$150), 1 new account (\\$600), 1 closing (−\\$100)');
  });
});
