import type { Account, Catalog } from '../model';
import { matchAccounts } from './match';

/** An account this change closes: set to `state: closed`, or (an error of its own) removed while active. */
export interface Closing {
  readonly base: Account;
  /** Absent when the account was removed instead of closed. */
  readonly head?: Account;
}

/** Every active base account that head closes or removes, in plan order. */
export function closings(base: Catalog, head: Catalog): Closing[] {
  const result: Closing[] = [];
  for (const pair of matchAccounts(base, head)) {
    if (!pair.base || pair.base.state === 'closed') continue;
    if (!pair.head) result.push({ base: pair.base });
    else if (pair.head.state === 'closed') result.push({ base: pair.base, head: pair.head });
  }
  return result;
}
