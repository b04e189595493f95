import { quote } from '../schema/display';
import { duplicateHits } from './account-name-unique';
import type { Rule } from './rule';

/** No two accounts share a root email, compared case-insensitively (AWS treats them as one address). */
export const accountEmailUnique: Rule = {
  name: 'account-email-unique',
  description: 'No two accounts share a root email (case-insensitive).',
  defaultSeverity: 'error',
  check(input) {
    return duplicateHits(input, (a) => a.email.toLowerCase(), 'email', (account, other) =>
      `Account ${quote(account.name)}: root email ${quote(account.email)} is also used by the account at ${other} (emails are compared case-insensitively): give each account its own root email.`);
  },
};
