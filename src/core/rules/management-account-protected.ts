import type { Rule } from './rule';

// PLACEHOLDER: to be implemented.
export const managementAccountProtected: Rule = {
  name: 'management-account-protected',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
};
