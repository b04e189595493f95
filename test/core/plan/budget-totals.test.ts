import { evaluate } from '../../../src/core/engine';
import { budgetTotals } from '../../../src/core/plan/budget-totals';
import { describeBudgetTotals } from '../../../src/core/report/budget-text';
import { renderPlanJson } from '../../../src/core/report/json';
import { renderMarkdown } from '../../../src/core/report/markdown';
import { renderPlanText } from '../../../src/core/report/text';
import { catalogYaml, loadYaml } from '../../support/catalog';
import { catalog, DEFAULT_POLICY } from './builders';

const base = catalog({
  accounts: [
    { name: 'ship-prod', id: '222222222222', budget: { monthlyUsd: 500 } },
    { name: 'ship-dev', id: '333333333333', budget: { monthlyUsd: 200 } },
    { name: 'ship-old', id: '444444444444', budget: { monthlyUsd: 100 } },
    { name: 'ship-gone', id: '555555555555', state: 'closed', budget: { monthlyUsd: 300 } },
  ],
});

describe('budgetTotals (pure)', () => {
  test('a raise, a new account and a closing: each counted, and the total is the head active accounts', () => {
    const head = catalog({
      accounts: [
        { name: 'ship-prod', id: '222222222222', budget: { monthlyUsd: 750 } },
        { name: 'ship-dev', id: '333333333333', budget: { monthlyUsd: 200 } },
        { name: 'ship-old', id: '444444444444', state: 'closed', budget: { monthlyUsd: 100 } },
        { name: 'ship-gone', id: '555555555555', state: 'closed', budget: { monthlyUsd: 300 } },
        { name: 'ship-new', budget: { monthlyUsd: 200 } },
      ],
    });
    const totals = budgetTotals(base, head);
    expect(totals.changes).toEqual([
      { account: 'ship-prod', kind: 'raise', fromUsd: 500, toUsd: 750, deltaUsd: 250 },
      { account: 'ship-old', kind: 'close', fromUsd: 100, deltaUsd: -100 },
      { account: 'ship-new', kind: 'new', toUsd: 200, deltaUsd: 200 },
    ]);
    expect(totals.deltaUsd).toBe(350);
    expect(totals.totalUsd).toBe(750 + 200 + 200);
    expect(describeBudgetTotals(totals)).toBe('+$350/month in total: 1 raise (+$250), 1 new account ($200), 1 closing (\u2212$100)');
  });

  test('a re-opened account (closed -> active) adds its budget; a lowered budget removes the difference', () => {
    const head = catalog({
      accounts: [
        { name: 'ship-prod', id: '222222222222', budget: { monthlyUsd: 450.5 } },
        { name: 'ship-dev', id: '333333333333', budget: { monthlyUsd: 200 } },
        { name: 'ship-old', id: '444444444444', budget: { monthlyUsd: 100 } },
        { name: 'ship-gone', id: '555555555555', budget: { monthlyUsd: 300 } },
      ],
    });
    const totals = budgetTotals(base, head);
    expect(totals.changes).toEqual([
      { account: 'ship-prod', kind: 'lower', fromUsd: 500, toUsd: 450.5, deltaUsd: -49.5 },
      { account: 'ship-gone', kind: 'reopen', toUsd: 300, deltaUsd: 300 },
    ]);
    expect(totals.deltaUsd).toBe(250.5);
    expect(describeBudgetTotals(totals)).toBe('+$250.50/month in total: 1 cut (\u2212$49.50), 1 re-opened account ($300)');
  });

  test('an account removed from head counts as a closing; a closed account changing its budget counts nothing', () => {
    const head = catalog({
      accounts: [
        { name: 'ship-prod', id: '222222222222', budget: { monthlyUsd: 500 } },
        { name: 'ship-dev', id: '333333333333', budget: { monthlyUsd: 200 } },
        { name: 'ship-gone', id: '555555555555', state: 'closed', budget: { monthlyUsd: 900 } },
      ],
    });
    const totals = budgetTotals(base, head);
    expect(totals.changes).toEqual([{ account: 'ship-old', kind: 'close', fromUsd: 100, deltaUsd: -100 }]);
    expect(describeBudgetTotals(totals)).toBe('\u2212$100/month in total: 1 closing (\u2212$100)');
  });

  test('cents add up exactly, and nothing moving gives no line', () => {
    const a = catalog({ accounts: [{ name: 'a', budget: { monthlyUsd: 0.1 } }, { name: 'b', budget: { monthlyUsd: 0.2 } }] });
    expect(budgetTotals(a, a)).toEqual({ deltaUsd: 0, totalUsd: 0.3, changes: [] });
    expect(describeBudgetTotals(budgetTotals(a, a))).toBeUndefined();
    const b = catalog({ accounts: [{ name: 'a', budget: { monthlyUsd: 0.2 } }, { name: 'b', budget: { monthlyUsd: 0.1 } }] });
    const totals = budgetTotals(a, b);
    expect(totals.deltaUsd).toBe(0);
    expect(describeBudgetTotals(totals)).toBe('$0/month in total: 1 raise (+$0.10), 1 cut (\u2212$0.10)');
  });

  test('without a base nothing changes; the total is still the head active accounts', () => {
    expect(budgetTotals(undefined, base)).toEqual({ deltaUsd: 0, totalUsd: 800, changes: [] });
  });

  test('an amount that is not a finite number (a budget-amount error) is left out, never NaN or Infinity', () => {
    const head = catalog({ accounts: [{ name: 'ship-prod', id: '222222222222', budget: { monthlyUsd: Infinity } }, { name: 'ship-dev', id: '333333333333', budget: { monthlyUsd: 200 } }] });
    const totals = budgetTotals(base, head);
    expect(totals.changes.map((c) => c.account)).toEqual(['ship-old']);
    expect(totals.totalUsd).toBe(200);
  });
});

