import type { Rule } from './rule';

// PLACEHOLDER: to be implemented.
export const accountEnvironmentKnown: Rule = {
  name: 'account-environment-known',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
};
