import { quote } from '../schema/display';
import type { Rule, RuleHit } from './rule';

/** organization.allowedEmailDomains: root emails use one of them (case-insensitive). Unset or empty: any domain. */
export const accountEmailDomain: Rule = {
  name: 'account-email-domain',
  description: 'Root emails use one of organization.allowedEmailDomains, when that list is set.',
  defaultSeverity: 'error',
  check(input) {
    const allowed = input.head.catalog.organization.allowedEmailDomains ?? [];
    if (allowed.length === 0) return [];
    const domains = new Set(allowed.map((d) => d.toLowerCase()));
    const hits: RuleHit[] = [];
    for (const account of input.head.catalog.accounts) {
      const parts = account.email.split('@');
      // An address without exactly one @ is reported by account-email-format.
      if (parts.length !== 2) continue;
      if (domains.has(parts[1].toLowerCase())) continue;
      const list = allowed.slice(0, 5).map(quote).join(', ') + (allowed.length > 5 ? ', ...' : '');
      hits.push({
        message: `Account ${quote(account.name)}: root email ${quote(account.email)} is not in an allowed domain (${list}): use an address in one of them, or add the domain to organization.allowedEmailDomains.`,
        path: ['accounts', account.index, 'email'],
        account: account.name,
      });
    }
    return hits;
  },
};
