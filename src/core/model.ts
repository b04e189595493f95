// The plain data that flows through the core: catalog -> findings -> plan -> report.
// Everything here is JSON-shaped; no I/O and no classes, so every stage is a pure function.

export type Severity = 'error' | 'warning';
/** What `policy.rules` may set a rule to. */
export type RuleSetting = 'error' | 'warn' | 'off';

/** A place in a source file. Line and column are 1-based. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** One problem, as users see it (spec section 3). */
export interface Finding extends SourceLocation {
  readonly rule: string;
  readonly severity: Severity;
  /** Says what is wrong and how to fix it. Catalog text inside it is raw: reporters escape it. */
  readonly message: string;
  /** The account's name, where one is concerned. */
  readonly account?: string;
}

/** A path into the merged catalog data, e.g. ['accounts', 3, 'budget', 'monthlyUsd']. */
export type NodePath = readonly (string | number)[];

/**
 * A catalog as read from one file or a directory, before any type check.
 * `data` is the merged top level of all files; `locate` maps a path in it back to its source
 * (the nearest existing ancestor when the exact node does not exist).
 */
export interface LoadedCatalog {
  readonly data: Record<string, unknown>;
  readonly files: readonly string[];
  /** yaml-syntax problems and entries defined twice across files. */
  readonly findings: readonly Finding[];
  locate(path: NodePath): SourceLocation;
  /** The explicit YAML tag on the node at `path` (`tag:yaml.org,2002:str` for `!!str 5`), if any: messages name it. */
  tagAt?(path: NodePath): string | undefined;
}

// ---- The typed catalog (spec section 2), with defaults applied -------------------------------

export interface Naming {
  readonly pattern: string;
  readonly environmentSuffix: boolean;
}

/** Where the organization's IAM Identity Center instance is (spec section 10). */
export interface IdentityCenterConfig {
  readonly region: string;
  /** arn:aws:sso:::instance/ssoins-…; without it, the one instance ListInstances returns. */
  readonly instanceArn?: string;
}

export interface Organization {
  readonly managementAccountId?: string;
  readonly allowedEmailDomains?: readonly string[];
  readonly naming: Naming;
  /** Without it, access entries are checked by rules only. */
  readonly identityCenter?: IdentityCenterConfig;
}

export interface Environment {
  readonly production: boolean;
}

export interface Team {
  /** org/team-slug */
  readonly github?: string;
  readonly email?: string;
}

/** Who may apply a label that approves something. */
export interface ApprovalPolicy {
  readonly label: string;
  /** org/team-slug */
  readonly teams: readonly string[];
  readonly users: readonly string[];
  /** Whether the pull request's author may approve their own change (default false: separation of duties). */
  readonly allowAuthor?: boolean;
}

export interface ClosingQuota {
  readonly percent: number;
  readonly minimum: number;
  readonly maximum: number;
}

export interface Policy {
  readonly budget: {
    readonly defaultMonthlyUsd: number;
    readonly approvalThresholdUsd: number;
    readonly approval: ApprovalPolicy;
  };
  readonly closing: {
    readonly approval: ApprovalPolicy;
    readonly quota: ClosingQuota;
    /** Apply moves an account here before CloseAccount (optional). */
    readonly ou?: string;
  };
  readonly access: {
    readonly productionStandingPermissionSets: readonly string[];
    /** additive: extra assignments in AWS are drift only; authoritative: apply removes them on managed accounts. */
    readonly mode: AccessMode;
  };
  readonly rules: Readonly<Record<string, RuleSetting>>;
}

export type AccessMode = 'additive' | 'authoritative';

export type AlertType = 'actual' | 'forecasted';

export interface BudgetAlert {
  readonly percent: number;
  readonly type: AlertType;
}

export interface Budget {
  readonly monthlyUsd: number;
  readonly alerts: readonly BudgetAlert[];
  readonly recipients: readonly string[];
}

export interface AccessAssignment {
  readonly group?: string;
  readonly user?: string;
  readonly permissionSet: string;
}

