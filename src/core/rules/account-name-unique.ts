import type { Rule } from './rule';

// PLACEHOLDER: to be implemented.
export const accountNameUnique: Rule = {
  name: 'account-name-unique',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
};
