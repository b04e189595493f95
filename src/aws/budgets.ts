import type { Budget as AwsBudget, Notification as AwsNotification, Subscriber } from '@aws-sdk/client-budgets';
import type { BudgetAlert, LiveBudget, LiveBudgetNotification } from '../core/model';
import { isCatalogNotification } from '../core/plan/live-budget';
import { budgetSpend } from './budget-spend';

// Budgets live in the management (payer) account, one per member account, named after the
// account's id (stable across renames) and filtered to it with the LinkedAccount cost filter.

export const BUDGET_PREFIX = 'account-catalog-';

export function budgetName(accountId: string): string {
  return `${BUDGET_PREFIX}${accountId}`;
}

/** The member account a catalog budget is for, or undefined for any other budget. */
export function accountOfBudget(name: string | undefined): string | undefined {
  const match = /^account-catalog-(\d{12})$/.exec(name ?? '');
  return match ? match[1] : undefined;
}

export function awsBudget(accountId: string, monthlyUsd: number): AwsBudget {
  return {
    BudgetName: budgetName(accountId),
    BudgetType: 'COST',
    TimeUnit: 'MONTHLY',
    BudgetLimit: { Amount: String(monthlyUsd), Unit: 'USD' },
    CostFilters: { LinkedAccount: [accountId] },
  };
}

export function awsNotification(alert: BudgetAlert): AwsNotification {
  return {
    NotificationType: alert.type === 'forecasted' ? 'FORECASTED' : 'ACTUAL',
    ComparisonOperator: 'GREATER_THAN',
    Threshold: alert.percent,
    ThresholdType: 'PERCENTAGE',
  };
}

/** The exact notification AWS holds, as DeleteNotification and the subscriber calls want it. */
export function awsNotificationOf(live: LiveBudgetNotification): AwsNotification {
  return {
    NotificationType: live.type === 'forecasted' ? 'FORECASTED' : 'ACTUAL',
    ComparisonOperator: live.comparisonOperator as AwsNotification['ComparisonOperator'],
    Threshold: live.percent,
    ThresholdType: live.thresholdType as AwsNotification['ThresholdType'],
  };
}

/** One EMAIL subscriber per recipient; AWS refuses the same address twice (emails compare case-insensitively). */
export function emailSubscribers(recipients: readonly string[]): Subscriber[] {
  const seen = new Set<string>();
  return recipients.filter((r) => !seen.has(r.toLowerCase()) && seen.add(r.toLowerCase())).map((Address) => ({ SubscriptionType: 'EMAIL', Address }));
}

/** The catalog's alerts without repeats: AWS refuses two identical notifications on one budget. */
export function uniqueAlerts(alerts: readonly BudgetAlert[]): BudgetAlert[] {
  const seen = new Set<string>();
  return alerts.filter((a) => !seen.has(`${a.type}:${a.percent}`) && seen.add(`${a.type}:${a.percent}`));
}

export function liveNotification(n: AwsNotification, subscribers: readonly Subscriber[] | undefined): LiveBudgetNotification {
  return {
    percent: Number(n.Threshold ?? 0),
    type: n.NotificationType === 'FORECASTED' ? 'forecasted' : 'actual',
    recipients: subscribers?.filter((s) => s.SubscriptionType === 'EMAIL' && s.Address).map((s) => s.Address as string),
    thresholdType: n.ThresholdType ?? 'PERCENTAGE',
    comparisonOperator: n.ComparisonOperator ?? 'GREATER_THAN',
  };
}

export function liveBudget(budget: AwsBudget, notifications: readonly LiveBudgetNotification[]): LiveBudget {
  const recipients = new Set<string>();
  for (const n of notifications) for (const r of n.recipients ?? []) recipients.add(r.toLowerCase());
  const spend = budgetSpend(budget);
  return {
    name: budget.BudgetName,
    monthlyUsd: Number(budget.BudgetLimit?.Amount ?? NaN),
    alerts: notifications.filter(isCatalogNotification).map((n) => ({ percent: n.percent, type: n.type })),
    recipients: [...recipients].sort(),
    notifications,
    ...(spend ? { spend } : {}),
  };
}
