import { catalogYaml, ruleFindings } from '../../support/catalog';

const withBudget = (budget: string) => catalogYaml({ accounts: `\n  - name: ship-dev\n    email: a1@acme.com\n    owner: ship\n    environment: dev\n    ou: /Workloads/Dev\n    budget:\n      monthlyUsd: ${budget}` });

describe('budget-amount', () => {
  test.each(['0.01', '500', '1000000'])('%s passes', (amount) => {
    expect(ruleFindings('budget-amount', withBudget(amount))).toEqual([]);
  });

  test.each([
    ['0', 'is 0: it must be greater than 0'],
    ['-5', 'is -5: it must be greater than 0'],
    ['1000000.01', 'the maximum is 1,000,000'],
    ['1e309', 'is not a finite number (Infinity)'],
    ['.nan', 'is not a finite number (NaN)'],
    ['-.inf', 'is not a finite number (-Infinity)'],
  ])('%s is an error', (amount, phrase) => {
    const yaml = withBudget(amount);
    const findings = ruleFindings('budget-amount', yaml);
    expect(findings).toEqual([expect.objectContaining({ rule: 'budget-amount', severity: 'error', file: 'catalog.yaml', line: 20, column: 7, account: 'ship-dev' })]);
    expect(findings[0].message).toContain(phrase);
    expect(findings[0].message).toContain('Set a monthly budget in USD between 0.01 and 1,000,000.');
    // One problem, one finding: the schema rule leaves the range to this rule.
    expect(ruleFindings('schema', yaml)).toEqual([]);
  });

  test('"500" in quotes is a schema error (drop the quotes), not a budget-amount one', () => {
    const yaml = withBudget('"500"');
    expect(ruleFindings('budget-amount', yaml)).toEqual([]);
    expect(ruleFindings('schema', yaml)).toEqual([expect.objectContaining({ line: 20, message: 'Account "ship-dev": budget.monthlyUsd must be a number, not the text "500". Drop the quotes.' })]);
  });

  test('the default budget comes from policy.budget.defaultMonthlyUsd', () => {
    const yaml = catalogYaml({ policy: '\n  budget: { defaultMonthlyUsd: 250 }' });
    expect(ruleFindings('budget-amount', yaml)).toEqual([]);
  });
});
