import type { Catalog, Change } from '../model';
import { fieldChanges } from './fields';
import { matchAccounts, type AccountPair } from './match';

/** A change with the accounts it was made from. */
export interface AccountChange {
  readonly change: Change;
  readonly pair: AccountPair;
}

/**
 * The changes from base to head (spec section 4): at most one per account, in head order, then
 * the accounts that disappeared, in base order.
 * - new in head: `create` with every field it sets (`to` only); a new entry that is already
 *   closed is a record of an old account, not something to create, so it is not a change;
 * - on both sides: `close` when it goes from active to closed, else `update`; nothing when no field differs;
 * - gone from head: `close` with its base fields (`from` only) when it was active, so the plan shows
 *   what a merge would lose. The `account-removed` rule makes that an error: it must stay, `state: closed`.
 */
export function diffCatalogs(base: Catalog, head: Catalog): Change[] {
  return diffAccounts(base, head).map((c) => c.change);
}

/** diffCatalogs, with each change's pair of accounts (for what the plan adds to a change, e.g. its spend). */
export function diffAccounts(base: Catalog, head: Catalog): AccountChange[] {
  const changes: AccountChange[] = [];
  for (const pair of matchAccounts(base, head)) {
    const { base: before, head: after } = pair;
    if (after && !before) {
      if (after.state !== 'closed') changes.push({ change: { account: after.name, action: 'create', fields: fieldChanges(undefined, after) }, pair });
    } else if (after && before) {
      const fields = fieldChanges(before, after);
      if (fields.length === 0) continue;
      const closing = before.state !== 'closed' && after.state === 'closed';
      changes.push({ change: { account: after.name, action: closing ? 'close' : 'update', fields }, pair });
    } else if (before && before.state !== 'closed') {
      changes.push({ change: { account: before.name, action: 'close', fields: fieldChanges(before, undefined) }, pair });
    }
  }
  return changes;
}
