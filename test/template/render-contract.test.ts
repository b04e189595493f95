import { renderTeamConfig } from '../../src/render/team-config';
import { AccountRole, IdentityMode, type AwsAccountRepoOptions } from '../../src';
import { normalizeCommandLine } from '../../src/template/cli-args';
import { synth } from './support';

// The managed CONST.inc and .tpl files must render strictly with `account-catalog render-config`.
function render(options: Partial<AwsAccountRepoOptions>, extraVariables?: Record<string, string>) {
  const out = synth({ team: 'ship', devAccountId: '111111111111', prodAccountId: '222222222222', ...options });
  const templates = [{ file: 'aws-cli.config.tpl', text: out['aws-cli.config.tpl'], kind: 'config' as const }];
  if (out['aws-cli.credentials.tpl']) templates.push({ file: 'aws-cli.credentials.tpl', text: out['aws-cli.credentials.tpl'], kind: 'credentials' as const });
  return renderTeamConfig({ constInc: { file: 'CONST.inc', text: out['CONST.inc'] }, templates, extraVariables });
}

test('sso mode renders without errors: [sso-session] and one profile per permission set, the ids filled in', () => {
  const r = render({ users: [{ name: 'alice', dev: AccountRole.ADMIN }] });
  expect(r.errors).toEqual([]);
  expect(r.config.map((s) => s.header)).toEqual(['sso-session ship', 'profile ship-dev-ReadR', 'profile ship-dev-OpsR', 'profile ship-dev-AdminR', 'profile ship-prod-ReadR']);
  const prodRead = r.config.find((s) => s.header === 'profile ship-prod-ReadR')!;
  expect(Object.fromEntries(prodRead.entries)).toEqual({ sso_session: 'ship', sso_account_id: '222222222222', sso_role_name: 'ReadOnlyAccess', region: 'us-east-1' });
  expect(r.links.some((l) => l.production)).toBe(true);
});

test('iam-users mode needs the person\'s IAM user name, and says so', () => {
  const missing = render({ identityMode: IdentityMode.IAM_USERS, usersAccountId: '999999999999' });
  expect(missing.errors[0]).toMatchObject({ file: 'aws-cli.config.tpl', message: expect.stringContaining('AWS_IAM_USER_NAME') });

  const r = render({ identityMode: IdentityMode.IAM_USERS, usersAccountId: '999999999999' }, { AWS_IAM_USER_NAME: 'alice' });
  expect(r.errors).toEqual([]);
  const devOps = Object.fromEntries(r.config.find((s) => s.header === 'profile ship-dev-OpsR')!.entries);
  expect(devOps).toMatchObject({ role_arn: 'arn:aws:iam::111111111111:role/ship-OpsR', source_profile: 'ship-users', mfa_serial: 'arn:aws:iam::999999999999:mfa/alice' });
  expect(r.credentials.map((s) => s.header)).toEqual(['ship-users']);
  expect(JSON.stringify(r.credentials)).not.toMatch(/AKIA/);
});

test('an account without an id yet: its profiles are skipped, not rendered half-empty', () => {
  const out = render({ devAccountId: undefined, prodAccountId: undefined });
  expect(out.errors).toEqual([]);
  expect(out.config.map((s) => s.header)).toEqual(['sso-session ship']);
  expect(out.skipped.length).toBeGreaterThan(0);
});

test('projen new hands digits over as numbers: they become text again, in the options and in __new__', () => {
  const given = { team: 'ship', devAccountId: 111111111111, usersAccountId: 12345678901, actionVersion: 2, __new__: { args: { devAccountId: 111111111111 } } };
  const fixed = normalizeCommandLine(given as never) as any;
  expect([fixed.devAccountId, fixed.usersAccountId, fixed.actionVersion]).toEqual(['111111111111', '012345678901', '2']);
  expect(fixed.__new__.args.devAccountId).toBe('111111111111');
});
