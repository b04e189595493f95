import type { ApprovalPolicy } from '../model';
import type { ApprovalVerdict } from './verdict';

/** "the `finance-approved` label, applied by a member of acme/finance or by alice" */
export function describeRequirement(policy: ApprovalPolicy): string {
  return `the \`${policy.label}\` label, applied by ${describeApprovers(policy)}`;
}

/** "a member of acme/finance or acme/cloud-ops or by alice or bob", or who can when nobody is listed. */
export function describeApprovers(policy: ApprovalPolicy): string {
  const parts: string[] = [];
  if (policy.teams.length > 0) parts.push(`a member of ${policy.teams.join(' or ')}`);
  if (policy.users.length > 0) parts.push(`${parts.length > 0 ? 'by ' : ''}${policy.users.join(' or ')}`);
  return parts.length > 0 ? parts.join(' or ') : 'an approver (none is listed in the base branch\'s policy, so only a CLI --labels run can approve)';
}

/**
 * Why a verdict does not approve and what to do, as the end of a finding's message.
 * `subject` names what needs approval ("the budget", "the closing"), for the stale case.
 */
export function explainVerdict(verdict: Exclude<ApprovalVerdict, { state: 'approved' }>, policy: ApprovalPolicy, subject: string): string {
  const label = `\`${policy.label}\``;
  switch (verdict.state) {
    case 'missing':
      return `it needs ${describeRequirement(policy)}.`;
    case 'not-approver':
      return `the ${label} label was applied by ${verdict.actor ?? 'an unknown user'}, who is not an approver: it must be applied by ${describeApprovers(policy)}.`;
    case 'author':
      return `the ${label} label (applied by ${verdict.actor}) does not count: it was applied by the pull request's author, who cannot approve their own change; it must be applied by another approver: ${describeApprovers(policy)}.`;
    case 'stale':
      return `the ${label} label was applied ${verdict.appliedAt ? `at ${verdict.appliedAt}` : 'at an unknown time'}, before ${subject} last changed at ${verdict.changedAt}: an approver must remove and re-apply it.`;
    case 'membership-unknown':
    {
      const prefix = `the ${label} label was applied by ${verdict.actor}, whose membership of ${verdict.teams.join(', ')} cannot be checked`;
      // The adapter's reason usually names the token already; otherwise say what is needed.
      const reason = verdict.reason ? trimStop(verdict.reason) : undefined;
      if (reason && /approvals-token/.test(reason)) return `${prefix}: ${reason}.`;
      return `${prefix}${reason ? ` (${reason})` : ''}: give the Action an \`approvals-token\` with read:org.`;
    }
  }
}

function trimStop(text: string): string {
  return text.replace(/[.\s]+$/, '');
}
