import type { Rule } from './rule';

// PLACEHOLDER: to be implemented.
export const productionAccess: Rule = {
  name: 'production-access',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
};
