import { quote } from '../schema/display';
import { unknownMessage, writtenButNotText } from './account-owner-known';
import type { Rule, RuleHit } from './rule';

/** Every account's environment is declared in `environments` (default: dev, staging, prod). */
export const accountEnvironmentKnown: Rule = {
  name: 'account-environment-known',
  description: 'environment is set and declared in environments (default dev, staging, prod).',
  defaultSeverity: 'error',
  check(input) {
    const environments = input.head.catalog.environments;
    const declared = Object.keys(environments);
    const hits: RuleHit[] = [];
    for (const account of input.head.catalog.accounts) {
      if (Object.prototype.hasOwnProperty.call(environments, account.environment) || writtenButNotText(input, account, 'environment')) continue;
      hits.push({
        message: `Account ${quote(account.name)}: ${unknownMessage('environment', account.environment, declared, 'environments')}`,
        path: ['accounts', account.index, 'environment'],
        account: account.name,
      });
    }
    return hits;
  },
};
