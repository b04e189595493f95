import type { Account, Catalog } from '../model';

/**
 * One account seen on both sides, or on one side only.
 * `base` only: it disappeared from head. `head` only: it is new.
 */
export interface AccountPair {
  readonly base?: Account;
  readonly head?: Account;
}

const cache = new WeakMap<Catalog, WeakMap<Catalog, readonly AccountPair[]>>();

/**
 * Pairs the accounts of two catalogs (spec section 2): by `id` when both sides have one,
 * else by root email, case-insensitively; never by name. Two different ids are two accounts,
 * whatever their emails. Order: head order (matched and new), then base-only accounts in base order.
 * Linear in the number of accounts; the result is cached per catalog pair, so the plan and
 * the rules that need both sides share one matching.
 */
export function matchAccounts(base: Catalog, head: Catalog): readonly AccountPair[] {
  let byHead = cache.get(base);
  if (!byHead) {
    byHead = new WeakMap();
    cache.set(base, byHead);
  }
  let pairs = byHead.get(head);
  if (!pairs) {
    pairs = pair(base.accounts, head.accounts);
    byHead.set(head, pairs);
  }
  return pairs;
}

function pair(baseAccounts: readonly Account[], headAccounts: readonly Account[]): AccountPair[] {
  const headIds: (string | undefined)[] = new Array(headAccounts.length);
  for (let i = 0; i < headAccounts.length; i++) {
    const id = headAccounts[i].id;
    headIds[i] = id ? id : undefined;
  }
  const byId = new KeyIndex(headIds);
  // Built when a base account is left after the ids: in a catalog whose accounts all have ids, never.
  let byEmail: KeyIndex | undefined;
  const headTaken = new Uint8Array(headAccounts.length);
  const baseOfHead = new Int32Array(headAccounts.length).fill(-1);
  const baseTaken = new Uint8Array(baseAccounts.length);

  const take = (b: number, h: number): void => {
    if (h < 0) return;
    headTaken[h] = 1;
    baseTaken[b] = 1;
    baseOfHead[h] = b;
  };

  // Ids first: an account whose email changed keeps its id.
  for (let i = 0; i < baseAccounts.length; i++) {
    const id = baseAccounts[i].id;
    if (id) take(i, byId.firstFree(id, headTaken, undefined));
  }
  // Then emails, unless both sides carry different ids. A base account without an id matches a
  // head account that gained one (the account was created since).
  for (let i = 0; i < baseAccounts.length; i++) {
    if (baseTaken[i]) continue;
    const key = emailKey(baseAccounts[i].email);
    if (key === undefined) continue;
    const id = baseAccounts[i].id;
    byEmail ??= new KeyIndex(headAccounts.map((h) => emailKey(h.email)));
    take(i, byEmail.firstFree(key, headTaken, id ? id : undefined, headIds));
  }

  const pairs: AccountPair[] = new Array(headAccounts.length);
  for (let i = 0; i < headAccounts.length; i++) {
    pairs[i] = baseOfHead[i] >= 0 ? { base: baseAccounts[baseOfHead[i]], head: headAccounts[i] } : { head: headAccounts[i] };
  }
  for (let i = 0; i < baseAccounts.length; i++) {
    if (!baseTaken[i]) pairs.push({ base: baseAccounts[i] });
  }
  return pairs;
}

function emailKey(email: string | undefined): string | undefined {
  return typeof email === 'string' && email !== '' ? email.toLowerCase() : undefined;
}

/**
 * Head accounts by key, as chains in account order: `first` holds the first account of each key
 * that may still be free, `next` links to the next account with the same key. Taken accounts at
 * the front of a chain are dropped as they are met, so even many duplicates of one key stay linear.
 */
class KeyIndex {
  private readonly first = new Map<string, number>();
  private readonly next: Int32Array;

  /** `keys[i]` is the key of account i, undefined when it has none. */
  constructor(keys: readonly (string | undefined)[]) {
    this.next = new Int32Array(keys.length).fill(-1);
    const last = new Map<string, number>();
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === undefined) continue;
      const tail = last.get(k);
      if (tail === undefined) this.first.set(k, i);
      else this.next[tail] = i;
      last.set(k, i);
    }
  }

  /**
   * The first free account with `key`, or -1. With `id` (and the accounts' `ids`), an account
   * that carries a different id does not fit.
   */
  firstFree(key: string, taken: Uint8Array, id: string | undefined, ids?: readonly (string | undefined)[]): number {
    let i = this.first.get(key) ?? -1;
    while (i >= 0 && taken[i]) i = this.next[i];
    if (i >= 0) this.first.set(key, i);
    else this.first.delete(key);
    for (; i >= 0; i = this.next[i]) {
      if (taken[i]) continue;
      const other = id !== undefined && ids ? ids[i] : undefined;
      if (other === undefined || other === id) return i;
    }
    return -1;
  }
}
