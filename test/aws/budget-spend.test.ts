// DescribeBudgets' CalculatedSpend and TimePeriod, as the SDK hands them over, into the plan's spend.
import { budgetSpend } from '../../src/aws/budget-spend';
import { money, signedUsd, usd } from '../../src/core/report/money';

const NOW = new Date('2026-12-17T09:30:00Z');
const budget = (extra: Record<string, unknown>) => ({ BudgetName: 'account-catalog-222222222222', BudgetType: 'COST' as const, TimeUnit: 'MONTHLY' as const, ...extra });
const DECEMBER = { start: '2026-12-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z' };

describe('budgetSpend', () => {
  test('actual and forecast with their units; the period is this month of the MONTHLY budget', () => {
    const spend = budgetSpend(
      budget({
        CalculatedSpend: { ActualSpend: { Amount: '412.376', Unit: 'USD' }, ForecastedSpend: { Amount: '680', Unit: 'USD' } },
        TimePeriod: { Start: new Date('2024-03-01T00:00:00Z'), End: new Date('2087-06-15T00:00:00Z') },
      }),
      NOW,
    );
    expect(spend).toEqual({ actual: { amount: 412.376, unit: 'USD' }, forecast: { amount: 680, unit: 'USD' }, period: DECEMBER });
  });

  test('a budget that starts or ends inside this month narrows the period', () => {
    const spend = budgetSpend(budget({ TimePeriod: { Start: new Date('2026-12-10T00:00:00Z'), End: new Date('2026-12-20T00:00:00Z') } }), NOW);
    expect(spend).toEqual({ period: { start: '2026-12-10T00:00:00.000Z', end: '2026-12-20T00:00:00.000Z' } });
  });

  test('another unit is kept as it is; no forecast yet is no forecast', () => {
    expect(budgetSpend(budget({ CalculatedSpend: { ActualSpend: { Amount: '380', Unit: 'EUR' } } }), NOW)).toEqual({ actual: { amount: 380, unit: 'EUR' }, period: DECEMBER });
  });

  test('an amount that is not a number, or has no unit, is dropped rather than guessed', () => {
    const spend = budgetSpend(budget({ CalculatedSpend: { ActualSpend: { Amount: 'n/a', Unit: 'USD' }, ForecastedSpend: { Amount: '12', Unit: '' } } }), NOW);
    expect(spend).toEqual({ period: DECEMBER });
  });

  test('any other time unit reports the TimePeriod as AWS gives it', () => {
    const spend = budgetSpend(budget({ TimeUnit: 'QUARTERLY', TimePeriod: { Start: new Date('2026-10-01T00:00:00Z'), End: new Date('2027-01-01T00:00:00Z') } }), NOW);
    expect(spend).toEqual({ period: { start: '2026-10-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z' } });
    expect(budgetSpend(budget({ TimeUnit: 'QUARTERLY' }), NOW)).toBeUndefined();
  });
});

describe('money', () => {
  test('dollars grouped, cents when there are any, a real minus sign', () => {
    expect(usd(1234)).toBe('$1,234');
    expect(usd(1234.5)).toBe('$1,234.50');
    expect(usd(0.004)).toBe('$0');
    expect(usd(-12.3)).toBe('\u2212$12.30');
    expect(signedUsd(250)).toBe('+$250');
    expect(signedUsd(-100)).toBe('\u2212$100');
    expect(signedUsd(0)).toBe('$0');
    expect(money({ amount: 1234.5, unit: 'EUR' })).toBe('1,234.50 EUR');
  });
});
