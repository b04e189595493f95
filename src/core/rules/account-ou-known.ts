import type { Rule } from './rule';

// PLACEHOLDER: to be implemented.
export const accountOuKnown: Rule = {
  name: 'account-ou-known',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
};
