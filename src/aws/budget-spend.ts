import type { Budget as AwsBudget, Spend } from '@aws-sdk/client-budgets';
import type { LiveSpend, Money, SpendPeriod } from '../core/model';

/** Longest unit kept: AWS's are short codes (USD, GB, Hrs); anything longer is an emulator's noise. */
const MAX_UNIT = 32;

/**
 * What DescribeBudgets already says a budget has spent: `CalculatedSpend.ActualSpend` and
 * `ForecastedSpend` (Amount is a decimal string) for the current period. No extra call.
 * Units are kept as AWS gives them, never converted. Undefined when AWS gave no figures at all.
 */
export function budgetSpend(budget: AwsBudget, now: Date = new Date()): LiveSpend | undefined {
  const actual = moneyOf(budget.CalculatedSpend?.ActualSpend);
  const forecast = moneyOf(budget.CalculatedSpend?.ForecastedSpend);
  const period = currentPeriod(budget, now);
  if (!actual && !forecast && !period) return undefined;
  return { ...(actual ? { actual } : {}), ...(forecast ? { forecast } : {}), ...(period ? { period } : {}) };
}

function moneyOf(spend: Spend | undefined): Money | undefined {
  if (!spend || typeof spend.Amount !== 'string' || spend.Amount.trim() === '') return undefined;
  const amount = Number(spend.Amount);
  // AWS always names the unit; a figure without one cannot be read as dollars or anything else.
  if (!Number.isFinite(amount) || typeof spend.Unit !== 'string' || spend.Unit.trim() === '') return undefined;
  return { amount, unit: spend.Unit.slice(0, MAX_UNIT) };
}

/**
 * The period the figures are for. `TimePeriod` is the budget's whole life (AWS sets its end to 2087
 * when none is given), so for a MONTHLY budget it is this calendar month (UTC), within that life.
 * Any other time unit: the `TimePeriod` as AWS gives it.
 */
function currentPeriod(budget: AwsBudget, now: Date): SpendPeriod | undefined {
  const start = validDate(budget.TimePeriod?.Start);
  const end = validDate(budget.TimePeriod?.End);
  if (budget.TimeUnit !== 'MONTHLY') return start && end ? { start: start.toISOString(), end: end.toISOString() } : undefined;
  let from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  let to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  if (start && start > from && start < to) from = start;
  if (end && end < to && end > from) to = end;
  return { start: from.toISOString(), end: to.toISOString() };
}

function validDate(value: unknown): Date | undefined {
  return value instanceof Date && Number.isFinite(value.getTime()) ? value : undefined;
}
