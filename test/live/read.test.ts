import { startFakeAws, type FakeAws } from '../support/fake-aws';
import { countingClients, loadAdapter } from './harness';
import { catalogOf, useFake, type TestAccount } from './support';

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

const DEFAULT_ALERTS = [{ percent: 80 }, { percent: 100 }, { percent: 100, type: 'forecasted' }];

/** Seeds `n` managed accounts under /Workloads/Dev with budgets, and returns their catalog entries. */
function seed(n: number, ou = '/Workloads/Dev'): TestAccount[] {
  const entries: TestAccount[] = [];
  for (let i = 0; i < n; i++) {
    const name = `svc${String(i).padStart(3, '0')}-dev`;
    const a = fake.putAccount({ name, email: `aws+${name}@acme.com`, ou, tags: { 'cost-center': `cc-${i}` } });
    fake.putBudget(a.Id, 100, DEFAULT_ALERTS, ['ship@acme.com']);
    entries.push({ name, id: a.Id, ou, tags: { 'cost-center': `cc-${i}` } });
  }
  return entries;
}

describe('readLiveOrganization against the loopback fake (real SDK over HTTP)', () => {
  test('reads root, OU paths, accounts with parents, tags and budgets of managed accounts; paginates over 20+ accounts', async () => {
    const managed = seed(45);
    fake.addOu('/Sandbox/Deep');
    const stray = fake.putAccount({ name: 'stray', email: 'stray@acme.com', ou: '/Sandbox/Deep', tags: { secret: 'not-read' } });
    const catalog = catalogOf(managed, { ous: ['/Workloads', '/Workloads/Dev', '/Sandbox', '/Sandbox/Deep'] });
    const { clients, counts } = countingClients(adapter);
    const live = await adapter.readLiveOrganization({ dryRun: true, clients }, catalog);

    expect(live.managementAccountId).toBe(fake.managementAccountId);
    expect(live.rootId).toBe(fake.rootId);
    expect(Object.keys(live.organizationalUnits).sort()).toEqual(['/', '/Sandbox', '/Sandbox/Deep', '/Workloads', '/Workloads/Dev']);
    expect(live.accounts).toHaveLength(47);
    const first = live.accounts.find((a) => a.name === 'svc000-dev')!;
    expect(first).toMatchObject({ ou: '/Workloads/Dev', status: 'ACTIVE', tags: { 'cost-center': 'cc-0' } });
    expect(first.budget).toMatchObject({
      name: `account-catalog-${first.id}`,
      monthlyUsd: 100,
      alerts: [
        { percent: 80, type: 'actual' },
        { percent: 100, type: 'actual' },
        { percent: 100, type: 'forecasted' },
      ],
      recipients: ['ship@acme.com'],
    });
    const strayLive = live.accounts.find((a) => a.id === stray.Id)!;
    expect(strayLive).toEqual({ id: stray.Id, name: 'stray', email: 'stray@acme.com', status: 'ACTIVE', ou: '/Sandbox/Deep' });
    // 45 accounts in one OU: three pages of ListAccountsForParent at MaxResults 20.
    const pages = fake.calls.filter((c) => c.operation === 'ListAccountsForParent' && c.input.ParentId === fake.addOu('/Workloads/Dev'));
    expect(pages.map((c) => c.input.MaxResults)).toEqual([20, 20, 20]);
    expect(pages.map((c) => c.input.NextToken === undefined)).toEqual([true, false, false]);
    // Never ListParents; tags only for managed accounts.
    expect(counts.ListParents).toBeUndefined();
    expect(counts.ListTagsForResource).toBe(45);
    expect(fake.calls.some((c) => c.operation === 'ListTagsForResource' && c.input.ResourceId === stray.Id)).toBe(false);
  });

  test('the number of calls follows the documented formula', async () => {
    // 3 OUs with 0, 25 and 41 managed accounts, 2 unmanaged, 3 notifications per budget.
    const a = seed(25, '/Workloads/Dev');
    const b = seed(41, '/Workloads/Prod').map((x, i) => ({ ...x, name: `p${i}-prod` }));
    fake.putAccount({ name: 'stray1', email: 's1@acme.com', ou: '/Sandbox' });
    fake.putAccount({ name: 'stray2', email: 's2@acme.com', ou: '/' });
    fake.addOu('/Sandbox');
    const catalog = catalogOf([...a, ...b]);
    const { clients, counts, total } = countingClients(adapter);
    await adapter.readLiveOrganization({ dryRun: true, clients }, catalog);

    const pages = (n: number, size: number) => Math.max(1, Math.ceil(n / size));
    // parents: root (children: Workloads, Sandbox; accounts: management, stray2), Workloads (Dev, Prod), Dev (25), Prod (41), Sandbox (stray1)
    const ouPages = 5 * pages(2, 20); // every parent has at most 2 child OUs: one page each
    const accountPages = pages(2, 20) + pages(0, 20) + pages(25, 20) + pages(41, 20) + pages(1, 20);
    const managed = 66;
    const budgets = 66;
    const formula = 2 + ouPages + accountPages + managed + pages(budgets, 100) + budgets + 3 * budgets;
    expect(counts.DescribeOrganization).toBe(1);
    expect(counts.ListRoots).toBe(1);
    expect(counts.ListOrganizationalUnitsForParent).toBe(ouPages);
    expect(counts.ListAccountsForParent).toBe(accountPages);
    expect(counts.ListTagsForResource).toBe(managed);
    expect(counts.DescribeBudgets).toBe(1);
    expect(counts.DescribeNotificationsForBudget).toBe(budgets);
    expect(counts.DescribeSubscribersForNotification).toBe(3 * budgets);
    expect(total()).toBe(formula);
    // Logical calls equal HTTP requests when nothing is retried.
    expect(fake.calls).toHaveLength(formula);
  });

  test('tags and budgets are not read for managed accounts that are suspended or closing', async () => {
    const managed = seed(2);
    fake.accounts.get(managed[1].id!)!.Status = 'SUSPENDED';
    fake.accounts.get(managed[1].id!)!.State = 'SUSPENDED';
    const { clients, counts } = countingClients(adapter);
    const live = await adapter.readLiveOrganization({ dryRun: true, clients }, catalogOf(managed));
    expect(counts.ListTagsForResource).toBe(1);
    expect(counts.DescribeNotificationsForBudget).toBe(1);
    expect(live.accounts.find((a) => a.id === managed[1].id)).toEqual({ id: managed[1].id, name: managed[1].name, email: `aws+${managed[1].name}@acme.com`, status: 'SUSPENDED', ou: '/Workloads/Dev' });
  });

  test('both clients use the adaptive retry mode', async () => {
    type Config = { retryStrategy: () => Promise<{ mode: string }>; maxAttempts: () => Promise<number> };
    const clients = adapter.createAwsClients({}) as unknown as Record<'organizations' | 'budgets', { config: Config }>;
    for (const client of [clients.organizations, clients.budgets]) {
      expect((await client.config.retryStrategy()).mode).toBe('adaptive');
      expect(await client.config.maxAttempts()).toBe(8);
    }
  });

  test('TooManyRequestsException twice, then success: adaptive retry carries on', async () => {
    const managed = seed(3);
    fake.fault('ListAccountsForParent', { status: 400, type: 'TooManyRequestsException', message: "AWS Organizations can't complete your request because of too many requests.", times: 2 });
    const { clients, counts } = countingClients(adapter);
    const live = await adapter.readLiveOrganization({ dryRun: true, clients }, catalogOf(managed));
    expect(live.accounts).toHaveLength(4);
    const http = fake.calls.filter((c) => c.operation === 'ListAccountsForParent').length;
    expect(http - counts.ListAccountsForParent).toBe(2);
  });

  test('a 500 is retried', async () => {
    const managed = seed(2);
    fake.fault('DescribeBudgets', { status: 500, type: 'ServiceException', message: 'internal error' });
    const { clients } = countingClients(adapter);
    const live = await adapter.readLiveOrganization({ dryRun: true, clients }, catalogOf(managed));
    expect(live.accounts.filter((a) => a.budget)).toHaveLength(2);
    expect(fake.calls.filter((c) => c.operation === 'DescribeBudgets')).toHaveLength(2);
  });

  test('AccessDeniedException names the missing permission', async () => {
    const managed = seed(1);
    fake.denied.add('ListAccountsForParent');
    const { clients } = countingClients(adapter);
    const error = await adapter.readLiveOrganization({ dryRun: true, clients }, catalogOf(managed)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(adapter.AwsAccessError);
    expect((error as Error).message).toMatch(/^AWS denied ListAccountsForParent \(AccessDeniedException\): the role needs organizations:ListAccountsForParent\./);
    expect((error as { permission?: string }).permission).toBe('organizations:ListAccountsForParent');

    fake.denied.clear();
    fake.denied.add('DescribeBudgets');
    const budgets = await adapter.readLiveOrganization({ dryRun: true, clients }, catalogOf(managed)).catch((e: unknown) => e);
    expect((budgets as Error).message).toContain('the role needs budgets:ViewBudget');
  });

  test('no credentials: a clear message, no stack', async () => {
    const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY, home: process.env.HOME, profile: process.env.AWS_PROFILE };
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    process.env.AWS_PROFILE = 'account-catalog-test-missing-profile';
    process.env.AWS_CONFIG_FILE = '/nonexistent/config';
    process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/credentials';
    process.env.AWS_EC2_METADATA_DISABLED = 'true';
    try {
      const error = await adapter.readLiveOrganization({ dryRun: true, maxAttempts: 1 }, catalogOf([{ name: 'ship-dev' }])).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(adapter.AwsAccessError);
      expect((error as Error).message).toMatch(/^No AWS credentials found\. Add aws-actions\/configure-aws-credentials/);
      expect(fake.calls).toHaveLength(0);
    } finally {
      process.env.AWS_ACCESS_KEY_ID = saved.id;
      process.env.AWS_SECRET_ACCESS_KEY = saved.secret;
      delete process.env.AWS_PROFILE;
      delete process.env.AWS_CONFIG_FILE;
      delete process.env.AWS_SHARED_CREDENTIALS_FILE;
      delete process.env.AWS_EC2_METADATA_DISABLED;
    }
  });

  test('honours AWS_ENDPOINT_URL_ORGANIZATIONS and AWS_ENDPOINT_URL_BUDGETS over AWS_ENDPOINT_URL', async () => {
    const budgetsFake = await startFakeAws();
    const managed = seed(1);
    process.env.AWS_ENDPOINT_URL = 'http://127.0.0.1:9'; // nothing listens: must not be used
    process.env.AWS_ENDPOINT_URL_ORGANIZATIONS = fake.url;
    process.env.AWS_ENDPOINT_URL_BUDGETS = budgetsFake.url;
    try {
      const { clients } = countingClients(adapter, 1);
      await adapter.readLiveOrganization({ dryRun: true, clients }, catalogOf(managed));
      expect(fake.calls.every((c) => c.service === 'organizations')).toBe(true);
      expect(budgetsFake.calls.map((c) => c.operation)).toEqual(['DescribeBudgets']);
    } finally {
      delete process.env.AWS_ENDPOINT_URL_ORGANIZATIONS;
      delete process.env.AWS_ENDPOINT_URL_BUDGETS;
      await budgetsFake.close();
    }
  });
});
