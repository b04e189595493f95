// Spend beside each changed budget (live plans) in the JSON, Markdown and text reports.
import type { AccountSpend, Change } from '../../../src/core/model';
import { renderPlanJson } from '../../../src/core/report/json';
import { renderMarkdown } from '../../../src/core/report/markdown';
import { renderPlanText } from '../../../src/core/report/text';
import { account, evaluation } from './evaluation';

const PERIOD = { start: '2026-11-01T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z' };

function liveEvaluation(spend: Record<string, AccountSpend | undefined>) {
  const names = Object.keys(spend);
  const changes: Change[] = names.map((name) => ({
    account: name,
    action: 'update',
    fields: [{ path: 'budget.monthlyUsd', from: 500, to: 750 }],
    ...(spend[name] ? { spend: spend[name] } : {}),
  }));
  changes.push({ account: 'ship-moved', action: 'update', fields: [{ path: 'ou', from: '/Workloads/Dev', to: '/Sandbox' }, { path: 'tags.a', from: 'x', to: 'y' }] });
  return evaluation({ head: [...names, 'ship-moved'].map((n) => account(n)), changes });
}

const usd = (amount: number) => ({ amount, unit: 'USD' });

describe('spend in the reports', () => {
  const e = liveEvaluation({
    'ship-prod': { budgetInAws: true, actual: usd(412), forecast: usd(680.5), period: PERIOD },
    'ship-eu': { budgetInAws: true, actual: { amount: 380, unit: 'EUR' }, forecast: { amount: 600, unit: 'EUR' }, period: PERIOD },
    'ship-early': { budgetInAws: true, actual: usd(3.21), period: PERIOD },
    'ship-none': { budgetInAws: false },
  });

  test('JSON: spend on the change, in USD as actualUsd/forecastUsd; another unit is explicit, never labelled USD', () => {
    const changes = JSON.parse(renderPlanJson(e.plan)).changes;
    expect(changes[0].spend).toEqual({ budgetInAws: true, actualUsd: 412, forecastUsd: 680.5, period: PERIOD });
    expect(changes[1].spend).toEqual({ budgetInAws: true, actual: { amount: 380, unit: 'EUR' }, forecast: { amount: 600, unit: 'EUR' }, period: PERIOD });
    expect(JSON.stringify(changes[1].spend)).not.toMatch(/Usd/);
    expect(changes[2].spend).toEqual({ budgetInAws: true, actualUsd: 3.21, period: PERIOD });
    expect(changes[3].spend).toEqual({ budgetInAws: false });
    expect(changes[4]).not.toHaveProperty('spend');
    expect(Object.keys(changes[0])).toEqual(['account', 'action', 'fields', 'spend']);
  });

  test('Markdown: a "Spent · forecast this month" column beside the budget; accounts without a budget in AWS say so', () => {
    const md = renderMarkdown(e);
    expect(md).toContain('|Change|Account|Owner|Environment|OU|Budget USD/month|Spent · forecast this month|Other fields|');
    expect(md).toContain('|update|ship-prod|ship|dev|/Workloads/Dev|500 → 750|\\$412 · \\$680.50|');
    expect(md).toContain('|update|ship-eu|ship|dev|/Workloads/Dev|500 → 750|380 EUR · 600 EUR|');
    expect(md).toContain('|update|ship-early|ship|dev|/Workloads/Dev|500 → 750|\\$3.21 · no forecast|');
    expect(md).toContain('|update|ship-none|ship|dev|/Workloads/Dev|500 → 750|no budget in AWS|');
    // A change without a budget change keeps its other fields in the last column.
    expect(md).toContain('|update|ship-moved|ship|dev|/Workloads/Dev → /Sandbox|500||tags.a|');
  });

  test('Markdown without live spend keeps the plain table', () => {
    const md = renderMarkdown(liveEvaluation({ 'ship-prod': undefined }));
    expect(md).toContain('|Change|Account|Owner|Environment|OU|Budget USD/month|Other fields|');
    expect(md).not.toContain('Spent · forecast this month');
  });

  test('a unit from AWS is escaped like any other text', () => {
    const md = renderMarkdown(liveEvaluation({ 'ship-x': { budgetInAws: true, actual: { amount: 1, unit: '<img src=x>|@org/team' } } }));
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/(^|[^\u200d])@org/m);
    const row = md.split('\n').find((l) => l.startsWith('|update|ship-x|'))!;
    expect(row.split(/(?<!\\)\|/)).toHaveLength(9);
  });

  test('text: the spend after the change', () => {
    const out = renderPlanText(e.plan);
    expect(out).toContain('update   ship-prod  budget.monthlyUsd: 500 -> 750  spent · forecast this month: $412 · $680.50');
    expect(out).toContain('update   ship-none  budget.monthlyUsd: 500 -> 750  spent · forecast this month: no budget in AWS');
  });
});
