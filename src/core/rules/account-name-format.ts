import type { Rule } from './rule';

// PLACEHOLDER: to be implemented.
export const accountNameFormat: Rule = {
  name: 'account-name-format',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
};
