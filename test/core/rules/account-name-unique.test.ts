import { catalogYaml, ruleFindings } from '../../support/catalog';

const account = (name: string, email: string) => `\n  - name: ${name}\n    email: ${email}\n    owner: ship\n    environment: dev\n    ou: /Workloads/Dev`;

describe('account-name-unique', () => {
  test('distinct names pass', () => {
    expect(ruleFindings('account-name-unique', catalogYaml())).toEqual([]);
  });

  test('names differing only in case are reported at both places, each naming the other', () => {
    const findings = ruleFindings('account-name-unique', catalogYaml({ accounts: account('ship-dev', 'a1@acme.com') + account('Ship-Dev', 'a2@acme.com') }));
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'account-name-unique', severity: 'error', file: 'catalog.yaml', line: 14, account: 'ship-dev' }),
      expect.objectContaining({ rule: 'account-name-unique', severity: 'error', file: 'catalog.yaml', line: 19, account: 'Ship-Dev' }),
    ]);
    expect(findings[0].message).toContain('also used by the account at catalog.yaml:19');
    expect(findings[1].message).toContain('also used by the account at catalog.yaml:14');
    expect(findings[0].message).toContain('give each account its own name');
  });

  test('duplicates across the files of a directory name the other file', () => {
    const files = {
      'catalog/main.yaml': catalogYaml({ accounts: account('ship-dev', 'a1@acme.com') }),
      'catalog/ship.yaml': `accounts:${account('ship-dev', 'a2@acme.com')}\n`,
    };
    const findings = ruleFindings('account-name-unique', files);
    expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual(['catalog/main.yaml:14', 'catalog/ship.yaml:2']);
    expect(findings[0].message).toContain('catalog/ship.yaml:2');
    expect(findings[1].message).toContain('catalog/main.yaml:14');
  });
});
