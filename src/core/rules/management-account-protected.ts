import type { Account } from '../model';
import { matchAccounts } from '../plan/match';
import { quote } from '../schema/display';
import type { Rule, RuleHit } from './rule';

/**
 * The management account (organization.managementAccountId of the judging catalog: base when there
 * is one, so a PR cannot unprotect it) is never closed, moved to another OU, or removed.
 * AWS itself refuses CloseAccount and MoveAccount for it.
 */
export const managementAccountProtected: Rule = {
  name: 'management-account-protected',
  description: 'The management account is never closed, moved or removed.',
  defaultSeverity: 'error',
  check(input) {
    const id = (input.base ?? input.head).catalog.organization.managementAccountId;
    if (!id) return [];
    const hits: RuleHit[] = [];
    const intro = (a: Account) => `Account ${quote(a.name)} (${id}) is the management account`;
    const check = (before: Account | undefined, after: Account | undefined): void => {
      if (after && after.state === 'closed') {
        hits.push({ path: ['accounts', after.index, 'state'], account: after.name, message: `${intro(after)}: it can never be closed. Set \`state: active\`.` });
      }
      if (before && after && before.ou !== after.ou) {
        hits.push({ path: ['accounts', after.index, 'ou'], account: after.name, message: `${intro(after)}: it can never be moved. Keep its ou ${quote(before.ou)}.` });
      }
      if (before && !after) {
        hits.push({ path: ['accounts', before.index], side: 'base', account: before.name, message: `${intro(before)}: it can never be removed from the catalog. Restore its entry.` });
      }
    };
    if (input.base) {
      for (const pair of matchAccounts(input.base.catalog, input.head.catalog)) {
        if (pair.base?.id === id || pair.head?.id === id) check(pair.base, pair.head);
      }
    } else {
      for (const account of input.head.catalog.accounts) if (account.id === id) check(undefined, account);
    }
    return hits;
  },
};
