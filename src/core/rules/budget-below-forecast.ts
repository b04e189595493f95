import type { Account, BudgetAlert, LiveSpend } from '../model';
import { budgetChange } from '../plan/budget-totals';
import { matchAccounts } from '../plan/match';
import { accountSpend, usdAmount } from '../plan/spend';
import { usd } from '../report/money';
import { quote } from '../schema/display';
import type { Rule, RuleHit } from './rule';

/**
 * Live plans: a budget the change sets (raised, cut, new or re-opened) that is below what AWS forecasts
 * for the account this month (or what it has spent already) sets its alerts off this month.
 * Only figures in USD are compared, as budgets are in USD: another unit is never converted.
 */
export const budgetBelowForecast: Rule = {
  name: 'budget-below-forecast',
  description: "A changed budget below this month's forecast spend (live plans): its alerts will fire this month.",
  defaultSeverity: 'warning',
  check(input) {
    const { base, head, live } = input;
    if (!base || !live) return [];
    const hits: RuleHit[] = [];
    for (const pair of matchAccounts(base.catalog, head.catalog)) {
      const account = pair.head;
      const change = account ? budgetChange(pair.base, account) : undefined;
      if (!account || !change || change.toUsd === undefined) continue;
      const spend = accountSpend(account, head.catalog, live);
      if (!spend?.budgetInAws) continue;
      const hit = belowSpend(account, change.toUsd, spend);
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

function belowSpend(account: Account, budget: number, spend: LiveSpend): RuleHit | undefined {
  const forecast = usdAmount(spend.forecast);
  const actual = usdAmount(spend.actual);
  const expected = Math.max(forecast ?? -Infinity, actual ?? -Infinity);
  if (!(Math.round(budget * 100) < Math.round(expected * 100))) return undefined;
  const against =
    forecast !== undefined && forecast >= (actual ?? -Infinity)
      ? `this month's forecast of ${usd(forecast)}${actual !== undefined ? ` (${usd(actual)} spent so far)` : ''}`
      : `the ${usd(actual!)} it has already spent this month`;
  const firing = firingAlerts(account.budget?.alerts ?? [], budget, forecast, actual);
  const consequence =
    firing.length > 0
      ? `so its ${firing.join(', ')} ${firing.length === 1 ? 'alert' : 'alerts'} will fire this month`
      : 'so it will be exceeded this month (no alert is set low enough to fire)';
  return {
    path: ['accounts', account.index, 'budget', 'monthlyUsd'],
    account: account.name,
    message: `Account ${quote(account.name)}: the new budget of ${usd(budget)}/month is below ${against}, ${consequence}. Set the budget above ${usd(expected)} if this spend is expected.`,
  };
}

/** "100 % forecasted", "80 % actual": alerts whose threshold this month's figures reach (actual ones by the forecast, in time). */
function firingAlerts(alerts: readonly BudgetAlert[], budget: number, forecast: number | undefined, actual: number | undefined): string[] {
  const reach = (percent: number, amount: number | undefined) => amount !== undefined && amount > (budget * percent) / 100;
  return alerts
    .filter((a) => (a.type === 'forecasted' ? reach(a.percent, forecast) : reach(a.percent, forecast) || reach(a.percent, actual)))
    .map((a) => `${a.percent} % ${a.type}`);
}
