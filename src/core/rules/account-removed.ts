import type { Rule } from './rule';

// PLACEHOLDER: to be implemented.
export const accountRemoved: Rule = {
  name: 'account-removed',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
};
