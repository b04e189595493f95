import type { Rule } from './rule';

// PLACEHOLDER: to be implemented.
export const tagFormat: Rule = {
  name: 'tag-format',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
};
