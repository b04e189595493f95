import { catalogYaml, ruleFindings } from '../../support/catalog';

const account = (name: string, email: string) => `\n  - name: ${name}\n    email: ${email}\n    owner: ship\n    environment: dev\n    ou: /Workloads/Dev`;

describe('account-email-unique', () => {
  test('distinct emails pass', () => {
    expect(ruleFindings('account-email-unique', catalogYaml())).toEqual([]);
  });

  test('emails differing only in case are reported at both places', () => {
    const findings = ruleFindings('account-email-unique', catalogYaml({ accounts: account('ship-dev', 'AWS+Ship@acme.com') + account('ship-dev2', 'aws+ship@acme.com') }));
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'account-email-unique', severity: 'error', line: 15, account: 'ship-dev' }),
      expect.objectContaining({ rule: 'account-email-unique', severity: 'error', line: 20, account: 'ship-dev2' }),
    ]);
    expect(findings[0].message).toBe('Account "ship-dev": root email "AWS+Ship@acme.com" is also used by the account at catalog.yaml:20 (emails are compared case-insensitively): give each account its own root email.');
    expect(findings[1].message).toContain('catalog.yaml:15');
  });
});
