import type { Rule } from './rule';

// PLACEHOLDER: to be implemented.
export const accountOwnerKnown: Rule = {
  name: 'account-owner-known',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
};
