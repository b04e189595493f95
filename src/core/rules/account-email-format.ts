import type { Rule } from './rule';

// PLACEHOLDER: to be implemented.
export const accountEmailFormat: Rule = {
  name: 'account-email-format',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
};
