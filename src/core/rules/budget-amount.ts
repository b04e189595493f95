import { BUDGET_MAX_USD } from '../schema/aws-limits';
import { quote } from '../schema/display';
import type { Rule, RuleHit } from './rule';

/** budget.monthlyUsd is a finite number > 0 and at most 1,000,000 (1e309 reads as Infinity). */
export const budgetAmount: Rule = {
  name: 'budget-amount',
  description: 'budget.monthlyUsd is a finite number greater than 0 and at most 1,000,000.',
  defaultSeverity: 'error',
  check(input) {
    const hits: RuleHit[] = [];
    for (const account of input.head.catalog.accounts) {
      const amount = account.budget.monthlyUsd;
      let problem: string | undefined;
      if (!Number.isFinite(amount)) problem = `is not a finite number (${amount})`;
      else if (amount <= 0) problem = `is ${amount}: it must be greater than 0`;
      else if (amount > BUDGET_MAX_USD) problem = `is ${amount}: the maximum is 1,000,000`;
      if (problem === undefined) continue;
      hits.push({
        message: `Account ${quote(account.name)}: budget.monthlyUsd ${problem}. Set a monthly budget in USD between 0.01 and 1,000,000.`,
        path: ['accounts', account.index, 'budget', 'monthlyUsd'],
        account: account.name,
      });
    }
    return hits;
  },
};
