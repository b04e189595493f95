import { matchAccounts } from '../plan/match';
import { quote } from '../schema/display';
import type { Rule, RuleHit } from './rule';

/**
 * An account in the base catalog must still be in head (matched by id, else email). Its entry is
 * the record that it exists or existed: AWS never lets a closed account's root email be reused.
 */
export const accountRemoved: Rule = {
  name: 'account-removed',
  description: 'An account may not disappear from the catalog: set `state: closed` to close it.',
  defaultSeverity: 'error',
  check(input) {
    if (!input.base) return [];
    const hits: RuleHit[] = [];
    for (const { base, head } of matchAccounts(input.base.catalog, input.head.catalog)) {
      if (!base || head) continue;
      const known = base.id ? `id ${base.id}` : quote(base.email);
      const fix =
        base.state === 'closed'
          ? 'restore its entry with `state: closed`: the record keeps its root email from being reused.'
          : 'restore its entry and set `state: closed` to close the account.';
      hits.push({
        path: ['accounts', base.index],
        side: 'base',
        account: base.name,
        message: `Account ${quote(base.name)} (${known}) was removed from the catalog. An account may not disappear: ${fix}`,
      });
    }
    return hits;
  },
};
