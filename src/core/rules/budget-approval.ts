import type { Rule } from './rule';

// PLACEHOLDER: to be implemented.
export const budgetApproval: Rule = {
  name: 'budget-approval',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
};
