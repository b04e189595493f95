import type { Rule } from './rule';

// PLACEHOLDER: to be implemented.
export const budgetAlerts: Rule = {
  name: 'budget-alerts',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
};
