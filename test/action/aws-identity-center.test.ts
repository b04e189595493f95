// End to end: the committed bundle (node dist/index.js) with organization.identityCenter, against the
// loopback Organizations/Budgets fake and the sso-admin + identitystore fake, through the SDK's
// AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_SSO_ADMIN / AWS_ENDPOINT_URL_IDENTITYSTORE settings.
import { startFakeAws, type FakeAws } from '../support/fake-aws';
import { FakeGitHub } from '../support/fake-github';
import { startFakeIdentityCenter, type FakeIdentityCenter } from '../support/fake-identity-center';
import { catalogYaml, type TestAccount } from '../live/support';
import { GITHUB_TOKEN, pullRequestPayload, runAction, webhook } from './run-action';

let aws: FakeAws;
let ic: FakeIdentityCenter;
let dev: string;

const POLL = { ACCOUNT_CATALOG_POLL_INTERVAL_MS: '5', ACCOUNT_CATALOG_POLL_MAX_INTERVAL_MS: '20', ACCOUNT_CATALOG_POLL_TIMEOUT_MS: '10000' };
const IC = { identityCenter: { region: 'eu-west-1' } };

beforeEach(async () => {
  aws = await startFakeAws();
  aws.addOu('/Workloads/Dev');
  dev = aws.putAccount({ name: 'ship-dev', email: 'aws+ship-dev@acme.com', ou: '/Workloads/Dev' }).Id;
  aws.putBudget(dev, 100, [{ percent: 80 }, { percent: 100 }, { percent: 100, type: 'forecasted' }], ['ship@acme.com']);
  ic = await startFakeIdentityCenter({ delayMs: 5 });
  ic.addGroup('ship-engineers');
  ic.addGroup('ship-readers');
  ic.addPermissionSet('AdministratorAccess');
  ic.addPermissionSet('ReadOnlyAccess');
});

afterEach(async () => {
  await Promise.all([aws.close(), ic.close()]);
});

const shipDev = (access: TestAccount['access']): TestAccount[] => [{ name: 'ship-dev', id: dev, access }];

describe('Identity Center through the bundled Action', () => {
  test('mode apply assigns the entries and a second apply has nothing to do', async () => {
    const yaml = catalogYaml(shipDev([{ group: 'ship-engineers', permissionSet: 'AdministratorAccess' }, { group: 'ship-readers', permissionSet: 'ReadOnlyAccess' }]), IC);
    const apply = () =>
      runAction({
        workspace: { 'accounts.yaml': yaml },
        inputs: { mode: 'apply' },
        eventName: 'push',
        event: webhook('push'),
        env: { ...aws.env(), ...ic.env(), ...POLL, GITHUB_REF: 'refs/heads/master' },
      });
    const first = await apply();
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('call sso-admin:CreateAccountAssignment');
    expect(ic.assignmentList()).toEqual([`${dev}/AdministratorAccess/GROUP:ship-engineers`, `${dev}/ReadOnlyAccess/GROUP:ship-readers`]);
    expect(first.summary).toContain('assign ship-engineers × AdministratorAccess on ship-dev');
    const second = await apply();
    expect(second.code).toBe(0);
    expect(second.summary).toContain('AWS already matches the catalog');
    expect(ic.mutatingCalls()).toBe(2);
  });

  test('mode apply refuses an unknown group with its file and line, before any change', async () => {
    const yaml = catalogYaml(shipDev([{ group: 'ship-nobody', permissionSet: 'ReadOnlyAccess' }]), IC);
    const run = await runAction({
      workspace: { 'accounts.yaml': yaml },
      inputs: { mode: 'apply' },
      eventName: 'push',
      event: webhook('push'),
      env: { ...aws.env(), ...ic.env(), ...POLL, GITHUB_REF: 'refs/heads/master' },
    });
    expect(run.code).toBe(1);
    const line = yaml.split('\n').findIndex((l) => l.includes('ship-nobody')) + 1;
    expect(run.summary).toContain(`accounts.yaml:${line}: Account "ship-dev": the identity store has no group with display name "ship-nobody"`);
    expect(ic.mutatingCalls()).toBe(0);
  });

  test('a live pull request plan shows the access change per group × permission set, the steps and the drift', async () => {
    const github = new FakeGitHub();
    github.identities[GITHUB_TOKEN] = 'github-actions[bot]';
    await github.start();
    try {
      ic.assign(dev, 'ReadOnlyAccess', { group: 'ship-readers' });
      const base = catalogYaml(shipDev([{ group: 'ship-readers', permissionSet: 'ReadOnlyAccess' }]), IC);
      const head = catalogYaml(shipDev([{ group: 'ship-readers', permissionSet: 'ReadOnlyAccess' }, { group: 'ship-engineers', permissionSet: 'AdministratorAccess' }]), IC);
      github.setTree('b'.repeat(40), { 'accounts.yaml': base });
      github.pullBase = 'b'.repeat(40);
      github.setTree('1'.repeat(40), { 'accounts.yaml': head });
      github.commits = [{ sha: '1'.repeat(40), date: '2026-01-01T10:00:00Z' }];
      const run = await runAction({
        workspace: { 'accounts.yaml': head },
        event: pullRequestPayload({ baseSha: 'b'.repeat(40), headSha: '1'.repeat(40) }),
        apiUrl: github.url,
        inputs: { live: 'true' },
        env: { ...aws.env(), ...ic.env() },
      });
      expect(run.code).toBe(0);
      const plan = JSON.parse(run.outputs.plan);
      expect(plan.changes).toEqual([{ account: 'ship-dev', action: 'update', fields: [{ path: 'access', to: { group: 'ship-engineers', permissionSet: 'AdministratorAccess' } }] }]);
      const comment = github.comments[0]?.body ?? '';
      expect(comment).toContain('Access (IAM Identity Center)');
      expect(comment).toContain('|ship-dev|add|ship-engineers|AdministratorAccess||');
      expect(ic.mutatingCalls()).toBe(0);
    } finally {
      github.stop();
    }
  });
});
