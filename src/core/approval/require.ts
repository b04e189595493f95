import type { ApprovalPolicy, NodePath, PullRequestContext, SourceLocation } from '../model';
import type { RuleHit } from '../rules/rule';
import { describeRequirement, explainVerdict } from './describe';
import { judgeApproval } from './verdict';

export interface ApprovalNeed {
  /** What is being approved, as the start of a sentence: `Account "ship-prod" raises its budget from $500 to $750/month, ...`. */
  readonly what: string;
  /** What the stale message calls it: "the budget", "the catalog". */
  readonly subject: string;
  /** The judging (base) policy's approval. */
  readonly policy: ApprovalPolicy;
  readonly pr?: PullRequestContext;
  /** The last time what it approves changed. */
  readonly changedAt?: string;
  readonly path: NodePath;
  readonly side?: 'head' | 'base';
  /** Where to report it when it is not in the catalog (see RuleHit.location). */
  readonly location?: SourceLocation;
  readonly account?: string;
}

/**
 * The finding an approval rule reports, or nothing when the approval holds.
 * Without a pull request it is a warning that says what a merge will need.
 */
export function requireApproval(need: ApprovalNeed): RuleHit | undefined {
  const where = {
    path: need.path,
    ...(need.side ? { side: need.side } : {}),
    ...(need.location ? { location: need.location } : {}),
    ...(need.account !== undefined ? { account: need.account } : {}),
  };
  if (!need.pr) {
    return { ...where, severity: 'warning', message: `${need.what}: a merge needs ${describeRequirement(need.policy)}.` };
  }
  const verdict = judgeApproval(need.policy, need.pr, need.changedAt);
  if (verdict.state === 'approved') return undefined;
  return { ...where, message: `${need.what}: ${explainVerdict(verdict, need.policy, need.subject)}` };
}
