import type { Rule } from './rule';

// PLACEHOLDER: to be implemented.
export const accountClosureApproval: Rule = {
  name: 'account-closure-approval',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
};
