import type { awscdk } from 'projen';

/** How people sign in to the team's accounts. */
export enum IdentityMode {
  /** IAM Identity Center (AWS SSO): `aws sso login`, a permission set per environment. */
  SSO = 'sso',
  /** A users account holds IAM users with MFA; they assume roles in dev and prod. */
  IAM_USERS = 'iam-users',
}

/** A role of the infra skeleton that a person may use in an account. */
export enum AccountRole {
  /** `<prefix>-AdminR`: emergency only. */
  ADMIN = 'AdminR',
  /** `<prefix>-OpsR`: day-to-day operations. */
  OPS = 'OpsR',
  /** `<prefix>-ReadR`: read only. */
  READ = 'ReadR',
  /** No access to this account. */
  NONE = 'none',
}

/** A person of the team and the role they get in each account. */
export interface TeamUser {
  /** IAM user name (iam-users mode) or Identity Center user name (sso mode). */
  readonly name: string;
  /**
   * Role in the dev account.
   * @default AccountRole.READ
   */
  readonly dev?: AccountRole;
  /**
   * Role in the prod account. Standing admin on prod is refused by the `production-access` rule.
   * @default AccountRole.READ
   */
  readonly prod?: AccountRole;
}

/**
 * Options of the `aws-account-repo` project type. Every option of projen's awscdk-app-ts works too;
 * `eslint` defaults to false here (set it to true to lint the CDK app).
 */
export interface AwsAccountRepoOptions extends awscdk.AwsCdkTypeScriptAppOptions {
  /**
   * The team that owns the accounts: a key of `teams` in the catalog, and the start of account names.
   * Lower-case kebab-case, e.g. `ship`.
   */
  readonly team: string;

  /**
   * A product of the team; when set, account names are `<team>-<product>-<env>`.
   * @default - no product
   */
  readonly product?: string;

  /**
   * The AWS region the team works in (GLOBAL_AWS_REGION).
   * @default "us-east-1"
   */
  readonly region?: string;

  /**
   * Email domain for the default root and team emails.
   * @default "example.com"
   */
  readonly emailDomain?: string;

  /**
   * The team's email: budget alerts go here.
   * @default "<team>@<emailDomain>"
   */
  readonly teamEmail?: string;

  /**
   * The team's GitHub team, `org/team-slug`.
   * @default - none
   */
  readonly githubTeam?: string;

  /**
   * Name of the dev account.
   * @default "<team>[-<product>]-dev"
   */
  readonly devAccountName?: string;

  /**
   * Root email of the dev account.
   * @default "aws+<team>[-<product>]-dev@<emailDomain>"
   */
  readonly devAccountEmail?: string;

  /**
   * Id of the dev account (12 digits), once it exists.
   * @default - not created yet
   */
  readonly devAccountId?: string;

  /**
   * Monthly budget of the dev account in USD. Above the catalog's approval threshold (500) a PR needs the finance label.
   * @default 500
   */
  readonly devMonthlyBudgetUsd?: number;

  /**
   * Organizational unit of the dev account.
   * @default "/Workloads/Dev"
   */
  readonly devOu?: string;

  /**
   * Name of the prod account.
   * @default "<team>[-<product>]-prod"
   */
  readonly prodAccountName?: string;

  /**
   * Root email of the prod account.
   * @default "aws+<team>[-<product>]-prod@<emailDomain>"
   */
  readonly prodAccountEmail?: string;

  /**
   * Id of the prod account (12 digits), once it exists.
   * @default - not created yet
   */
  readonly prodAccountId?: string;

  /**
   * Monthly budget of the prod account in USD.
   * @default 500
   */
  readonly prodMonthlyBudgetUsd?: number;

  /**
   * Organizational unit of the prod account.
   * @default "/Workloads/Prod"
   */
  readonly prodOu?: string;

  /**
   * How people sign in.
   * @default IdentityMode.SSO
   */
  readonly identityMode?: IdentityMode;

  /**
   * IAM Identity Center start URL (sso mode).
   * @default "https://example.awsapps.com/start"
   */
  readonly ssoStartUrl?: string;

  /**
   * IAM Identity Center region (sso mode).
   * @default - the `region`
   */
  readonly ssoRegion?: string;

  /**
   * Identity Center group of the team (sso mode); it gets the per-environment permission sets.
   * @default "<team>-engineers"
   */
  readonly ssoGroup?: string;

  /**
   * Permission set of the team's group on dev (sso mode).
   * @default "PowerUserAccess"
   */
  readonly devPermissionSet?: string;

  /**
   * Permission set of the team's group on prod (sso mode). Must be one the catalog allows as standing production access.
   * @default "ReadOnlyAccess"
   */
  readonly prodPermissionSet?: string;

  /**
   * Id of the users account that holds the IAM users (iam-users mode).
   * @default - not known yet
   */
  readonly usersAccountId?: string;

  /**
   * People of the team with their role per environment (set in .projenrc.ts).
   * @default - none
   */
  readonly users?: TeamUser[];

  /**
   * GitHub teams (`org/team-slug`) whose members may approve a budget above the threshold with the
   * `finance-approved` label (the catalog's `policy.budget.approval.teams`).
   * @default - none: a raised budget cannot be approved in this repo
   */
  readonly budgetApproverTeams?: string[];

  /**
   * GitHub teams (`org/team-slug`) whose members may approve closing an account and policy changes with
   * the `account-closure-approved` label (the catalog's `policy.closing.approval.teams`).
   * @default - none
   */
  readonly platformApproverTeams?: string[];

  /**
   * Prefix of the skeleton's IAM role names (`<prefix>-AdminR`, `-OpsR`, `-ReadR`).
   * @default "<team>[-<product>]"
   */
  readonly rolePrefix?: string;

  /**
   * Owner (GitHub user or org) of the aws-account-catalog Action.
   * @default - the owner in this package's repository URL
   */
  readonly actionOwner?: string;

  /**
   * Version (tag or SHA) of the Action.
   * @default "v1"
   */
  readonly actionVersion?: string;

  /**
   * Full `uses:` reference of the Action; overrides actionOwner and actionVersion.
   * @default "<actionOwner>/aws-account-catalog@<actionVersion>"
   */
  readonly actionRef?: string;

  /**
   * The organization repository's catalog, `owner/repo[/path][@ref]` (path default `catalog`, ref the
   * default branch), e.g. `acme/aws-accounts`. When set, the PR check judges this team's file by the
   * organization's real policy, teams and OUs (the Action's `organization-catalog` input), and no
   * stand-in `catalog/organization.yaml` is written.
   * @default - none: a stand-in catalog/organization.yaml is written from these options
   */
  readonly organizationCatalog?: string;

  /**
   * The Actions secret holding a token that can read the organization repository (contents: read),
   * used with `organizationCatalog`.
   * @default "ACCOUNT_CATALOG_ORG_TOKEN"
   */
  readonly organizationTokenSecret?: string;
}
