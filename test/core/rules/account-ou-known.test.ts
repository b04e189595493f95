import { ouPathProblem } from '../../../src/core/rules/account-ou-known';
import { catalogYaml, ruleFindings } from '../../support/catalog';

const withOu = (ou: string, list = '[/Workloads, /Workloads/Dev, /Workloads/Prod, /Sandbox]') =>
  catalogYaml({ organizationalUnits: list, accounts: `\n  - name: ship-dev\n    email: a1@acme.com\n    owner: ship\n    environment: dev${ou}` });

describe('account-ou-known', () => {
  test('a declared OU passes', () => {
    expect(ruleFindings('account-ou-known', withOu('\n    ou: /Workloads/Dev'))).toEqual([]);
  });

  test('an undeclared OU is an error with a did-you-mean', () => {
    const findings = ruleFindings('account-ou-known', withOu('\n    ou: /Workloads/dev'));
    expect(findings).toEqual([expect.objectContaining({ rule: 'account-ou-known', severity: 'error', line: 18, column: 5, account: 'ship-dev' })]);
    expect(findings[0].message).toBe('Account "ship-dev": ou "/Workloads/dev" is not declared in organizationalUnits: did you mean "/Workloads/Dev"?');
  });

  test('a missing ou is reported by this rule', () => {
    expect(ruleFindings('account-ou-known', withOu(''))[0].message).toContain('ou is not set');
  });

  test('each OU name is 1-128 characters, in the accounts and in the declared list', () => {
    const long = `/${'x'.repeat(129)}`;
    const findings = ruleFindings('account-ou-known', withOu(`\n    ou: /Workloads${long}`, `[/Workloads, "${long}", /A//B]`));
    expect(findings.map((f) => f.line)).toEqual([12, 12, 18]);
    expect(findings[0].message).toContain('has an OU name of 129 characters: AWS allows 1-128');
    expect(findings[1].message).toContain('empty OU name');
    expect(findings[2].message).toContain('has an OU name of 129 characters');
  });

  test.each([
    ['/', undefined],
    ['/Workloads/Dev', undefined],
    [`/${'x'.repeat(128)}`, undefined],
    ['Workloads', 'must be a path from the root'],
    ['/Workloads/', 'empty OU name'],
    ['//Workloads', 'empty OU name'],
  ])('OU path %s', (ou, problem) => {
    if (problem === undefined) expect(ouPathProblem(ou)).toBeUndefined();
    else expect(ouPathProblem(ou)).toContain(problem);
  });
});
