import { catalogYaml, ruleFindings } from '../../support/catalog';

const account = (environment: string) => `\n  - name: ship-x\n    email: a1@acme.com\n    owner: ship\n    ou: /Workloads/Dev${environment}`;

describe('account-environment-known', () => {
  test('dev, staging and prod are declared by default', () => {
    for (const env of ['dev', 'staging', 'prod']) expect(ruleFindings('account-environment-known', catalogYaml({ accounts: account(`\n    environment: ${env}`) }))).toEqual([]);
  });

  test('an undeclared environment is an error with a did-you-mean', () => {
    const findings = ruleFindings('account-environment-known', catalogYaml({ accounts: account('\n    environment: production') }));
    expect(findings).toEqual([expect.objectContaining({ rule: 'account-environment-known', severity: 'error', line: 18, account: 'ship-x' })]);
    expect(findings[0].message).toBe('Account "ship-x": environment "production" is not declared in environments: use one of environments (declared: "dev", "staging", "prod"), or declare it in environments.');
  });

  test('declared environments replace the defaults', () => {
    const yaml = catalogYaml({ environments: '\n  sandbox: { production: false }', accounts: account('\n    environment: dev') });
    expect(ruleFindings('account-environment-known', yaml)[0].message).toContain('(declared: "sandbox")');
    const ok = catalogYaml({ environments: '\n  sandbox: { production: false }', accounts: account('\n    environment: sandbox') });
    expect(ruleFindings('account-environment-known', ok)).toEqual([]);
  });

  test('a missing environment is reported by this rule', () => {
    expect(ruleFindings('account-environment-known', catalogYaml({ accounts: account('') }))[0].message).toContain('environment is not set');
  });
});
