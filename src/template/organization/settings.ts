import { resolveActionRef } from '../action-ref';
import type { AwsOrganizationRepoOptions } from './options';

/** Every option of aws-organization-repo with its default applied. */
export interface OrganizationSettings {
  readonly org: string;
  readonly managementAccountId: string;
  /** owner/name of this repository. */
  readonly githubRepo: string;
  readonly defaultBranch: string;
  readonly emailDomain: string;
  /** The platform team's catalog key (it owns shared accounts) and GitHub team `org/slug`. */
  readonly platformTeam: { readonly key: string; readonly github: string };
  readonly financeTeam: string;
  /** Account-owning teams, each with catalog/<key>.yaml. */
  readonly teams: readonly string[];
  readonly region: string;
  readonly identityCenter: boolean;
  readonly createOidcProvider: boolean;
  /** Empty: apply trusts the default branch. */
  readonly applyEnvironment: string;
  readonly driftSchedule: string;
  readonly roleNames: { readonly plan: string; readonly drift: string; readonly apply: string };
  readonly actionRef: string;
  /** Secret names the workflows read. */
  readonly secrets: { readonly approvalsToken: string };
}

export const CATALOG_DIR = 'catalog';

export function resolveOrganizationSettings(options: AwsOrganizationRepoOptions): OrganizationSettings {
  const platform = options.platformTeam ?? 'platform';
  const prefix = options.roleNamePrefix ?? 'account-catalog';
  return {
    org: options.org,
    managementAccountId: options.managementAccountId,
    githubRepo: options.githubRepo ?? `${options.org}/${options.name}`,
    defaultBranch: options.defaultReleaseBranch ?? 'main',
    emailDomain: options.emailDomain ?? 'example.com',
    platformTeam: { key: platform, github: `${options.org}/${platform}` },
    financeTeam: `${options.org}/${options.financeTeam ?? 'finance'}`,
    teams: [...(options.teams ?? ['example'])],
    region: options.region ?? 'us-east-1',
    identityCenter: options.identityCenter ?? false,
    createOidcProvider: options.createOidcProvider ?? true,
    applyEnvironment: options.applyEnvironment ?? 'aws-apply',
    driftSchedule: options.driftSchedule ?? '17 6 * * 1-5',
    roleNames: { plan: `${prefix}-plan`, drift: `${prefix}-drift`, apply: `${prefix}-apply` },
    actionRef: resolveActionRef(options),
    secrets: { approvalsToken: 'ACCOUNT_CATALOG_APPROVALS_TOKEN' },
  };
}

/** The ARN of one of the roles, as the workflows name it. */
export function roleArn(s: OrganizationSettings, role: keyof OrganizationSettings['roleNames']): string {
  return `arn:aws:iam::${s.managementAccountId}:role/${s.roleNames[role]}`;
}