export type AccountState = 'active' | 'closed';

export interface Account {
  readonly name: string;
  readonly email: string;
  readonly owner: string;
  readonly environment: string;
  readonly ou: string;
  readonly id?: string;
  readonly state: AccountState;
  readonly budget: Budget;
  readonly tags: Readonly<Record<string, string>>;
  readonly access: readonly AccessAssignment[];
  readonly iamUsers: boolean;
  /** Index in the merged `accounts` list: `locate(['accounts', index, ...])` finds its source. */
  readonly index: number;
}

export interface Catalog {
  readonly version: 1;
  readonly organization: Organization;
  readonly environments: Readonly<Record<string, Environment>>;
  readonly teams: Readonly<Record<string, Team>>;
  readonly organizationalUnits: readonly string[];
  readonly policy: Policy;
  readonly accounts: readonly Account[];
}

/**
 * A catalog after the `schema` rule: typed data where the shape allowed it.
 * Accounts whose entry is too broken to type are left out of `catalog.accounts` (the schema
 * findings say why), so later rules never see a wrong type.
 */
export interface CheckedCatalog {
  readonly catalog: Catalog;
  readonly source: LoadedCatalog;
  /** The raw merged data, e.g. for policy-change detection. */
  readonly raw: Record<string, unknown>;
  /** `schema` findings. */
  readonly findings: readonly Finding[];
}

// ---- Pull request context for approval rules --------------------------------------------------

/** The latest `labeled` event of a label that is still applied. */
export interface LabelApplication {
  readonly label: string;
  /** GitHub login; undefined when the label was given on the CLI (`--labels`). */
  readonly actor?: string;
  /** ISO time; undefined for CLI labels. */
  readonly at?: string;
  /** True for CLI `--labels`: counts as applied by an approver, after every change. */
  readonly trusted?: boolean;
}

export interface PullRequestContext {
  /** Labels applied now, with who applied each and when. */
  readonly labels: readonly LabelApplication[];
  /**
   * Members of each org/team-slug the base policy names (login lists, lower-case).
   * A team missing here has unknown membership (no `approvals-token`).
   */
  readonly teamMembers: Readonly<Record<string, readonly string[]>>;
  /** Why team membership is unknown, said in the finding (e.g. no approvals-token). */
  readonly teamMembershipUnavailable?: string;
  /** ISO time of the last commit that changed each account's budget, keyed by account name. */
  readonly budgetChangedAt: Readonly<Record<string, string>>;
  /** ISO time of the last commit that changed anything in the catalog. */
  readonly catalogChangedAt?: string;
  /** ISO time of the pull request's newest commit: what a file-level approval must come after. */
  readonly headChangedAt?: string;
  readonly headSha?: string;
  /** GitHub login of the pull request's author: their own label never counts unless the policy allows it. */
  readonly author?: string;
  /** Files the pull request changes that decide how it is checked (workflows, catalog files deleted or moved). */
  readonly protectedFileChanges?: readonly ProtectedFileChange[];
  /** Why the pull request's changed files could not be read; the change then needs the platform approval. */
  readonly fileListUnavailable?: string;
}

/** A change to a file outside the catalog's data that can change how the check judges. */
export interface ProtectedFileChange {
  /** Repository path, as the file list gives it. */
  readonly file: string;
  /** What the change does, as the end of a sentence: "edits the workflow file .github/workflows/ci.yml". */
  readonly what: string;
}

// ---- The plan (spec section 4) ----------------------------------------------------------------

export type ChangeAction = 'create' | 'update' | 'close';

export interface FieldChange {
  readonly path: string;
  readonly from?: unknown;
  readonly to?: unknown;
}

export interface Change {
  readonly account: string;
  readonly action: ChangeAction;
  readonly fields: readonly FieldChange[];
  /** Live plans only, on changes of an account's budget: this month's spend as AWS Budgets has it. */
  readonly spend?: AccountSpend;
}

