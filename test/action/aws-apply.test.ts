// End to end: the committed bundle (node dist/index.js) in mode apply, against the loopback AWS fake
// through the SDK's standard AWS_ENDPOINT_URL setting.
import { startFakeAws, type FakeAws } from '../support/fake-aws';
import { catalogYaml } from '../live/support';
import { runAction, webhook } from './run-action';

let fake: FakeAws;

beforeEach(async () => {
  fake = await startFakeAws({ createPolls: 3 });
  for (const ou of ['/Workloads/Dev', '/Workloads/Prod', '/Sandbox']) fake.addOu(ou);
});

afterEach(async () => {
  await fake.close();
});

const POLL = { ACCOUNT_CATALOG_POLL_INTERVAL_MS: '5', ACCOUNT_CATALOG_POLL_MAX_INTERVAL_MS: '20', ACCOUNT_CATALOG_POLL_TIMEOUT_MS: '10000' };

function applyRun(yaml: string, inputs: Record<string, string> = {}) {
  return runAction({
    workspace: { 'accounts.yaml': yaml },
    inputs: { mode: 'apply', ...inputs },
    eventName: 'push',
    event: webhook('push'),
    env: { ...fake.env(), ...POLL, GITHUB_REF: 'refs/heads/master' },
  });
}

const writes = () => fake.calls.filter((c) => /^(Create|Update|Delete|Move|Tag|Untag|Close)/.test(c.operation)).map((c) => c.operation);

describe('mode: apply (bundled Action)', () => {
  test('creates the account (polling IN_PROGRESS), moves it, creates its budget; the summary gives the new id', async () => {
    const run = await applyRun(catalogYaml([{ name: 'ship-dev', tags: { 'cost-center': 'cc-1' } }]));
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(run.code).toBe(0);
    const account = [...fake.accounts.values()].find((a) => a.Email === 'aws+ship-dev@acme.com')!;
    expect(account).toBeDefined();
    expect(fake.ouPath(account.parentId)).toBe('/Workloads/Dev');
    expect(fake.calls.filter((c) => c.operation === 'DescribeCreateAccountStatus')).toHaveLength(3);
    expect(run.stdout).toContain('call organizations:CreateAccount AccountName=ship-dev Email=aws+ship-dev@acme.com');
    expect(run.summary).toContain(`| ship-dev | aws+ship-dev@acme.com | \`${account.Id}\` |`);
    expect(run.summary).toContain('✅ 3 steps applied.');
  });

  test('dry-run prints the calls and changes nothing', async () => {
    const run = await applyRun(catalogYaml([{ name: 'ship-dev' }]), { 'dry-run': 'true' });
    expect(run.code).toBe(0);
    expect(writes()).toEqual([]);
    expect(run.stdout).toContain('would call organizations:CreateAccount AccountName=ship-dev Email=aws+ship-dev@acme.com');
    expect(run.summary).toContain('Dry run: 3 steps would run; nothing was changed.');
  });

  test('FAILED with EMAIL_ALREADY_EXISTS fails the step with a clear message', async () => {
    fake.createFailures = { 'aws+ship-dev@acme.com': 'EMAIL_ALREADY_EXISTS' };
    const run = await applyRun(catalogYaml([{ name: 'ship-dev' }]));
    expect(run.code).toBe(1);
    expect(run.summary).toContain('CreateAccount for ship-dev FAILED (EMAIL\\_ALREADY\\_EXISTS)');
    expect(run.stdout).toContain('::error::Applying the catalog to AWS failed');
  });

  test('closing the management account is refused before any AWS call', async () => {
    const yaml = catalogYaml([{ name: 'management', email: 'aws+management@acme.com', id: fake.managementAccountId, state: 'closed', ou: '/' }], { managementAccountId: fake.managementAccountId });
    const run = await applyRun(yaml);
    expect(fake.calls).toEqual([]);
    expect(run.code).not.toBe(0);
  });

  test('a missing permission names it, without a stack trace', async () => {
    fake.denied.add('ListRoots');
    const run = await applyRun(catalogYaml([{ name: 'ship-dev' }]));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('the role needs organizations:ListRoots');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);
  });

  test('throttling and a 500 are retried by the SDK', async () => {
    fake.fault('ListRoots', { status: 400, type: 'TooManyRequestsException', times: 2 });
    fake.fault('CreateAccount', { status: 500, type: 'ServiceException' });
    const run = await applyRun(catalogYaml([{ name: 'ship-dev' }]));
    expect(run.code).toBe(0);
    expect(fake.calls.filter((c) => c.operation === 'ListRoots')).toHaveLength(3);
    // The 500 answered before creating anything, so the retry creates the account once.
    expect([...fake.accounts.values()].filter((a) => a.Email === 'aws+ship-dev@acme.com')).toHaveLength(1);
  });
});
