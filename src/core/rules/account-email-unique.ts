import type { Rule } from './rule';

// PLACEHOLDER: to be implemented.
export const accountEmailUnique: Rule = {
  name: 'account-email-unique',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
};
