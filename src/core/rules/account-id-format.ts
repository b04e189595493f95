import type { Rule } from './rule';

// PLACEHOLDER: to be implemented.
export const accountIdFormat: Rule = {
  name: 'account-id-format',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
};
