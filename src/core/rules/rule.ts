import type { Change, CheckedCatalog, LiveOrganization, NodePath, Policy, PullRequestContext, Severity } from '../model';

/** What every rule sees. Rules are pure: same input, same hits. */
export interface RuleInput {
  readonly head: CheckedCatalog;
  /** The base branch's catalog; absent for plain `validate` and for a first PR. */
  readonly base?: CheckedCatalog;
  /** The policy that judges this change: the base's when there is a base, else the head's. */
  readonly policy: Policy;
  /** Absent without a pull request (plain validate/plan): approval rules then warn. */
  readonly pr?: PullRequestContext;
  /** The plan's changes base -> head; empty without a base. */
  readonly changes: readonly Change[];
  /** The live organization (live plans only): e.g. this month's spend of a budget that changes. */
  readonly live?: LiveOrganization;
}

/** One problem as a rule reports it; the engine adds severity and the source position. */
export interface RuleHit {
  readonly message: string;
  /** Where in the catalog the problem is, e.g. ['accounts', 2, 'email']. */
  readonly path: NodePath;
  /** Which catalog `path` points into; default head. */
  readonly side?: 'head' | 'base';
  readonly account?: string;
  /** Overrides the rule's default, e.g. an approval rule warns when it has no PR context. */
  readonly severity?: Severity;
}

export interface Rule {
  readonly name: string;
  /** One line, for docs and `--help`. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  check(input: RuleInput): readonly RuleHit[];
}
