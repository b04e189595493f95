import type { ApprovalPolicy, Policy, RuleSetting } from '../model';
import { DEFAULT_POLICY } from '../schema/build';

/** The rules that gate a merge on an approval: a catalog that judges itself may not weaken them. */
export const APPROVAL_RULES: ReadonlySet<string> = new Set(['budget-approval', 'account-closure-approval', 'policy-change-approval']);

/**
 * The policy that judges a change (spec section 8: a pull request never approves itself).
 * - With a base catalog: the base's policy, whatever the head says.
 * - A first catalog on a pull request (no base): the head wrote its own policy, so it may keep its
 *   approvers and threshold, but its approvals use the default label names (it cannot make a routine
 *   label such as `triage` approve money), never count the author, and cannot be switched off or
 *   made warnings in `policy.rules`.
 * - Without a pull request (validate): the catalog's own policy, as it will judge later changes.
 */
export function judgingPolicy(head: Policy, base: Policy | undefined, pullRequest: boolean): Policy {
  if (base) return base;
  if (!pullRequest) return head;
  const rules: Record<string, RuleSetting> = {};
  for (const [name, setting] of Object.entries(head.rules)) if (!APPROVAL_RULES.has(name)) rules[name] = setting;
  return {
    ...head,
    budget: { ...head.budget, approval: firstCatalogApproval(head.budget.approval, DEFAULT_POLICY.budget.approval) },
    closing: { ...head.closing, approval: firstCatalogApproval(head.closing.approval, DEFAULT_POLICY.closing.approval) },
    rules,
  };
}

function firstCatalogApproval(own: ApprovalPolicy, defaults: ApprovalPolicy): ApprovalPolicy {
  return { label: defaults.label, teams: own.teams, users: own.users, allowAuthor: false };
}
