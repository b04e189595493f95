import { catalogYaml, ruleFindings } from '../../support/catalog';

const account = (environment: string, iamUsers: string) => catalogYaml({ accounts: `\n  - name: ship-${environment}\n    email: a1@acme.com\n    owner: ship\n    environment: ${environment}\n    ou: /Workloads/Prod\n    iamUsers: ${iamUsers}` });

describe('production-iam-users', () => {
  test('iamUsers false on production and true on dev pass', () => {
    expect(ruleFindings('production-iam-users', account('prod', 'false'))).toEqual([]);
    expect(ruleFindings('production-iam-users', account('dev', 'true'))).toEqual([]);
  });

  test('iamUsers true on production is an error at iamUsers', () => {
    const findings = ruleFindings('production-iam-users', account('prod', 'true'));
    expect(findings).toEqual([expect.objectContaining({ rule: 'production-iam-users', severity: 'error', file: 'catalog.yaml', line: 19, column: 5, account: 'ship-prod' })]);
    expect(findings[0].message).toBe('Account "ship-prod" is production (environment "prod"): iamUsers: true is not allowed. Remove it and use Identity Center or roles instead of long-lived IAM user credentials.');
  });

  test('"true" in quotes is a schema error and not taken as true', () => {
    const yaml = account('prod', '"true"');
    expect(ruleFindings('production-iam-users', yaml)).toEqual([]);
    expect(ruleFindings('schema', yaml)[0].message).toContain('iamUsers must be true or false, not the text "true"');
  });
});
