import { IdentityMode } from '../options';
import { ENVS, ROLES, type Settings } from '../settings';
import { ssoGrants } from './sso';

// The .tpl files hold `${VAR}` placeholders for every value: `account-catalog render-config` fills
// them from CONST.inc strictly. Profile names are literal `<team>-<env>-<role>`, never [default].

/** The IAM user's name in the users account: each person gives theirs (`--var AWS_IAM_USER_NAME=...`). */
export const IAM_USER_VARIABLE = 'AWS_IAM_USER_NAME';

export function renderAwsCliConfig(s: Settings): string[] {
  return s.identityMode === IdentityMode.SSO ? ssoConfig(s) : iamUsersConfig(s);
}

/** The user's long-lived key in the users account, as placeholders (iam-users mode only). */
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
    for (const grant of ssoGrants(s, s.accounts[env])) {
      lines.push(
        '',
        `[profile ${s.team}-${env}-${grant.label}]`,
        `sso_session = ${s.team}`,
        `sso_account_id = \${${env.toUpperCase()}_AWS_ACCOUNT_ID}`,
        `sso_role_name = \${${grant.variable}}`,
        'region = ${GLOBAL_AWS_REGION}',
      );
    }
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
        `[profile ${s.team}-${env}-${r.role}]`,
        `role_arn = arn:aws:iam::\${${p}_AWS_ACCOUNT_ID}:role/\${${p}_IAM_${r.key}_ROLE}`,
        `source_profile = ${usersProfile(s)}`,
        `mfa_serial = arn:aws:iam::\${USERS_AWS_ACCOUNT_ID}:mfa/\${${IAM_USER_VARIABLE}}`,
        'region = ${GLOBAL_AWS_REGION}',
      );
    }
  }
  return lines;
}

/** The profile holding the user's own key in the users account. */
function usersProfile(s: Settings): string {
  return `${s.team}-users`;
}
