import { resolveActionRef } from './action-ref';
import type { awscdk } from 'projen';
import { AccountRole, IdentityMode, type AwsAccountRepoOptions } from './options';

export type EnvName = 'dev' | 'prod';
export const ENVS: readonly EnvName[] = ['dev', 'prod'];

/** The skeleton's roles, in CONST.inc order, with their profile suffix. */
export const ROLES = [
  { role: AccountRole.READ, key: 'READ' },
  { role: AccountRole.OPS, key: 'OPS' },
  { role: AccountRole.ADMIN, key: 'ADMIN' },
] as const;

/** Identity Center permission set that stands for each skeleton role (sso mode). */
export const ROLE_PERMISSION_SETS: Readonly<Record<string, string>> = {
  [AccountRole.ADMIN]: 'AdministratorAccess',
  [AccountRole.OPS]: 'PowerUserAccess',
  [AccountRole.READ]: 'ReadOnlyAccess',
};

export interface AccountSettings {
  readonly env: EnvName;
  readonly name: string;
  readonly email: string;
  readonly id?: string;
  readonly monthlyUsd: number;
  readonly ou: string;
  readonly permissionSet: string;
  /** Full role names, e.g. ship-ReadR. */
  readonly roles: { readonly READ: string; readonly OPS: string; readonly ADMIN: string };
}

export interface UserSettings {
  readonly name: string;
  readonly dev: AccountRole;
  readonly prod: AccountRole;
}

/** Every option with its default applied: what the managed files are rendered from. */
export interface Settings {
  readonly team: string;
  readonly product?: string;
  readonly region: string;
  readonly teamEmail: string;
  readonly githubTeam?: string;
  readonly identityMode: IdentityMode;
  readonly ssoStartUrl: string;
  readonly ssoRegion: string;
  readonly ssoGroup: string;
  readonly usersAccountId?: string;
  readonly rolePrefix: string;
  readonly budgetApproverTeams: readonly string[];
  readonly platformApproverTeams: readonly string[];
  readonly actionRef: string;
  readonly accounts: { readonly dev: AccountSettings; readonly prod: AccountSettings };
  readonly users: readonly UserSettings[];
  /** Where the team's catalog entries live. */
  readonly catalogFile: string;
  /** The organization repository's catalog (`owner/repo[/path][@ref]`) the PR check judges by. */
  readonly organizationCatalog?: string;
  /** The Actions secret holding a token that can read the organization catalog. */
  readonly organizationTokenSecret: string;
}

/** The options that describe the team (not projen's app options). */
export type TeamOptions = Omit<AwsAccountRepoOptions, keyof awscdk.AwsCdkTypeScriptAppOptions>;

export function resolveSettings(options: TeamOptions): Settings {
  const team = options.team;
  const emailDomain = options.emailDomain ?? 'example.com';
  const stem = options.product ? `${team}-${options.product}` : team;
  const rolePrefix = options.rolePrefix ?? stem;
  const region = options.region ?? 'us-east-1';
  const given = {
    dev: { name: options.devAccountName, email: options.devAccountEmail, id: options.devAccountId, monthlyUsd: options.devMonthlyBudgetUsd, ou: options.devOu, permissionSet: options.devPermissionSet },
    prod: { name: options.prodAccountName, email: options.prodAccountEmail, id: options.prodAccountId, monthlyUsd: options.prodMonthlyBudgetUsd, ou: options.prodOu, permissionSet: options.prodPermissionSet },
  };
  const account = (env: EnvName): AccountSettings => ({
    env,
    name: given[env].name ?? `${stem}-${env}`,
    email: given[env].email ?? `aws+${stem}-${env}@${emailDomain}`,
    id: given[env].id,
    monthlyUsd: given[env].monthlyUsd ?? 500,
    ou: given[env].ou ?? (env === 'dev' ? '/Workloads/Dev' : '/Workloads/Prod'),
    permissionSet: given[env].permissionSet ?? (env === 'dev' ? 'PowerUserAccess' : 'ReadOnlyAccess'),
    roles: { READ: `${rolePrefix}-ReadR`, OPS: `${rolePrefix}-OpsR`, ADMIN: `${rolePrefix}-AdminR` },
  });
  const actionRef = resolveActionRef(options);
  return {
    team,
    product: options.product,
    region,
    teamEmail: options.teamEmail ?? `${team}@${emailDomain}`,
    githubTeam: options.githubTeam,
    identityMode: options.identityMode ?? IdentityMode.SSO,
    ssoStartUrl: options.ssoStartUrl ?? 'https://example.awsapps.com/start',
    ssoRegion: options.ssoRegion ?? region,
    ssoGroup: options.ssoGroup ?? `${team}-engineers`,
    usersAccountId: options.usersAccountId,
    rolePrefix,
    budgetApproverTeams: options.budgetApproverTeams ?? [],
    platformApproverTeams: options.platformApproverTeams ?? [],
    actionRef,
    accounts: { dev: account('dev'), prod: account('prod') },
    users: (options.users ?? []).map((u) => ({ name: u.name, dev: u.dev ?? AccountRole.READ, prod: u.prod ?? AccountRole.READ })),
    catalogFile: `catalog/${team}.yaml`,
    organizationCatalog: options.organizationCatalog,
    organizationTokenSecret: options.organizationTokenSecret ?? 'ACCOUNT_CATALOG_ORG_TOKEN',
  };
}
