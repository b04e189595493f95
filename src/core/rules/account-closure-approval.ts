import { requireApproval } from '../approval/require';
import { closings } from '../plan/closings';
import { quote } from '../schema/display';
import type { Rule, RuleHit } from './rule';

/** Setting an active account to `state: closed` needs the closing approval (removals are `account-removed`). */
export const accountClosureApproval: Rule = {
  name: 'account-closure-approval',
  description: 'Closing an account needs the closing approval label, applied by an approver after the catalog last changed.',
  defaultSeverity: 'error',
  check(input) {
    if (!input.base) return [];
    const hits: RuleHit[] = [];
    for (const { head } of closings(input.base.catalog, input.head.catalog)) {
      if (!head) continue;
      const hit = requireApproval({
        what: `Closing account ${quote(head.name)}${head.id ? ` (${head.id})` : ''}`,
        subject: 'the catalog',
        policy: input.policy.closing.approval,
        pr: input.pr,
        changedAt: input.pr?.catalogChangedAt,
        path: ['accounts', head.index, 'state'],
        account: head.name,
      });
      if (hit) hits.push(hit);
    }
    return hits;
  },
};
