import { IdentityMode } from '../options';
import { ENVS, ROLE_PERMISSION_SETS, ROLES, type Settings } from '../settings';

// The .tpl files hold only `${VAR}` placeholders for values: `account-catalog render-config` fills
// them from CONST.inc strictly. Profile names are literal: `<team>-<env>-<role>`, never [default].

/** Profile names the templates define, in order. */
export function profileNames(s: Settings): string[] {
  if (s.identityMode === IdentityMode.SSO) return ENVS.map((env) => `${s.team}-${env}-${ssoRoleShort(s.accounts[env].permissionSet)}`);
  return ENVS.flatMap((env) => ROLES.map((r) => `${s.team}-${env}-${r.short}`));
}

export function renderAwsCliConfig(s: Settings): string[] {
  return s.identityMode === IdentityMode.SSO ? ssoConfig(s) : iamUsersConfig(s);
}

/** Long-lived keys of the user in the users account (iam-users mode only). */
export function renderAwsCliCredentials(s: Settings): string[] {
  return [
    `[${usersProfile(s)}]`,
    'aws_access_key_id = ${AWS_ACCESS_KEY_ID}',
    'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}',
  ];
}

function ssoConfig(s: Settings): string[] {
  const lines = [
    `[sso-session ${s.team}]`,
    'sso_start_url = ${SSO_START_URL}',
    'sso_region = ${SSO_REGION}',
    'sso_registration_scopes = sso:account:access',
  ];
  for (const env of ENVS) {
    const p = env.toUpperCase();
    lines.push(
      '',
      `[profile ${s.team}-${env}-${ssoRoleShort(s.accounts[env].permissionSet)}]`,
      `sso_session = ${s.team}`,
      `sso_account_id = \${${p}_AWS_ACCOUNT_ID}`,
      `sso_role_name = \${${p}_SSO_PERMISSION_SET}`,
      'region = ${GLOBAL_AWS_REGION}',
    );
  }
  return lines;
}

function iamUsersConfig(s: Settings): string[] {
  const lines = [`[profile ${usersProfile(s)}]`, 'region = ${GLOBAL_AWS_REGION}'];
  for (const env of ENVS) {
    const p = env.toUpperCase();
    for (const r of ROLES) {
      lines.push(
        '',
        `[profile ${s.team}-${env}-${r.short}]`,
        `role_arn = arn:aws:iam::\${${p}_AWS_ACCOUNT_ID}:role/\${${p}_IAM_${r.key}_ROLE}`,
        `source_profile = ${usersProfile(s)}`,
        'mfa_serial = arn:aws:iam::${USERS_AWS_ACCOUNT_ID}:mfa/${AWS_IAM_USER_NAME}',
        'region = ${GLOBAL_AWS_REGION}',
      );
    }
  }
  return lines;
}

function usersProfile(s: Settings): string {
  return `${s.team}-users`;
}

/** read/ops/admin for the standard permission sets, else the permission set in kebab case. */
function ssoRoleShort(permissionSet: string): string {
  const role = Object.entries(ROLE_PERMISSION_SETS).find(([, ps]) => ps === permissionSet)?.[0];
  const known = ROLES.find((r) => r.role === role);
  if (known) return known.short;
  return permissionSet.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
}
