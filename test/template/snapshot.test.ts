import { AccountRole, IdentityMode } from '../../src';
import { synth } from './support';

// The files this project type manages, plus its aws-config task: the rest is projen's awscdk-app-ts.
function managed(out: Record<string, any>, team = 'ship'): Record<string, unknown> {
  const files = ['CONST.inc', 'aws-cli.config.tpl', 'aws-cli.credentials.tpl', `catalog/${team}.yaml`, 'catalog/organization.yaml', '.github/workflows/account-catalog.yml'];
  return {
    ...Object.fromEntries(files.filter((f) => f in out).map((f) => [f, out[f]])),
    'aws-config task': out['.projen/tasks.json'].tasks['aws-config'],
  };
}

describe('managed files', () => {
  test('sso mode with defaults', () => {
    expect(managed(synth({ team: 'ship' }))).toMatchSnapshot();
  });

  test('iam-users mode with users', () => {
    const out = synth({
      team: 'ship',
      identityMode: IdentityMode.IAM_USERS,
      usersAccountId: '999999999999',
      users: [{ name: 'alice', dev: AccountRole.ADMIN, prod: AccountRole.OPS }, { name: 'bob' }],
    });
    expect(managed(out)).toMatchSnapshot();
  });

  test('account ids, region and SSO settings', () => {
    const out = synth({
      team: 'ship',
      region: 'eu-central-1',
      devAccountId: '111111111111',
      prodAccountId: '222222222222',
      ssoStartUrl: 'https://acme.awsapps.com/start',
      ssoRegion: 'eu-west-1',
      users: [{ name: 'carol@acme.com', dev: AccountRole.OPS, prod: AccountRole.NONE }],
    });
    expect(managed(out)).toMatchSnapshot();
  });

  test('product, email domain, GitHub team and a pinned Action', () => {
    const out = synth({
      team: 'ship',
      product: 'billing',
      emailDomain: 'acme.com',
      githubTeam: 'acme/ship',
      budgetApproverTeams: ['acme/finance'],
      platformApproverTeams: ['acme/cloud-ops'],
      prodMonthlyBudgetUsd: 1200,
      devPermissionSet: 'AdministratorAccess',
      actionRef: 'acme/aws-account-catalog@0123456789abcdef0123456789abcdef01234567',
    });
    expect(managed(out)).toMatchSnapshot();
  });
});
