import { catalogYaml, ruleFindings } from '../../support/catalog';

const prod = (access: string, extra = '') => catalogYaml({ accounts: `\n  - name: ship-prod\n    email: a1@acme.com\n    owner: ship\n    environment: prod\n    ou: /Workloads/Prod${extra}\n    access:${access}` });

describe('production-access', () => {
  test('ReadOnlyAccess on production passes', () => {
    expect(ruleFindings('production-access', prod('\n      - { group: ship-engineers, permissionSet: ReadOnlyAccess }'))).toEqual([]);
  });

  test('AdministratorAccess on production is an error at the permission set', () => {
    const findings = ruleFindings('production-access', prod('\n      - { group: ship-engineers, permissionSet: ReadOnlyAccess }\n      - { group: ship-admins, permissionSet: AdministratorAccess }'));
    expect(findings).toEqual([expect.objectContaining({ rule: 'production-access', severity: 'error', file: 'catalog.yaml', line: 21, account: 'ship-prod' })]);
    expect(findings[0].message).toBe('Account "ship-prod" is production: group "ship-admins" may not hold "AdministratorAccess" as standing access (allowed: "ReadOnlyAccess", "ViewOnlyAccess"). Use an allowed permission set, or grant it just in time instead.');
  });

  test('AdministratorAccess on a non-production account passes', () => {
    const yaml = catalogYaml({ accounts: '\n  - { name: ship-dev, email: a1@acme.com, owner: ship, environment: dev, ou: /Workloads/Dev, access: [{ user: alice, permissionSet: AdministratorAccess }] }' });
    expect(ruleFindings('production-access', yaml)).toEqual([]);
  });

  test('the base branch policy judges: a head that widens the allowed list does not approve itself', () => {
    const head = prod('\n      - { user: mallory, permissionSet: AdministratorAccess }').replace('accounts:', 'policy:\n  access: { productionStandingPermissionSets: [AdministratorAccess] }\naccounts:');
    expect(ruleFindings('production-access', head)).toEqual([]);
    const base = prod('\n      - { user: mallory, permissionSet: ReadOnlyAccess }');
    const findings = ruleFindings('production-access', head, { base });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('user "mallory" may not hold "AdministratorAccess"');
  });

  test('declared production environments count', () => {
    const yaml = catalogYaml({ environments: '\n  live: { production: true }', accounts: '\n  - { name: ship-live, email: a1@acme.com, owner: ship, environment: live, ou: /Workloads/Prod, access: [{ group: g, permissionSet: PowerUserAccess }] }' });
    expect(ruleFindings('production-access', yaml)).toHaveLength(1);
  });
});