// Through the real loader: budgets without monthlyUsd take policy.budget.defaultMonthlyUsd of their own side.
const account = (name: string, extra = '') => `\n  - name: ${name}\n    email: aws+${name}@acme.com\n    owner: ship\n    environment: dev\n    ou: /Workloads/Dev${extra}`;
const yaml = (accounts: string, defaultUsd?: number) =>
  catalogYaml({ accounts, ...(defaultUsd ? { policy: `\n  budget:\n    defaultMonthlyUsd: ${defaultUsd}` } : {}) });

describe('budget totals in the plan (JSON, Markdown, text)', () => {
  test('default budgets count: a new account without a budget adds the default, and a new default moves every account using it', () => {
    const before = loadYaml(yaml(account('ship-dev') + account('ship-qa', '\n    budget: { monthlyUsd: 50 }'), 300));
    const after = loadYaml(yaml(account('ship-dev') + account('ship-qa', '\n    budget: { monthlyUsd: 50 }') + account('ship-new'), 400));
    const { plan } = evaluate({ base: before, head: after });
    expect(plan.summary).toMatchObject({ budgetDeltaUsd: 100 + 400, budgetTotalUsd: 400 + 50 + 400 });
    expect(plan.budget!.changes).toEqual([
      { account: 'ship-dev', kind: 'raise', fromUsd: 300, toUsd: 400, deltaUsd: 100 },
      { account: 'ship-new', kind: 'new', toUsd: 400, deltaUsd: 400 },
    ]);
    const json = JSON.parse(renderPlanJson(plan));
    expect(json.summary).toEqual({ create: 1, update: 1, close: 0, errors: plan.summary.errors, warnings: plan.summary.warnings, budgetDeltaUsd: 500, budgetTotalUsd: 850 });
    expect(renderPlanText(plan)).toContain('Budgets: +$500/month in total: 1 raise (+$100), 1 new account ($400). All active accounts after the change: $850/month.');
    const md = renderMarkdown(evaluate({ base: before, head: after }));
    expect(md).toContain('💰 **+\\$500/month in total:** 1 raise (+\\$100), 1 new account (\\$400) · all active accounts after the change: \\$850/month');
    // The line sits in the verdict area, before the changes table.
    expect(md.indexOf('💰')).toBeLessThan(md.indexOf('|Change|'));
  });

  test('validate (no base) has no budget line but reports the head total', () => {
    const { plan } = evaluate({ head: loadYaml(yaml(account('ship-dev'))) });
    expect(plan.summary).toMatchObject({ budgetDeltaUsd: 0, budgetTotalUsd: DEFAULT_POLICY.budget.defaultMonthlyUsd });
    expect(renderPlanText(plan)).not.toContain('Budgets:');
  });
});
