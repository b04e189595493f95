import { catalogYaml, ruleFindings } from '../../support/catalog';

const accounts = (email: string) => `\n  - name: ship-dev\n    email: ${email}\n    owner: ship\n    environment: dev\n    ou: /Workloads/Dev`;

describe('account-email-domain', () => {
  test('an allowed domain passes, case-insensitively', () => {
    expect(ruleFindings('account-email-domain', catalogYaml({ accounts: accounts('aws+x@ACME.com') }))).toEqual([]);
  });

  test('another domain is an error that names the allowed ones', () => {
    const findings = ruleFindings('account-email-domain', catalogYaml({ accounts: accounts('aws+x@evil.com') }));
    expect(findings).toEqual([expect.objectContaining({ rule: 'account-email-domain', severity: 'error', line: 15, account: 'ship-dev' })]);
    expect(findings[0].message).toBe('Account "ship-dev": root email "aws+x@evil.com" is not in an allowed domain ("acme.com"): use an address in one of them, or add the domain to organization.allowedEmailDomains.');
  });

  test('a subdomain is not the domain', () => {
    expect(ruleFindings('account-email-domain', catalogYaml({ accounts: accounts('x@aws.acme.com') }))).toHaveLength(1);
  });

  test('without allowedEmailDomains any domain passes', () => {
    expect(ruleFindings('account-email-domain', catalogYaml({ organization: '{}', accounts: accounts('x@evil.com') }))).toEqual([]);
  });
});
