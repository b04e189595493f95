import { catalogYaml, ruleFindings } from '../../support/catalog';

const withOwner = (owner: string) => catalogYaml({ accounts: `\n  - name: ship-dev\n    email: a1@acme.com${owner}\n    environment: dev\n    ou: /Workloads/Dev` });

describe('account-owner-known', () => {
  test('an owner that is a team passes', () => {
    expect(ruleFindings('account-owner-known', withOwner('\n    owner: ship'))).toEqual([]);
  });

  test('an unknown owner is an error with a did-you-mean', () => {
    const findings = ruleFindings('account-owner-known', withOwner('\n    owner: shp'));
    expect(findings).toEqual([expect.objectContaining({ rule: 'account-owner-known', severity: 'error', file: 'catalog.yaml', line: 16, column: 5, account: 'ship-dev' })]);
    expect(findings[0].message).toBe('Account "ship-dev": owner "shp" is not declared in teams: did you mean "ship"?');
  });

  test('an owner far from every team lists the teams', () => {
    expect(ruleFindings('account-owner-known', withOwner('\n    owner: "@org/team"'))[0].message).toBe(
      'Account "ship-dev": owner "@org/team" is not declared in teams: use one of teams (declared: "ship", "platform"), or declare it in teams.');
  });

  test('a missing owner is reported once, by this rule, not by schema', () => {
    const yaml = withOwner('');
    expect(ruleFindings('account-owner-known', yaml)[0]).toMatchObject({ line: 14, message: 'Account "ship-dev": owner is not set: set it to one of teams (declared: "ship", "platform").' });
    expect(ruleFindings('schema', yaml)).toEqual([]);
  });

  test('a wrong-typed owner is schema\'s finding only; an unquoted number keeps its text', () => {
    const listed = withOwner('\n    owner: [ship]');
    expect(ruleFindings('account-owner-known', listed)).toEqual([]);
    expect(ruleFindings('schema', listed)).toHaveLength(1);
    const numbered = withOwner('\n    owner: 123').replace('teams:', 'teams:\n  "123": { email: t@acme.com }');
    expect(ruleFindings('account-owner-known', numbered)).toEqual([]);
    expect(ruleFindings('schema', numbered)[0].message).toContain('Put it in quotes.');
  });

  test('"constructor" or "__proto__" are not teams', () => {
    expect(ruleFindings('account-owner-known', withOwner('\n    owner: constructor'))).toHaveLength(1);
    expect(ruleFindings('account-owner-known', withOwner('\n    owner: __proto__'))).toHaveLength(1);
  });
});
