import type { Rule } from './rule';

// PLACEHOLDER: to be implemented.
export const accountEmailDomain: Rule = {
  name: 'account-email-domain',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
};
