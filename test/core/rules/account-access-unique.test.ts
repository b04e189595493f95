import { catalogYaml, ruleFindings } from '../../support/catalog';

const dev = (access: string) => catalogYaml({ accounts: `\n  - name: ship-dev\n    email: a1@acme.com\n    owner: ship\n    environment: dev\n    ou: /Workloads/Dev\n    access:${access}` });

describe('account-access-unique', () => {
  test('distinct assignments pass: another group, user or permission set', () => {
    expect(ruleFindings('account-access-unique', dev(`
      - { group: ship-engineers, permissionSet: PowerUserAccess }
      - { group: ship-engineers, permissionSet: ReadOnlyAccess }
      - { group: ship-admins, permissionSet: PowerUserAccess }
      - { user: ship-engineers, permissionSet: PowerUserAccess }`))).toEqual([]);
  });

  test('the same assignment twice is an error at the duplicate', () => {
    const findings = ruleFindings('account-access-unique', dev(`
      - { group: ship-engineers, permissionSet: PowerUserAccess }
      - { group: ship-admins, permissionSet: AdministratorAccess }
      - { permissionSet: PowerUserAccess, group: ship-engineers }`));
    expect(findings).toEqual([
      {
        rule: 'account-access-unique',
        severity: 'error',
        file: 'catalog.yaml',
        line: 22,
        column: 9,
        account: 'ship-dev',
        message: 'Account "ship-dev": access[2] gives group "ship-engineers" the permission set "PowerUserAccess" again: access[0] already does. Remove the duplicate.',
      },
    ]);
  });

  test('names that differ only in case are the same assignment', () => {
    const findings = ruleFindings('account-access-unique', dev(`
      - { group: Ship-Engineers, permissionSet: PowerUserAccess }
      - { group: ship-engineers, permissionSet: poweruseraccess }
      - { user: Alice, permissionSet: ReadOnlyAccess }
      - { user: alice, permissionSet: ReadOnlyAccess }`));
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [21, 'Account "ship-dev": access[1] gives group "ship-engineers" the permission set "poweruseraccess" again: access[0] already does (compared without case: AWS may treat names that differ only in case as one, and a reviewer would). Remove the duplicate.'],
      [23, 'Account "ship-dev": access[3] gives user "alice" the permission set "ReadOnlyAccess" again: access[2] already does (compared without case: AWS may treat names that differ only in case as one, and a reviewer would). Remove the duplicate.'],
    ]);
  });

  test('every repeat is reported, each pointing at the first; entries schema rejects are skipped', () => {
    const findings = ruleFindings('account-access-unique', dev(`
      - { group: g, permissionSet: P }
      - { permissionSet: P }
      - { group: g, permissionSet: P }
      - { group: g, permissionSet: P }`));
    expect(findings.map((f) => f.message.slice(0, 40))).toEqual(['Account "ship-dev": access[2] gives grou', 'Account "ship-dev": access[3] gives grou']);
    expect(findings.every((f) => f.message.includes('access[0] already does'))).toBe(true);
  });
});
