import type { LiveAccount, LiveOrganization, LiveSpend } from '../../../src/core/model';
import { budgetBelowForecast } from '../../../src/core/rules/budget-below-forecast';
import { budgetApproval } from '../../../src/core/rules/budget-approval';
import { catalog, pr, ruleInput } from '../plan/builders';

const PERIOD = { start: '2026-11-01T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z' };
const usd = (amount: number) => ({ amount, unit: 'USD' });

/** An organization where ship-prod (222222222222) has a catalog budget with these figures. */
function org(spend: LiveSpend | undefined, extra: Partial<LiveAccount> = {}): LiveOrganization {
  const budget = { name: 'account-catalog-222222222222', monthlyUsd: 500, alerts: [], recipients: [], ...(spend ? { spend } : {}) };
  return {
    managementAccountId: '111111111111',
    rootId: 'r-ex12',
    organizationalUnits: { '/': 'r-ex12' },
    accounts: [{ id: '222222222222', name: 'ship-prod', email: 'aws+ship-prod@acme.com', status: 'ACTIVE', ou: '/Workloads/Dev', tags: {}, budget, ...extra }],
  };
}

const base = catalog({ accounts: [{ name: 'ship-prod', id: '222222222222', budget: { monthlyUsd: 800 } }] });
const lowered = catalog({ accounts: [{ name: 'ship-prod', id: '222222222222', budget: { monthlyUsd: 500 } }] });
const input = (head = lowered, live?: LiveOrganization) => ({ ...ruleInput(head, base), ...(live ? { live } : {}) });

describe('budget-below-forecast', () => {
  test('a new budget below this month\'s forecast warns that the alerts will fire this month', () => {
    const hits = budgetBelowForecast.check(input(lowered, org({ actual: usd(412), forecast: usd(680), period: PERIOD })));
    expect(hits).toEqual([
      {
        path: ['accounts', 0, 'budget', 'monthlyUsd'],
        account: 'ship-prod',
        message:
          'Account "ship-prod": the new budget of $500/month is below this month\'s forecast of $680 ($412 spent so far), so its 80 % actual, 100 % actual, 100 % forecasted alerts will fire this month. Set the budget above $680 if this spend is expected.',
      },
    ]);
    expect(budgetBelowForecast.defaultSeverity).toBe('warning');
  });

  test('only the alerts the figures reach are named', () => {
    const hits = budgetBelowForecast.check(input(lowered, org({ actual: usd(100), forecast: usd(510) })));
    expect(hits[0].message).toContain('so its 80 % actual, 100 % actual, 100 % forecasted alerts will fire');
    const high = catalog({ accounts: [{ name: 'ship-prod', id: '222222222222', budget: { monthlyUsd: 500, alerts: [{ percent: 150, type: 'forecasted' }] } }] });
    expect(budgetBelowForecast.check(input(high, org({ forecast: usd(510) })))[0].message).toContain('so it will be exceeded this month (no alert is set low enough to fire)');
  });

  test('spend already above the new budget warns even without a forecast', () => {
    const hits = budgetBelowForecast.check(input(lowered, org({ actual: usd(720.25) })));
    expect(hits[0].message).toContain('is below the $720.25 it has already spent this month, so its 80 % actual, 100 % actual alerts will fire this month');
  });

  test('passes: a budget at or above the forecast, no change of budget, or no live organization', () => {
    expect(budgetBelowForecast.check(input(lowered, org({ actual: usd(300), forecast: usd(500) })))).toEqual([]);
    expect(budgetBelowForecast.check(input(base, org({ forecast: usd(900) })))).toEqual([]);
    expect(budgetBelowForecast.check(input(lowered))).toEqual([]);
  });

  test('figures in another unit are never compared with dollars', () => {
    expect(budgetBelowForecast.check(input(lowered, org({ actual: { amount: 900, unit: 'EUR' }, forecast: { amount: 990, unit: 'EUR' } })))).toEqual([]);
  });

  test('no budget in AWS, or a budget that was not read, says nothing', () => {
    expect(budgetBelowForecast.check(input(lowered, org(undefined, { budget: undefined })))).toEqual([]);
    expect(budgetBelowForecast.check(input(lowered, org({ forecast: usd(900) }, { tags: undefined })))).toEqual([]);
  });

  test('a closing sets no new budget: nothing to warn about', () => {
    const closed = catalog({ accounts: [{ name: 'ship-prod', id: '222222222222', state: 'closed', budget: { monthlyUsd: 500 } }] });
    expect(budgetBelowForecast.check(input(closed, org({ forecast: usd(900) })))).toEqual([]);
  });
});

describe('budget-approval in a live plan says what the account spends', () => {
  const raised = catalog({ accounts: [{ name: 'ship-prod', id: '222222222222', budget: { monthlyUsd: 1000 } }] });

  test('spent so far and forecast', () => {
    const hits = budgetApproval.check({ ...ruleInput(raised, base, pr()), live: org({ actual: usd(412), forecast: usd(680), period: PERIOD }) });
    expect(hits[0].message).toBe(
      'Account "ship-prod" raises its budget from $800 to $1,000/month, above the $500 approval threshold (spent $412 so far this month, forecast $680): it needs the `finance-approved` label, applied by a member of acme/finance or by carol.',
    );
  });

  test('an account without a budget in AWS says so; a non-USD figure keeps its unit', () => {
    expect(budgetApproval.check({ ...ruleInput(raised, base, pr()), live: org(undefined, { budget: undefined }) })[0].message).toContain(
      'above the $500 approval threshold (no budget in AWS yet):',
    );
    expect(budgetApproval.check({ ...ruleInput(raised, base, pr()), live: org({ actual: { amount: 12.5, unit: 'EUR' } }) })[0].message).toContain(
      '(spent 12.50 EUR so far this month, no forecast yet)',
    );
  });

  test('a new account not in AWS yet has no budget there', () => {
    const withNew = catalog({ accounts: [{ name: 'ship-prod', id: '222222222222', budget: { monthlyUsd: 800 } }, { name: 'ship-big', budget: { monthlyUsd: 900 } }] });
    const hits = budgetApproval.check({ ...ruleInput(withNew, base, pr()), live: org({ forecast: usd(10) }) });
    expect(hits.map((h) => h.message)).toEqual([expect.stringContaining('Account "ship-big" is new with a budget of $900/month, above the $500 approval threshold (no budget in AWS yet):')]);
  });
});
