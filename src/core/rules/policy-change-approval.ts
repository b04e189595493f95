import type { Rule } from './rule';

// PLACEHOLDER: to be implemented.
export const policyChangeApproval: Rule = {
  name: 'policy-change-approval',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
};
