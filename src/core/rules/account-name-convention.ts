import { quote } from '../schema/display';
import { DEFAULT_NAMING_PATTERN } from '../schema/catalog-schema';
import { nameProblem } from './account-name-format';
import type { Rule, RuleHit } from './rule';

/**
 * organization.naming: the whole name matches `pattern` (default kebab-case) and, with
 * environmentSuffix, ends in -<environment>. Names AWS would reject anyway (account-name-format)
 * and closed accounts (which cannot be renamed) are left out.
 */
export const accountNameConvention: Rule = {
  name: 'account-name-convention',
  description: 'Account names follow organization.naming: the pattern (default kebab-case) and, if set, the -<environment> suffix.',
  defaultSeverity: 'error',
  check(input) {
    const catalog = input.head.catalog;
    const naming = catalog.organization.naming;
    const pattern = compile(naming.pattern);
    if (typeof pattern === 'string') {
      return [{ message: `organization.naming.pattern ${quote(naming.pattern)} is not a valid regular expression (${pattern}): fix it or remove it to use the kebab-case default.`, path: ['organization', 'naming', 'pattern'] }];
    }
    const hits: RuleHit[] = [];
    for (const account of catalog.accounts) {
      if (account.state === 'closed' || nameProblem(account) !== undefined) continue;
      const path = ['accounts', account.index, 'name'];
      if (!pattern.test(account.name)) {
        hits.push({ message: `Account name ${quote(account.name)} does not match the naming pattern ${quote(naming.pattern)}: rename it${naming.pattern === DEFAULT_NAMING_PATTERN ? ' in lower-case kebab-case, e.g. ship-dev' : ' to match it'}.`, path, account: account.name });
      } else if (naming.environmentSuffix && account.environment !== '' && !account.name.endsWith(`-${account.environment}`)) {
        hits.push({ message: `Account name ${quote(account.name)} must end in ${quote(`-${account.environment}`)} (its environment; organization.naming.environmentSuffix is true): rename it.`, path, account: account.name });
      }
    }
    return hits;
  },
};

/** The pattern, anchored so that the whole name must match, or why it does not compile. */
function compile(pattern: string): RegExp | string {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    try {
      return new RegExp(`^(?:${pattern})$`);
    } catch (e) {
      return (e as Error).message.split('\n')[0].slice(0, 120);
    }
  }
}
