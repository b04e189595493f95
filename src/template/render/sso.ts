import { AccountRole } from '../options';
import { ROLE_PERMISSION_SETS, ROLES, type AccountSettings, type Settings } from '../settings';

/** One Identity Center permission set someone of the team holds in an account (sso mode). */
export interface SsoGrant {
  readonly permissionSet: string;
  /** The profile's last part: ReadR/OpsR/AdminR for the standard sets, else the set's name. */
  readonly label: string;
  /** The CONST.inc variable holding the permission set. */
  readonly variable: string;
}

/**
 * What the team holds in one account: ReadOnlyAccess (ReadR, the daily default) and the environment's
 * permission set for the team group, and each user's role. One profile per distinct permission set.
 */
export function ssoGrants(s: Settings, a: AccountSettings): SsoGrant[] {
  const env = a.env.toUpperCase();
  const grants: SsoGrant[] = [];
  const add = (permissionSet: string, variable: string): void => {
    if (grants.some((g) => g.permissionSet === permissionSet)) return;
    grants.push({ permissionSet, label: labelOf(permissionSet), variable });
  };
  add(ROLE_PERMISSION_SETS[AccountRole.READ], 'SSO_READ_PERMISSION_SET');
  add(a.permissionSet, `${env}_SSO_PERMISSION_SET`);
  for (const r of ROLES) {
    if (s.users.some((u) => u[a.env] === r.role)) add(ROLE_PERMISSION_SETS[r.role], `SSO_${r.key}_PERMISSION_SET`);
  }
  return grants;
}

function labelOf(permissionSet: string): string {
  const role = Object.entries(ROLE_PERMISSION_SETS).find(([, ps]) => ps === permissionSet)?.[0];
  return role ?? permissionSet.replace(/[^A-Za-z0-9_.+@-]/g, '-');
}
