import type { BudgetTotals, Change, Finding, PlanSummary } from '../model';

export function summarize(changes: readonly Change[], findings: readonly Finding[], budget?: BudgetTotals): PlanSummary {
  const count = (action: Change['action']) => changes.filter((c) => c.action === action).length;
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    create: count('create'),
    update: count('update'),
    close: count('close'),
    errors,
    warnings: findings.length - errors,
    ...(budget ? { budgetDeltaUsd: budget.deltaUsd, budgetTotalUsd: budget.totalUsd } : {}),
  };
}
