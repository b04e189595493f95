import type { Rule } from './rule';

// PLACEHOLDER: to be implemented.
export const budgetAmount: Rule = {
  name: 'budget-amount',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
};
