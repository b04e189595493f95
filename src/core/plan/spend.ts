import type { Account, AccountSpend, Catalog, Change, LiveAccount, LiveOrganization, Money } from '../model';
import { budgetChange } from './budget-totals';
import type { AccountChange } from './diff';
import { matchLive } from './live-match';

const cache = new WeakMap<LiveOrganization, WeakMap<Catalog, Map<Account, LiveAccount | undefined>>>();

/** The live account each catalog account stands for, matched once per catalog and organization. */
function liveAccounts(catalog: Catalog, live: LiveOrganization): Map<Account, LiveAccount | undefined> {
  let byCatalog = cache.get(live);
  if (!byCatalog) {
    byCatalog = new WeakMap();
    cache.set(live, byCatalog);
  }
  let map = byCatalog.get(catalog);
  if (!map) {
    map = new Map(matchLive(catalog.accounts, live).map((pair) => [pair.account, pair.live]));
    byCatalog.set(catalog, map);
  }
  return map;
}

/**
 * This month's spend of `account` (an account of `catalog`), from the budget the catalog manages
 * for it: what DescribeBudgets returned, no other call. `budgetInAws: false` when AWS has no such
 * budget or no such account; undefined when its budget was not read (e.g. a suspended account).
 */
export function accountSpend(account: Account, catalog: Catalog, live: LiveOrganization): AccountSpend | undefined {
  const current = liveAccounts(catalog, live).get(account);
  if (!current) return { budgetInAws: false };
  // The adapter reads tags and budgets together: no tags means neither was read.
  if (!current.tags) return undefined;
  if (!current.budget) return { budgetInAws: false };
  const { actual, forecast, period } = current.budget.spend ?? {};
  return { budgetInAws: true, ...(actual ? { actual } : {}), ...(forecast ? { forecast } : {}), ...(period ? { period } : {}) };
}

/** The amount in US dollars, or undefined for any other unit: amounts are never converted. */
export function usdAmount(money: Money | undefined): number | undefined {
  return money && money.unit === 'USD' && Number.isFinite(money.amount) ? money.amount : undefined;
}

/**
 * The changes, each change of an account's budget with that account's spend (live plans). A removed
 * account is no longer managed, so its budget was not read: it gets none.
 */
export function withSpend(changes: readonly AccountChange[], head: Catalog, live: LiveOrganization): Change[] {
  return changes.map(({ change, pair }) => {
    if (!pair.head || !budgetChange(pair.base, pair.head)) return change;
    const spend = accountSpend(pair.head, head, live);
    return spend ? { ...change, spend } : change;
  });
}
