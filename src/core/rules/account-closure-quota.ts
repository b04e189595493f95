import type { Rule } from './rule';

// PLACEHOLDER: to be implemented.
export const accountClosureQuota: Rule = {
  name: 'account-closure-quota',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
};
