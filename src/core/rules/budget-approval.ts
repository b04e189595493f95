import { requireApproval } from '../approval/require';
import type { Account } from '../model';
import { matchAccounts } from '../plan/match';
import { accountSpend } from '../plan/spend';
import { usd } from '../report/money';
import { spendPhrase } from '../report/budget-text';
import { quote } from '../schema/display';
import type { Rule, RuleHit } from './rule';

/**
 * A budget strictly above the judging policy's threshold needs the budget approval when it is new
 * or raised. Without a base (a first PR, or plain validate) every such budget counts as new.
 * Closed accounts spend nothing, so their budgets need no approval, and re-opening one counts as new.
 * In a live plan the finding also says what the account spends this month, for the approver to judge by.
 */
export const budgetApproval: Rule = {
  name: 'budget-approval',
  description: 'A budget above the approval threshold, new or raised, needs the budget approval label applied by an approver after the budget last changed.',
  defaultSeverity: 'error',
  check(input) {
    const { policy, pr } = input;
    const threshold = policy.budget.approvalThresholdUsd;
    const hits: RuleHit[] = [];
    const consider = (head: Account, before: Account | undefined, hasBase: boolean): void => {
      if (head.state === 'closed') return;
      const to = head.budget?.monthlyUsd;
      if (typeof to !== 'number' || !(to > threshold)) return;
      // A closed account spends nothing: re-opening it makes its budget new again.
      const reopened = before?.state === 'closed';
      const from = reopened ? undefined : before?.budget?.monthlyUsd;
      if (typeof from === 'number' && !(to > from)) return;
      const spend = input.live ? accountSpend(head, input.head.catalog, input.live) : undefined;
      const above = `above the ${usd(threshold)} approval threshold${spend ? ` (${spendPhrase(spend)})` : ''}`;
      const name = `Account ${quote(head.name)}`;
      const what =
        typeof from === 'number'
          ? `${name} raises its budget from ${usd(from)} to ${usd(to)}/month, ${above}`
          : reopened
            ? `${name} is re-opened with a budget of ${usd(to)}/month, ${above}`
            : hasBase
              ? `${name} is new with a budget of ${usd(to)}/month, ${above}`
              : `${name} has a budget of ${usd(to)}/month, ${above} (with no base catalog every budget counts as new)`;
      const hit = requireApproval({
        what,
        subject: 'the budget',
        policy: policy.budget.approval,
        pr,
        changedAt: pr ? (pr.budgetChangedAt?.[head.name] ?? pr.catalogChangedAt) : undefined,
        path: ['accounts', head.index, 'budget', 'monthlyUsd'],
        account: head.name,
      });
      if (hit) hits.push(hit);
    };
    if (input.base) {
      for (const pair of matchAccounts(input.base.catalog, input.head.catalog)) {
        if (pair.head) consider(pair.head, pair.base, true);
      }
    } else {
      for (const account of input.head.catalog.accounts) consider(account, undefined, false);
    }
    return hits;
  },
};
