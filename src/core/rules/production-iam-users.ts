import { quote } from '../schema/display';
import { isProduction } from './production-access';
import type { Rule, RuleHit } from './rule';

/** Long-lived IAM user credentials are not allowed on production accounts. */
export const productionIamUsers: Rule = {
  name: 'production-iam-users',
  description: 'iamUsers: true is not allowed on a production account.',
  defaultSeverity: 'error',
  check(input) {
    const environments = input.head.catalog.environments;
    const hits: RuleHit[] = [];
    for (const account of input.head.catalog.accounts) {
      if (!account.iamUsers || account.state === 'closed' || !isProduction(environments, account.environment)) continue;
      hits.push({
        message: `Account ${quote(account.name)} is production (environment ${quote(account.environment)}): iamUsers: true is not allowed. Remove it and use Identity Center or roles instead of long-lived IAM user credentials.`,
        path: ['accounts', account.index, 'iamUsers'],
        account: account.name,
      });
    }
    return hits;
  },
};
