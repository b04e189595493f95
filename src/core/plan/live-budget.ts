import type { BudgetAlert, FieldChange, LiveBudget, LiveBudgetTarget } from '../model';
import { sameSet } from './canonical';

/** Budget amounts are compared in cents: AWS returns "500.0" for 500. */
function sameAmount(a: number, b: number): boolean {
  return Math.round(a * 100) === Math.round(b * 100);
}

function alertKey(a: BudgetAlert): string {
  return `${a.type}:${a.percent}`;
}

function lower(list: readonly string[]): string[] {
  return list.map((r) => r.toLowerCase());
}

/** Only PERCENTAGE / GREATER_THAN notifications are catalog alerts; any other shape is foreign. */
export function isCatalogNotification(n: { thresholdType: string; comparisonOperator: string }): boolean {
  return n.thresholdType === 'PERCENTAGE' && n.comparisonOperator === 'GREATER_THAN';
}

/** The fields in which a live budget differs from the wanted one (from: wanted, to: live). */
export function budgetDifferences(want: LiveBudgetTarget, live: LiveBudget | undefined): FieldChange[] {
  if (!live) return [{ path: 'budget.monthlyUsd', from: want.monthlyUsd, to: undefined }];
  const fields: FieldChange[] = [];
  if (!sameAmount(want.monthlyUsd, live.monthlyUsd)) fields.push({ path: 'budget.monthlyUsd', from: want.monthlyUsd, to: live.monthlyUsd });
  const foreign = (live.notifications ?? []).some((n) => !isCatalogNotification(n));
  if (foreign || !sameSet(want.alerts.map(alertKey), live.alerts.map(alertKey))) {
    fields.push({ path: 'budget.alerts', from: want.alerts, to: live.alerts });
  }
  if (recipientsDiffer(want, live)) fields.push({ path: 'budget.recipients', from: want.recipients, to: live.recipients });
  return fields;
}

/** Every alert must notify exactly the catalog's recipients; unreadable subscribers count as equal. */
function recipientsDiffer(want: LiveBudgetTarget, live: LiveBudget): boolean {
  const wanted = lower(want.recipients);
  const perNotification = live.notifications?.filter(isCatalogNotification);
  if (perNotification && perNotification.length > 0) {
    return perNotification.some((n) => n.recipients !== undefined && !sameSet(wanted, lower(n.recipients)));
  }
  return live.recipients.length > 0 && !sameSet(wanted, lower(live.recipients));
}
