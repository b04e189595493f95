import { IdentityMode } from '../options';
import { ENVS, ROLE_PERMISSION_SETS, ROLES, type Settings } from '../settings';

/** Single-quotes a value for a shell: nothing inside is expanded. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** CONST.inc: the seed's KEY='value' constants that the .tpl files and scripts read. */
export function renderConstInc(s: Settings): string[] {
  const vars: [string, string][] = [
    ['GLOBAL_AWS_REGION', s.region],
    ['TEAM_NAME', s.team],
    ['IDENTITY_MODE', s.identityMode],
  ];
  for (const env of ENVS) {
    const a = s.accounts[env];
    const p = env.toUpperCase();
    vars.push([`${p}_AWS_ACCOUNT_ID`, a.id ?? ''], [`${p}_AWS_ACCOUNT_NAME`, a.name]);
    for (const r of ROLES) vars.push([`${p}_IAM_${r.key}_ROLE`, a.roles[r.key]]);
  }
  if (s.identityMode === IdentityMode.SSO) {
    vars.push(['SSO_START_URL', s.ssoStartUrl], ['SSO_REGION', s.ssoRegion]);
    // The team group's permission set per environment, and the set that stands for each role.
    for (const env of ENVS) vars.push([`${env.toUpperCase()}_SSO_PERMISSION_SET`, s.accounts[env].permissionSet]);
    for (const r of ROLES) vars.push([`SSO_${r.key}_PERMISSION_SET`, ROLE_PERMISSION_SETS[r.role]]);
  } else {
    vars.push(['USERS_AWS_ACCOUNT_ID', s.usersAccountId ?? '']);
  }
  return vars.map(([key, value]) => `${key}=${shellQuote(value)}`);
}
