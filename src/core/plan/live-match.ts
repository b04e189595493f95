import type { Account, LiveAccount, LiveOrganization } from '../model';

/** A catalog account and the live account it stands for, if any. */
export interface LivePair {
  readonly account: Account;
  readonly live?: LiveAccount;
}

/**
 * Pairs catalog accounts with live accounts (spec section 2): by `id` when the catalog sets one,
 * else by root email, case-insensitively; never by name. Each live account pairs at most once.
 * Linear in the number of accounts.
 */
export function matchLive(accounts: readonly Account[], live: LiveOrganization): LivePair[] {
  const byId = new Map<string, LiveAccount>();
  const byEmail = new Map<string, LiveAccount>();
  for (const a of live.accounts) {
    byId.set(a.id, a);
    const key = a.email.toLowerCase();
    // Two live accounts cannot share an email; keep the first if an emulator allows it.
    if (!byEmail.has(key)) byEmail.set(key, a);
  }
  const taken = new Set<string>();
  const pairs: LivePair[] = accounts.map((account) => ({ account }));
  const claim = (i: number, candidate: LiveAccount | undefined): void => {
    if (!candidate || taken.has(candidate.id)) return;
    taken.add(candidate.id);
    pairs[i] = { account: accounts[i], live: candidate };
  };
  accounts.forEach((a, i) => {
    if (a.id) claim(i, byId.get(a.id));
  });
  accounts.forEach((a, i) => {
    if (!a.id && typeof a.email === 'string') claim(i, byEmail.get(a.email.toLowerCase()));
  });
  return pairs;
}

/** Ids of the live accounts some catalog account stands for. */
export function managedIds(pairs: readonly LivePair[]): Set<string> {
  const ids = new Set<string>();
  for (const p of pairs) if (p.live) ids.add(p.live.id);
  return ids;
}
