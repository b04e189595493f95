import { startFakeAws, type FakeAws } from '../support/fake-aws';
import { countingClients, loadAdapter } from './harness';
import { catalogOf, FAST_POLL, useFake } from './support';

let adapter: Awaited<ReturnType<typeof loadAdapter>>;
let fake: FakeAws;
let restore: () => void;

beforeAll(async () => {
  adapter = await loadAdapter();
}, 120_000);

beforeEach(async () => {
  fake = await startFakeAws();
  for (const ou of ['/Workloads/Dev', '/Workloads/Prod', '/Sandbox']) fake.addOu(ou);
  restore = useFake(fake);
});

afterEach(async () => {
  restore();
  await fake.close();
});

const WRITES = /^(Create|Update|Delete|Move|Tag|Untag|Close)/;

async function apply(catalog: ReturnType<typeof catalogOf>, dryRun = false) {
  const log: string[] = [];
  const { clients } = countingClients(adapter);
  const report = await adapter.applyCatalog({ dryRun, clients, poll: FAST_POLL }, catalog, (line) => log.push(line));
  return { report, log };
}

function writes(f: FakeAws): string[] {
  return f.calls.filter((c) => WRITES.test(c.operation)).map((c) => c.operation);
}

describe('applyCatalog against the loopback fake', () => {
  test('creates an account: IN_PROGRESS for several polls, then SUCCEEDED; tags, move, budget with notifications', async () => {
    fake.createPolls = 4;
    fake.addOu('/Workloads/Dev');
    const catalog = catalogOf([{ name: 'ship-dev', tags: { 'cost-center': 'cc-1' }, monthlyUsd: 300, recipients: ['ship@acme.com', 'finops@acme.com'] }]);
    const { report, log } = await apply(catalog);

    expect(report.failed).toBe(false);
    const account = [...fake.accounts.values()].find((a) => a.Email === 'aws+ship-dev@acme.com')!;
    expect(account).toMatchObject({ Name: 'ship-dev', tags: { 'cost-center': 'cc-1' } });
    expect(fake.ouPath(account.parentId)).toBe('/Workloads/Dev');
    expect(report.created).toEqual([{ account: 'ship-dev', email: 'aws+ship-dev@acme.com', id: account.Id }]);
    expect(fake.calls.filter((c) => c.operation === 'DescribeCreateAccountStatus')).toHaveLength(4);
    const created = fake.calls.find((c) => c.operation === 'CreateAccount')!.input;
    expect(created).toEqual({ AccountName: 'ship-dev', Email: 'aws+ship-dev@acme.com', Tags: [{ Key: 'cost-center', Value: 'cc-1' }] });

    const budget = fake.budgets.get(`${fake.managementAccountId}/account-catalog-${account.Id}`)!;
    expect(budget.budget).toMatchObject({ BudgetLimit: { Amount: '300.0', Unit: 'USD' }, TimeUnit: 'MONTHLY', BudgetType: 'COST', CostFilters: { LinkedAccount: [account.Id] } });
    expect(budget.notifications.map((n) => [n.notification.NotificationType, n.notification.Threshold, n.subscribers.map((s) => s.Address)])).toEqual([
      ['ACTUAL', 80, ['ship@acme.com', 'finops@acme.com']],
      ['ACTUAL', 100, ['ship@acme.com', 'finops@acme.com']],
      ['FORECASTED', 100, ['ship@acme.com', 'finops@acme.com']],
    ]);
    expect(report.steps.map((s) => [s.step.kind, s.outcome])).toEqual([
      ['create-account', 'done'],
      ['move-account', 'done'],
      ['create-budget', 'done'],
    ]);
    expect(log.some((l) => l.startsWith('call organizations:CreateAccount AccountName=ship-dev'))).toBe(true);

    const summary = adapter.renderApplySummary(report);
    expect(summary).toContain(`| ship-dev | aws+ship-dev@acme.com | \`${account.Id}\` |`);
    expect(summary).toContain('✅ 3 steps applied.');

    // A second run finds nothing to do and writes nothing.
    const before = writes(fake).length;
    const again = await apply(catalog);
    expect(again.report.steps).toEqual([]);
    expect(writes(fake).length).toBe(before);
  });

  test('FAILED with EMAIL_ALREADY_EXISTS: a clear message; later steps of that account are skipped', async () => {
    fake.createFailures = { 'aws+taken-dev@acme.com': 'EMAIL_ALREADY_EXISTS' };
    fake.createPolls = 2;
    const { report } = await apply(catalogOf([{ name: 'taken-dev' }, { name: 'fine-dev' }]));
    expect(report.failed).toBe(true);
    const [create, move, budget] = report.steps;
    expect(create).toMatchObject({ outcome: 'failed' });
    expect(create.message).toBe(
      'CreateAccount for taken-dev FAILED (EMAIL_ALREADY_EXISTS): an AWS account with this root email already exists. If it is in this organization, add its `id` to the catalog entry; otherwise choose another email.',
    );
    expect([move.outcome, budget.outcome]).toEqual(['skipped', 'skipped']);
    expect(report.steps.filter((s) => s.step.kind === 'create-account' && s.step.account === 'fine-dev')[0].outcome).toBe('done');
    expect(adapter.renderApplySummary(report)).toContain('❌ 1 of 6 steps failed.');
  });

  test("an answer lost after CreateAccount (500, SDK retries): the retried call's EMAIL_ALREADY_EXISTS adopts the first request", async () => {
    fake.fault('CreateAccount', { status: 500, type: 'ServiceException', after: true });
    const { report } = await apply(catalogOf([{ name: 'ship-dev' }]));
    expect(fake.calls.filter((c) => c.operation === 'CreateAccount')).toHaveLength(2);
    expect([...fake.accounts.values()].filter((a) => a.Email === 'aws+ship-dev@acme.com')).toHaveLength(1);
    expect(report.failed).toBe(false);
    expect(report.steps[0]).toMatchObject({ outcome: 'already-done', message: expect.stringMatching(/^created by an earlier request/) });
    expect(report.created).toHaveLength(1);
  });

  test('CreateAccount still IN_PROGRESS at the timeout: a clear failure; the next run waits for that request instead of creating again', async () => {
    fake.createPolls = 1000;
    const catalog = catalogOf([{ name: 'slow-dev' }]);
    const log: string[] = [];
    const { clients } = countingClients(adapter);
    const first = await adapter.applyCatalog({ dryRun: false, clients, poll: { intervalMs: 5, maxIntervalMs: 10, timeoutMs: 100 } }, catalog, (l) => log.push(l));
    expect(first.failed).toBe(true);
    expect(first.steps[0].message).toMatch(/^CreateAccount for slow-dev is still IN_PROGRESS after 100 ms \(request car-[0-9a-f]+\)\. Re-run the apply later: it finds this request and does not create the account twice\.$/);
    expect(first.steps.slice(1).map((s) => s.outcome)).toEqual(['skipped', 'skipped']);

    fake.createPolls = 0;
    for (const r of fake.requests.values()) r.pollsLeft = 1;
    const second = await apply(catalog);
    expect(second.report.failed).toBe(false);
    expect(second.report.steps[0]).toMatchObject({ outcome: 'already-done' });
    expect(second.log.some((l) => /an earlier CreateAccount request car-\w+ is still IN_PROGRESS; waiting for it/.test(l))).toBe(true);
    expect(fake.calls.filter((c) => c.operation === 'CreateAccount')).toHaveLength(1);
    expect([...fake.accounts.values()].filter((a) => a.Email === 'aws+slow-dev@acme.com')).toHaveLength(1);
  });

  test('an endpoint without ListCreateAccountStatus (an emulator) still creates the account, once', async () => {
    fake.fault('ListCreateAccountStatus', { status: 400, type: 'UnknownOperationException' });
    const { report, log } = await apply(catalogOf([{ name: 'emu-dev' }]));
    expect(report.failed).toBe(false);
    expect(log).toContain('ListCreateAccountStatus is not supported by this endpoint: earlier CreateAccount requests cannot be checked');
    expect([...fake.accounts.values()].filter((a) => a.Email === 'aws+emu-dev@acme.com')).toHaveLength(1);
  });

  test('every FailureReason AWS documents has its own message', () => {
    const reasons = [
      'ACCOUNT_LIMIT_EXCEEDED', 'EMAIL_ALREADY_EXISTS', 'INVALID_ADDRESS', 'INVALID_EMAIL', 'CONCURRENT_ACCOUNT_MODIFICATION', 'INTERNAL_FAILURE',
      'GOVCLOUD_ACCOUNT_ALREADY_EXISTS', 'MISSING_BUSINESS_VALIDATION', 'FAILED_BUSINESS_VALIDATION', 'PENDING_BUSINESS_VALIDATION',
      'INVALID_IDENTITY_FOR_BUSINESS_VALIDATION', 'UNKNOWN_BUSINESS_VALIDATION', 'MISSING_PAYMENT_INSTRUMENT', 'INVALID_PAYMENT_INSTRUMENT',
      'UPDATE_EXISTING_RESOURCE_POLICY_WITH_TAGS_NOT_SUPPORTED',
    ];
    expect([...adapter.KNOWN_CREATE_FAILURES].sort()).toEqual([...reasons].sort());
    const messages = reasons.map((r) => adapter.createFailureMessage('x-dev', r));
    expect(new Set(messages).size).toBe(reasons.length);
    for (const [i, m] of messages.entries()) expect(m).toMatch(new RegExp(`^CreateAccount for x-dev FAILED \\(${reasons[i]}\\): .+\\.$`));
    expect(adapter.createFailureMessage('x-dev', 'SOMETHING_NEW')).toMatch(/FAILED \(SOMETHING_NEW\): AWS gave no known reason/);
  });

  test('updates: creates the missing OU, moves, tags and untags, updates the budget amount, alerts and recipients', async () => {
    const a = fake.putAccount({ name: 'ship-dev', email: 'aws+ship-dev@acme.com', ou: '/Workloads/Dev', tags: { 'cost-center': 'cc-1', stale: 'x' } });
    fake.putBudget(a.Id, 100, [{ percent: 80 }, { percent: 90 }], ['ship@acme.com', 'old@acme.com']);
    const catalog = catalogOf(
      [{ name: 'ship-dev', id: a.Id, ou: '/Brand/New', monthlyUsd: 250, tags: { 'cost-center': 'cc-2' }, alerts: [{ percent: 80 }, { percent: 100, type: 'forecasted' }], recipients: ['ship@acme.com', 'finops@acme.com'] }],
      { ous: ['/Brand', '/Brand/New'] },
    );
    const { report } = await apply(catalog);
    expect(report.failed).toBe(false);
    expect(report.steps.map((s) => s.step.kind)).toEqual(['create-ou', 'create-ou', 'move-account', 'tag-account', 'untag-account', 'update-budget']);
    expect(fake.ouPath(a.parentId)).toBe('/Brand/New');
    expect(a.tags).toEqual({ 'cost-center': 'cc-2' });
    const budget = fake.budgets.get(`${fake.managementAccountId}/account-catalog-${a.Id}`)!;
    expect(budget.budget.BudgetLimit).toEqual({ Amount: '250.0', Unit: 'USD' });
    const shape = budget.notifications.map((n) => `${n.notification.NotificationType}:${n.notification.Threshold}:${n.subscribers.map((s) => s.Address).sort().join('+')}`).sort();
    expect(shape).toEqual(['ACTUAL:80:finops@acme.com+ship@acme.com', 'FORECASTED:100:finops@acme.com+ship@acme.com']);
    expect((await apply(catalog)).report.steps).toEqual([]);
  });

  test('closes an account with state: closed; a closed one is not closed again', async () => {
    const a = fake.putAccount({ name: 'old-dev', email: 'aws+old-dev@acme.com', ou: '/Workloads/Dev' });
    const catalog = catalogOf([{ name: 'old-dev', id: a.Id, state: 'closed' }]);
    const { report } = await apply(catalog);
    expect(report.steps.map((s) => [s.step.kind, s.outcome])).toEqual([['close-account', 'done']]);
    expect(a.Status).toBe('PENDING_CLOSURE');
    expect((await apply(catalog)).report.steps).toEqual([]);
    expect(fake.calls.filter((c) => c.operation === 'CloseAccount')).toHaveLength(1);
  });

  test('closing the management account is refused before any call', async () => {
    const catalog = catalogOf([{ name: 'management', email: 'aws+management@acme.com', id: fake.managementAccountId, state: 'closed', ou: '/' }], { managementAccountId: fake.managementAccountId });
    const { report } = await apply(catalog);
    expect(fake.calls).toHaveLength(0);
    expect(report).toMatchObject({ failed: true, steps: [] });
    expect(report.refused).toBe(`Refused: management (${fake.managementAccountId}) is the management account and can never be closed. Set \`state: active\`. Nothing was changed.`);
    expect(adapter.renderApplySummary(report)).toContain('❌ Refused: management');
  });

  test('the management account found only by its email is refused before any write', async () => {
    const catalog = catalogOf([{ name: 'mgmt', email: 'AWS+Management@acme.com', state: 'closed', ou: '/' }, { name: 'new-dev' }]);
    const { report } = await apply(catalog);
    expect(report.refused).toMatch(/^Refused: mgmt \(111111111111\) is the management account/);
    expect(writes(fake)).toEqual([]);
  });

  test('closings over the CloseAccount quota are refused without a call', async () => {
    const ids = [1, 2, 3].map((i) => fake.putAccount({ name: `c${i}-dev`, email: `aws+c${i}-dev@acme.com`, ou: '/Workloads/Dev' }).Id);
    const catalog = catalogOf(ids.map((id, i) => ({ name: `c${i + 1}-dev`, id, state: 'closed' as const })), { quota: { percent: 10, minimum: 2, maximum: 100 } });
    const { report } = await apply(catalog);
    expect(report.failed).toBe(true);
    expect(report.steps.every((s) => s.outcome === 'failed' && /at most 2 in a rolling 30 days/.test(s.message ?? ''))).toBe(true);
    expect(fake.calls.filter((c) => c.operation === 'CloseAccount')).toHaveLength(0);
  });

  test('dry-run prints the calls it would make and changes nothing', async () => {
    const a = fake.putAccount({ name: 'old-dev', email: 'aws+old-dev@acme.com', ou: '/Workloads/Dev' });
    const { report, log } = await apply(catalogOf([{ name: 'new-dev', tags: { team: 'ship' } }, { name: 'old-dev', id: a.Id, state: 'closed' }]), true);
    expect(writes(fake)).toEqual([]);
    expect(report.dryRun).toBe(true);
    expect(report.steps.every((s) => s.outcome === 'dry-run')).toBe(true);
    expect(log).toEqual(
      expect.arrayContaining([
        'would call organizations:CreateAccount AccountName=new-dev Email=aws+new-dev@acme.com Tags=team',
        `would call organizations:CloseAccount AccountId=${a.Id}`,
        expect.stringMatching(/^would call budgets:CreateBudget BudgetName=account-catalog-<new account id> 100 USD with 3 notifications$/),
      ]),
    );
    expect(adapter.renderApplySummary(report)).toContain('📝 Dry run: 4 steps would run; nothing was changed.');
  });

  test('catalog text in log lines and the summary cannot inject workflow commands or Markdown', async () => {
    const catalog = catalogOf([{ name: 'evil-dev', tags: { note: '"::error::pwned"' } }]);
    const { report, log } = await apply(catalog, true);
    expect(log.every((l) => !l.startsWith('::'))).toBe(true);
    const summary = adapter.renderApplySummary({ ...report, steps: [{ ...report.steps[0], message: '<img src=x> @everyone |x|' }] });
    expect(summary).not.toContain('<img');
    expect(summary).toContain('&lt;img src=x&gt; @\u200Deveryone \\|x\\|');
  });
});
