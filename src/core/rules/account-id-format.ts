import { ACCOUNT_ID } from '../schema/aws-limits';
import { quote } from '../schema/display';
import { duplicateHits } from './account-name-unique';
import type { Rule, RuleHit } from './rule';

/** `id`, when set, is an AWS account id: exactly 12 digits, as a string; and no two accounts share one. */
export const accountIdFormat: Rule = {
  name: 'account-id-format',
  description: 'id, when set, is exactly 12 digits (quoted) and unique.',
  defaultSeverity: 'error',
  check(input) {
    const hits: RuleHit[] = [];
    for (const account of input.head.catalog.accounts) {
      if (account.id === undefined || ACCOUNT_ID.test(account.id)) continue;
      hits.push({
        message: `Account ${quote(account.name)}: id ${quote(account.id)} is not an AWS account id: write exactly 12 digits in quotes, e.g. id: "123456789012", or remove id until the account exists.`,
        path: ['accounts', account.index, 'id'],
        account: account.name,
      });
    }
    hits.push(...duplicateHits(input, (a) => a.id, 'id', (account, other) =>
      `Account ${quote(account.name)}: id ${quote(account.id ?? '')} is also used by the account at ${other}: each AWS account appears once; fix the id or merge the entries.`));
    return hits;
  },
};