/** AWS differs from the base catalog. */
export interface Drift {
  readonly account: string;
  readonly id?: string;
  readonly fields: readonly FieldChange[];
}

/** In AWS, not in the catalog. */
export interface Unmanaged {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly ou: string;
  readonly status: string;
}

export interface PlanSummary {
  readonly create: number;
  readonly update: number;
  readonly close: number;
  readonly errors: number;
  readonly warnings: number;
  /** What the change adds to the monthly budgets (negative when it removes); 0 without a base. */
  readonly budgetDeltaUsd?: number;
  /** The head's monthly budgets of active accounts, added up. */
  readonly budgetTotalUsd?: number;
}

/** How a change moves one account's monthly budget. A closed account spends nothing. */
export type BudgetChangeKind = 'raise' | 'lower' | 'new' | 'reopen' | 'close';

export interface BudgetChange {
  /** The head name (the base name of a removed account). */
  readonly account: string;
  readonly kind: BudgetChangeKind;
  /** The base budget; absent for new and re-opened accounts. */
  readonly fromUsd?: number;
  /** The head budget; absent for closings. */
  readonly toUsd?: number;
  readonly deltaUsd: number;
}

/** The change's effect on the monthly budgets (src/core/plan/budget-totals.ts). */
export interface BudgetTotals {
  readonly deltaUsd: number;
  readonly totalUsd: number;
  /** Only accounts whose budget moves, in plan order. */
  readonly changes: readonly BudgetChange[];
}

export interface Plan {
  readonly version: 1;
  readonly changes: readonly Change[];
  readonly findings: readonly Finding[];
  readonly summary: PlanSummary;
  readonly drift?: readonly Drift[];
  readonly unmanaged?: readonly Unmanaged[];
  /** The budget totals behind `summary.budgetDeltaUsd`, with one entry per account whose budget moves. */
  readonly budget?: BudgetTotals;
  /** With a live organization: what applying the head catalog would do in AWS, in order. */
  readonly liveSteps?: readonly LiveStep[];
  /**
   * Set when tags and budgets were read for only some managed accounts (a pull request's scoped
   * read): their drift is known for `read` of the `managed` ACTIVE accounts; `mode: drift` reads all.
   */
  readonly liveScope?: { readonly read: number; readonly managed: number };
}

/** A budget as a live step wants it in AWS. */
export interface LiveBudgetTarget {
  readonly monthlyUsd: number;
  readonly alerts: readonly BudgetAlert[];
  readonly recipients: readonly string[];
}

/**
 * One step that brings AWS to the head catalog (compareLive). `account` is the catalog name;
 * `id` is undefined for an account that a `create-account` step earlier in the list creates.
 */
export type LiveStep =
  | { readonly kind: 'create-ou'; readonly ou: string }
  | { readonly kind: 'create-account'; readonly account: string; readonly email: string; readonly ou: string; readonly tags: Readonly<Record<string, string>> }
  | { readonly kind: 'move-account'; readonly account: string; readonly id?: string; readonly from: string; readonly to: string }
  | { readonly kind: 'tag-account'; readonly account: string; readonly id: string; readonly tags: Readonly<Record<string, string>> }
  | { readonly kind: 'untag-account'; readonly account: string; readonly id: string; readonly keys: readonly string[] }
  | { readonly kind: 'create-budget'; readonly account: string; readonly id?: string; readonly budget: LiveBudgetTarget }
  | { readonly kind: 'update-budget'; readonly account: string; readonly id: string; readonly from: LiveBudget; readonly budget: LiveBudgetTarget }
  | { readonly kind: 'close-account'; readonly account: string; readonly id: string }
  | {
      readonly kind: 'assign-access' | 'unassign-access';
      readonly account: string;
      /** undefined for an account a `create-account` step earlier in the list creates. */
      readonly id?: string;
      /** Catalog group display name; for an assignment the catalog does not know, the principal as AWS has it. */
      readonly group: string;
      readonly permissionSet: string;
      readonly principalId: string;
      readonly principalType: string;
      readonly permissionSetArn: string;
      /** The account is in a production environment. */
      readonly production?: boolean;
    };

