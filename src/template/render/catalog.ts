import { stringify } from 'yaml';
import { AccountRole, IdentityMode } from '../options';
import { ENVS, ROLE_PERMISSION_SETS, type AccountSettings, type Settings } from '../settings';

/** The team's catalog entries (spec section 2), the same names, ids and region as CONST.inc. */
export function renderCatalog(s: Settings): string[] {
  const team: Record<string, unknown> = { email: s.teamEmail };
  if (s.githubTeam) team.github = s.githubTeam;
  const data: Record<string, unknown> = {
    version: 1,
    teams: { [s.team]: team },
    organizationalUnits: organizationalUnits(ENVS.map((env) => s.accounts[env].ou)),
  };
  const policy = approvalPolicy(s);
  if (policy) data.policy = policy;
  data.accounts = ENVS.map((env) => account(s, s.accounts[env]));
  return stringify(data, { lineWidth: 0 }).trimEnd().split('\n');
}

function account(s: Settings, a: AccountSettings): Record<string, unknown> {
  const entry: Record<string, unknown> = {
    name: a.name,
    email: a.email,
    owner: s.team,
    environment: a.env,
    ou: a.ou,
  };
  if (a.id !== undefined) entry.id = a.id;
  entry.budget = { monthlyUsd: a.monthlyUsd };
  entry.tags = { team: s.team, ...(s.product ? { product: s.product } : {}), region: s.region };
  const access = accessOf(s, a);
  if (access.length > 0) entry.access = access;
  return entry;
}

/** The Identity Center group whose members hold a role's permission set: `<ssoGroup>-admins` etc. */
const ROLE_GROUP_SUFFIX: Readonly<Record<string, string>> = {
  [AccountRole.ADMIN]: 'admins',
  [AccountRole.OPS]: 'operators',
  [AccountRole.READ]: 'readers',
};

/**
 * sso mode: the team group gets ReadOnlyAccess (ReadR, the daily default) and the environment's
 * permission set; a role some user holds in this environment goes to that role's group
 * (`<ssoGroup>-admins`, `-operators`, `-readers`): Identity Center assignments are for groups only
 * (spec section 10), so users get a role by membership. The profiles of aws-cli.config.tpl are
 * exactly these sets (see ssoGrants). iam-users mode has no assignments.
 */
function accessOf(s: Settings, a: AccountSettings): Record<string, string>[] {
  if (s.identityMode !== IdentityMode.SSO) return [];
  const groupSets = [...new Set([ROLE_PERMISSION_SETS[AccountRole.READ], a.permissionSet])];
  const access: Record<string, string>[] = groupSets.map((permissionSet) => ({ group: s.ssoGroup, permissionSet }));
  const roles = new Set<AccountRole>(s.users.map((user) => user[a.env]));
  for (const role of [AccountRole.READ, AccountRole.OPS, AccountRole.ADMIN]) {
    if (roles.has(role)) access.push({ group: `${s.ssoGroup}-${ROLE_GROUP_SUFFIX[role]}`, permissionSet: ROLE_PERMISSION_SETS[role] });
  }
  return access;
}

/** Who may apply the approval labels; the rest of the policy keeps the catalog's defaults. */
function approvalPolicy(s: Settings): Record<string, unknown> | undefined {
  const policy: Record<string, unknown> = {};
  if (s.budgetApproverTeams.length > 0) policy.budget = { approval: { teams: [...s.budgetApproverTeams] } };
  if (s.platformApproverTeams.length > 0) policy.closing = { approval: { teams: [...s.platformApproverTeams] } };
  return Object.keys(policy).length > 0 ? policy : undefined;
}

/** Each OU with all its ancestors, in first-seen order. */
function organizationalUnits(ous: readonly string[]): string[] {
  const all: string[] = [];
  for (const ou of ous) {
    const parts = ou.split('/').filter(Boolean);
    for (let i = 1; i <= parts.length; i++) {
      const path = `/${parts.slice(0, i).join('/')}`;
      if (!all.includes(path)) all.push(path);
    }
    if (parts.length === 0 && !all.includes(ou)) all.push(ou);
  }
  return all;
}
