import { checkCatalog } from './schema/check';
import { runRules } from './rules/run';
import { accessFindings } from './plan/access';
import { budgetTotals } from './plan/budget-totals';
import { diffAccounts } from './plan/diff';
import { compareLive } from './plan/live';
import { withSpend } from './plan/spend';
import { summarize } from './plan/summary';
import type { CheckedCatalog, LiveOrganization, LoadedCatalog, Plan, PullRequestContext } from './model';

export interface EvaluateInput {
  readonly head: LoadedCatalog;
  /** The base branch's catalog (plan); absent for validate and for a first PR. */
  readonly base?: LoadedCatalog;
  readonly pr?: PullRequestContext;
  readonly live?: LiveOrganization;
}

export interface Evaluation {
  readonly plan: Plan;
  readonly head: CheckedCatalog;
  readonly base?: CheckedCatalog;
}

/** The whole data path: catalogs -> typed catalogs -> changes -> findings -> plan. */
export function evaluate(input: EvaluateInput): Evaluation {
  const head = checkCatalog(input.head);
  const base = input.base ? checkCatalog(input.base) : undefined;
  // A pull request never approves itself: the base branch's policy judges the change.
  const policy = (base ?? head).catalog.policy;
  const diffed = base ? diffAccounts(base.catalog, head.catalog) : [];
  const changes = input.live ? withSpend(diffed, head.catalog, input.live) : diffed.map((d) => d.change);
  const findings = [
    ...input.head.findings,
    ...head.findings,
    ...runRules({ head, base, policy, pr: input.pr, changes, ...(input.live ? { live: input.live } : {}) }),
    // Unknown groups and permission sets: only AWS can tell (spec section 10).
    ...(input.live ? accessFindings(head, input.live) : []),
  ];
  const live = input.live ? compareLive(base?.catalog, head.catalog, input.live) : undefined;
  const budget = budgetTotals(base?.catalog, head.catalog);
  const plan: Plan = { version: 1, changes, findings, summary: summarize(changes, findings, budget), budget, ...live };
  return { plan, head, base };
}
