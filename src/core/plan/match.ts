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
  const headById = indexBy(headAccounts, (a) => (a.id ? a.id : undefined));
  const headByEmail = indexBy(headAccounts, (a) => emailKey(a.email));
  const headTaken = new Uint8Array(headAccounts.length);
  const baseOfHead = new Int32Array(headAccounts.length).fill(-1);
  const baseTaken = new Uint8Array(baseAccounts.length);

  const take = (b: number, candidates: Candidates | undefined, fits: (h: Account) => boolean): void => {
    if (!candidates) return;
    // Skip the taken front once, so many duplicates of one key stay linear.
    while (candidates.start < candidates.items.length && headTaken[candidates.items[candidates.start]]) candidates.start++;
    for (let k = candidates.start; k < candidates.items.length; k++) {
      const h = candidates.items[k];
      if (headTaken[h] || !fits(headAccounts[h])) continue;
      headTaken[h] = 1;
      baseTaken[b] = 1;
      baseOfHead[h] = b;
      return;
    }
  };

  // Ids first: an account whose email changed keeps its id.
  baseAccounts.forEach((b, i) => {
    if (b.id) take(i, headById.get(b.id), () => true);
  });
  // Then emails, unless both sides carry different ids. A base account without an id matches a
  // head account that gained one (the account was created since).
  baseAccounts.forEach((b, i) => {
    const key = emailKey(b.email);
    if (!baseTaken[i] && key !== undefined) take(i, headByEmail.get(key), (h) => !(b.id && h.id && b.id !== h.id));
  });

  const pairs: AccountPair[] = headAccounts.map((h, i) => (baseOfHead[i] >= 0 ? { base: baseAccounts[baseOfHead[i]], head: h } : { head: h }));
  baseAccounts.forEach((b, i) => {
    if (!baseTaken[i]) pairs.push({ base: b });
  });
  return pairs;
}

function emailKey(email: string | undefined): string | undefined {
  return typeof email === 'string' && email !== '' ? email.toLowerCase() : undefined;
}

/** Head indexes sharing one key; `start` is the first one that may still be free. */
interface Candidates {
  readonly items: number[];
  start: number;
}

function indexBy(accounts: readonly Account[], key: (a: Account) => string | undefined): Map<string, Candidates> {
  const map = new Map<string, Candidates>();
  accounts.forEach((a, i) => {
    const k = key(a);
    if (k === undefined) return;
    const list = map.get(k);
    if (list) list.items.push(i);
    else map.set(k, { items: [i], start: 0 });
  });
  return map;
}
