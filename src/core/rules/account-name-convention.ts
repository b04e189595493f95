import type { Rule } from './rule';

// PLACEHOLDER: to be implemented.
export const accountNameConvention: Rule = {
  name: 'account-name-convention',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
};
