import type { Account, BudgetChange, BudgetChangeKind, BudgetTotals, Catalog } from '../model';
import { matchAccounts } from './match';

/**
 * What a change from base to head does to the monthly budgets. Budgets carry their defaults already
 * (`policy.budget.defaultMonthlyUsd` of their own side), and a closed account spends nothing, so:
 * a new or re-opened account adds its budget, a closing (or a removal) takes its budget away, a
 * raise or a cut adds the difference. Without a base there is no change: the delta is 0, and the
 * total is still the head's. Sums are kept in cents, so 0.1 + 0.2 stays 0.3.
 */
export function budgetTotals(base: Catalog | undefined, head: Catalog): BudgetTotals {
  const changes: BudgetChange[] = [];
  let deltaCents = 0;
  if (base) {
    for (const { base: before, head: after } of matchAccounts(base, head)) {
      const change = budgetChange(before, after);
      if (!change) continue;
      changes.push(change);
      deltaCents += cents(change.deltaUsd);
    }
  }
  let totalCents = 0;
  for (const account of head.accounts) {
    const amount = activeBudget(account);
    if (amount !== undefined) totalCents += cents(amount);
  }
  return { deltaUsd: deltaCents / 100, totalUsd: totalCents / 100, changes };
}

/** How one account's budget moves, or nothing when it stays (or either side is not a usable amount). */
export function budgetChange(before: Account | undefined, after: Account | undefined): BudgetChange | undefined {
  const from = before ? activeBudget(before) : undefined;
  const to = after ? activeBudget(after) : undefined;
  const account = (after ?? before)!.name;
  if (to !== undefined && from !== undefined) {
    if (cents(to) === cents(from)) return undefined;
    return entry(account, cents(to) > cents(from) ? 'raise' : 'lower', from, to);
  }
  if (to !== undefined) {
    // Active now and not before: new, or back from closed. An invalid base budget is no change to count.
    if (before && before.state !== 'closed') return undefined;
    return entry(account, before ? 'reopen' : 'new', undefined, to);
  }
  if (from !== undefined && (!after || after.state === 'closed')) return entry(account, 'close', from, undefined);
  return undefined;
}

function entry(account: string, kind: BudgetChangeKind, fromUsd: number | undefined, toUsd: number | undefined): BudgetChange {
  const deltaUsd = (cents(toUsd ?? 0) - cents(fromUsd ?? 0)) / 100;
  return { account, kind, ...(fromUsd !== undefined ? { fromUsd } : {}), ...(toUsd !== undefined ? { toUsd } : {}), deltaUsd };
}

/** The account's monthly budget while it is active; undefined when closed or not a finite amount (a budget-amount error). */
function activeBudget(account: Account): number | undefined {
  if (account.state === 'closed') return undefined;
  const amount = account.budget?.monthlyUsd;
  return typeof amount === 'number' && Number.isFinite(amount) ? amount : undefined;
}

function cents(usd: number): number {
  return Math.round(usd * 100);
}
