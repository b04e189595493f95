import type { Rule } from './rule';

// PLACEHOLDER: to be implemented.
export const productionIamUsers: Rule = {
  name: 'production-iam-users',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
};
