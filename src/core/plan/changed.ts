import type { Account, Catalog } from '../model';
import { sameValue } from './canonical';

/**
 * Names of the head accounts a pull request touches: new ones, and those whose resolved entry
 * (defaults and team recipients applied) differs from the base's entry of the same name. A
 * pull request's live plan reads tags and budgets only for these (spec section 11). Without a
 * base (a first catalog) every account is touched.
 */
export function changedAccounts(base: Catalog | undefined, head: Catalog): Set<string> {
  if (!base) return new Set(head.accounts.map((a) => a.name));
  const before = new Map(base.accounts.map((a) => [a.name, a]));
  const changed = new Set<string>();
  for (const account of head.accounts) {
    const old = before.get(account.name);
    if (!old || !sameValue(withoutIndex(old), withoutIndex(account))) changed.add(account.name);
  }
  return changed;
}

/** Where an entry sits in the file is not part of what it asks of AWS. */
function withoutIndex(account: Account): Omit<Account, 'index'> {
  const { index: _index, ...rest } = account;
  return rest;
}
