import { catalogYaml, ruleFindings } from '../../support/catalog';

const withBudget = (budget: string, teams?: string) => catalogYaml({
  ...(teams !== undefined ? { teams } : {}),
  accounts: `\n  - name: ship-dev\n    email: a1@acme.com\n    owner: ship\n    environment: dev\n    ou: /Workloads/Dev\n    budget:${budget}`,
});

describe('budget-alerts', () => {
  test('defaults (3 alerts to the owner team email) pass', () => {
    expect(ruleFindings('budget-alerts', catalogYaml())).toEqual([]);
  });

  test('5 alerts and 10 recipients pass', () => {
    const alerts = [1, 50, 100, 500, 1000].map((p) => `{ percent: ${p} }`).join(', ');
    const recipients = Array.from({ length: 10 }, (_, i) => `r${i}@acme.com`).join(', ');
    expect(ruleFindings('budget-alerts', withBudget(`\n      alerts: [${alerts}]\n      recipients: [${recipients}]`))).toEqual([]);
  });

  test('6 alerts is an error at alerts', () => {
    const alerts = [10, 20, 30, 40, 50, 60].map((p) => `{ percent: ${p} }`).join(', ');
    const findings = ruleFindings('budget-alerts', withBudget(`\n      alerts: [${alerts}]`));
    expect(findings).toEqual([expect.objectContaining({ rule: 'budget-alerts', severity: 'error', line: 20, account: 'ship-dev' })]);
    expect(findings[0].message).toBe('Account "ship-dev": budget.alerts has 6 alerts; AWS Budgets allows 1-5 per budget: remove some.');
  });

  test('an empty alert list is an error', () => {
    expect(ruleFindings('budget-alerts', withBudget('\n      alerts: []'))[0].message).toContain('has 0 alerts');
  });

  test.each(['0', '1001', '1e309'])('percent %s is an error at the percent', (percent) => {
    const findings = ruleFindings('budget-alerts', withBudget(`\n      alerts:\n        - percent: ${percent}`));
    expect(findings).toEqual([expect.objectContaining({ line: 21, column: 11 })]);
    expect(findings[0].message).toContain('use a threshold from 1 to 1000 percent');
  });

  test('a repeated alert is an error', () => {
    expect(ruleFindings('budget-alerts', withBudget('\n      alerts: [{ percent: 80 }, { percent: 80, type: actual }]'))[0].message).toContain('repeats the actual alert at 80 %');
  });

  test('wrong types are schema findings only', () => {
    const yaml = withBudget('\n      alerts: [{ percent: "80" }]\n      recipients: ops@acme.com');
    expect(ruleFindings('budget-alerts', yaml)).toEqual([]);
    expect(ruleFindings('schema', yaml).map((f) => f.line)).toEqual([20, 21]);
  });

  test('an unknown alert type is a schema error with a did-you-mean', () => {
    const yaml = withBudget('\n      alerts: [{ percent: 80, type: forcasted }]');
    expect(ruleFindings('budget-alerts', yaml)).toEqual([]);
    expect(ruleFindings('schema', yaml)[0].message).toContain('did you mean "forecasted"?');
  });

  test('11 recipients, a bad one and a duplicate are errors', () => {
    const recipients = Array.from({ length: 11 }, (_, i) => `r${i}@acme.com`).join(', ');
    expect(ruleFindings('budget-alerts', withBudget(`\n      recipients: [${recipients}]`))[0].message).toContain('allows 1-10 email subscribers');
    const bad = ruleFindings('budget-alerts', withBudget('\n      recipients: [ok@acme.com, "not an email", OK@acme.com]'));
    expect(bad.map((f) => f.message)).toEqual([
      'Account "ship-dev": budget recipient "not an email" contains whitespace: remove it (no spaces or " \' ( ) < > [ ] : ; , \\ | % &).',
      'Account "ship-dev": budget recipient "OK@acme.com" is listed twice: remove the duplicate.',
    ]);
    expect(ruleFindings('budget-alerts', withBudget('\n      recipients: []'))[0].message).toContain('has 0 addresses');
  });

  test('without recipients and without a team email there is no one to alert', () => {
    const findings = ruleFindings('budget-alerts', withBudget(' {}', '\n  ship: { github: acme/ship }'));
    expect(findings[0].message).toBe('Account "ship-dev": budget alerts have no recipient: set budget.recipients, or give team "ship" an email.');
  });

  test('a bad team email used as the default recipient is reported once, at the team', () => {
    const yaml = catalogYaml({ teams: '\n  ship:\n    email: ship-at-acme' });
    const findings = ruleFindings('budget-alerts', yaml);
    expect(findings).toEqual([expect.objectContaining({ line: 7, message: 'Team "ship": email "ship-at-acme" (the default budget alert recipient) must contain exactly one "@", it has 0.' })]);
    expect(findings[0].account).toBeUndefined();
  });
});
