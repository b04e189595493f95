import { matchAccounts } from '../plan/match';
import { quote } from '../schema/display';
import type { Rule, RuleHit } from './rule';

/**
 * `id` is what ties an entry to its AWS account. An entry that had one in the base and lost it
 * is matched by root email from then on (spec section 2), which is weaker: if the email later
 * changes too, the plan no longer sees the same account (it shows a create and a removal), and
 * live mode ties the entry to whichever AWS account has that email.
 */
export const accountIdRemoved: Rule = {
  name: 'account-id-removed',
  description: 'An account that had an id in the base keeps it: without it, the entry is matched to AWS by email only.',
  defaultSeverity: 'warning',
  check(input) {
    if (!input.base) return [];
    const hits: RuleHit[] = [];
    for (const { base, head } of matchAccounts(input.base.catalog, input.head.catalog)) {
      if (!base?.id || !head || head.id) continue;
      hits.push({
        message:
          `Account ${quote(head.name)}: its id ${quote(base.id)} was removed, so the entry will be matched to AWS by its root email ${quote(head.email)} instead. ` +
          'If that email changes later, the plan sees a new account to create and this one removed, and live mode takes whichever AWS account has the email. ' +
          `Keep id: ${quote(base.id)} unless this entry now describes another account.`,
        path: ['accounts', head.index],
        account: head.name,
      });
    }
    return hits;
  },
};