// ---- Live AWS state (issue: live plan), read by an adapter, compared by the core --------------

export interface LiveAccount {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  /** ACTIVE | SUSPENDED | PENDING_CLOSURE | CLOSED */
  readonly status: string;
  readonly ou: string;
  readonly tags?: Readonly<Record<string, string>>;
  readonly budget?: LiveBudget;
  /** Identity Center assignments on this account; undefined when they were not read. */
  readonly access?: readonly LiveAssignment[];
}

/** One Identity Center account assignment as AWS has it. */
export interface LiveAssignment {
  readonly principalType: string;
  readonly principalId: string;
  readonly permissionSetArn: string;
}

/** What the catalog's names resolve to in Identity Center (spec section 10). */
export interface LiveIdentityCenter {
  readonly instanceArn: string;
  readonly identityStoreId: string;
  /** Catalog group display name -> group id; null when the identity store has no such group. */
  readonly groups: Readonly<Record<string, string | null>>;
  /** Permission set name -> ARN, for every permission set of the instance. */
  readonly permissionSets: Readonly<Record<string, string>>;
  /** True when every principal's assignments of managed accounts were read, not only the catalog groups'. */
  readonly allPrincipals: boolean;
}

/** One budget notification as AWS holds it. Only PERCENTAGE / GREATER_THAN ones are catalog alerts. */
export interface LiveBudgetNotification {
  readonly percent: number;
  readonly type: AlertType;
  /** EMAIL subscribers; undefined when they could not be read. */
  readonly recipients?: readonly string[];
  /** AWS's own fields, kept so a step can delete exactly this notification. */
  readonly thresholdType: string;
  readonly comparisonOperator: string;
}

/** The budget the catalog manages for an account (`account-catalog-<id>` in the management account). */
export interface LiveBudget {
  readonly name?: string;
  readonly monthlyUsd: number;
  /** Catalog-shaped alerts: the PERCENTAGE / GREATER_THAN notifications. */
  readonly alerts: readonly BudgetAlert[];
  /** Every EMAIL subscriber of any notification, lower-cased and sorted. */
  readonly recipients: readonly string[];
  readonly notifications?: readonly LiveBudgetNotification[];
  /** This period's spend (DescribeBudgets' CalculatedSpend); absent when AWS gave none. */
  readonly spend?: LiveSpend;
}

/** An amount in AWS's own unit: budgets are in USD, any other unit is kept as it is, never converted. */
export interface Money {
  readonly amount: number;
  readonly unit: string;
}

/** ISO times; `end` is exclusive. */
export interface SpendPeriod {
  readonly start: string;
  readonly end: string;
}

/** CalculatedSpend of a budget: actual so far and forecast for the period, as AWS computed them. */
export interface LiveSpend {
  readonly actual?: Money;
  readonly forecast?: Money;
  /** The budget period the figures are for: the current month of a MONTHLY budget. */
  readonly period?: SpendPeriod;
}

/**
 * An account's spend as a plan reports it: the figures of the budget the catalog manages, or
 * `budgetInAws: false` when AWS has no such budget (or no such account yet).
 */
export type AccountSpend = ({ readonly budgetInAws: true } & LiveSpend) | { readonly budgetInAws: false };

export interface LiveOrganization {
  readonly managementAccountId: string;
  readonly rootId: string;
  /** OU path -> OU id, '/' is the root. */
  readonly organizationalUnits: Readonly<Record<string, string>>;
  readonly accounts: readonly LiveAccount[];
  /** Set when the catalog configures organization.identityCenter and it was read. */
  readonly identityCenter?: LiveIdentityCenter;
  /** Why Identity Center could not be used (no instance, several, a wrong instanceArn); no access step is planned then. */
  readonly identityCenterProblem?: string;
}
