import type { awscdk } from 'projen';

/**
 * Options of the `aws-organization-repo` project type: the central repository that holds the
 * organization's account catalog. Every option of projen's awscdk-app-ts works too; `eslint`
 * defaults to false here.
 */
export interface AwsOrganizationRepoOptions extends awscdk.AwsCdkTypeScriptAppOptions {
  /** The GitHub organization, e.g. `acme`: approver teams and team owners are `<org>/<team>`. */
  readonly org: string;

  /** The AWS Organization's management account (12 digits): it is never closed, and the roles live in it. */
  readonly managementAccountId: string;

  /**
   * This repository, `owner/name`: the roles trust only its workflows.
   * @default "<org>/<name>"
   */
  readonly githubRepo?: string;

  /**
   * Email domain of root and team emails (`organization.allowedEmailDomains`).
   * @default "example.com"
   */
  readonly emailDomain?: string;

  /**
   * The platform team's GitHub team slug (in `org`): it owns organization.yaml and .github/
   * (CODEOWNERS) and approves closings and policy changes.
   * @default "platform"
   */
  readonly platformTeam?: string;

  /**
   * The GitHub team slug (in `org`) whose members approve budgets above the threshold.
   * @default "finance"
   */
  readonly financeTeam?: string;

  /**
   * The teams that own accounts: each gets `catalog/<team>.yaml` (written once, owned by that team
   * in CODEOWNERS as `@<org>/<team>`). Lower-case kebab-case keys.
   * @default ["example"]
   */
  readonly teams?: string[];

  /**
   * The region the roles stack and the Action's AWS calls use (Organizations is global).
   * @default "us-east-1"
   */
  readonly region?: string;

  /**
   * The catalog's `access` entries are real IAM Identity Center assignments: the roles also get the
   * Identity Center actions the Action calls.
   * @default false
   */
  readonly identityCenter?: boolean;

  /**
   * Create the GitHub OIDC provider (token.actions.githubusercontent.com). Set false when the
   * management account already has one: the roles then trust the existing provider.
   * @default true
   */
  readonly createOidcProvider?: boolean;

  /**
   * The protected GitHub environment the apply job runs in; the apply role trusts only it. Empty: the
   * apply role trusts the default branch instead.
   * @default "aws-apply"
   */
  readonly applyEnvironment?: string;

  /**
   * When the drift run starts (cron, UTC).
   * @default "17 6 * * 1-5"
   */
  readonly driftSchedule?: string;

  /**
   * Prefix of the three IAM role names (`<prefix>-plan`, `-drift`, `-apply`).
   * @default "account-catalog"
   */
  readonly roleNamePrefix?: string;

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
}
