import { catalogYaml, ruleFindings } from '../../support/catalog';

const account = (name: string, id: string) => `\n  - name: ${name}\n    email: ${name}@acme.com\n    owner: ship\n    environment: dev\n    ou: /Workloads/Dev\n    id: ${id}`;

describe('account-id-format', () => {
  test('12 quoted digits pass; no id passes', () => {
    expect(ruleFindings('account-id-format', catalogYaml())).toEqual([]);
  });

  test.each(['"12345678901"', '"1234567890123"', '"12345678901a"', '" 123456789012"', '"１２３４５６７８９０１２"'])('id %s is an error', (id) => {
    const findings = ruleFindings('account-id-format', catalogYaml({ accounts: account('ship-dev', id) }));
    expect(findings).toEqual([expect.objectContaining({ rule: 'account-id-format', severity: 'error', line: 19, account: 'ship-dev' })]);
    expect(findings[0].message).toContain('is not an AWS account id: write exactly 12 digits in quotes');
  });

  test('an unquoted id is a schema error; its digits are still checked', () => {
    const yaml = catalogYaml({ accounts: account('ship-dev', '012345678901') });
    expect(ruleFindings('schema', yaml)[0].message).toContain('Put the account id in quotes');
    expect(ruleFindings('account-id-format', yaml)[0].message).toContain('"12345678901"');
  });

  test('a shared id is reported at both places', () => {
    const findings = ruleFindings('account-id-format', catalogYaml({ accounts: account('ship-dev', '"222222222222"') + account('ship-qa', '"222222222222"') }));
    expect(findings.map((f) => [f.account, f.line])).toEqual([['ship-dev', 19], ['ship-qa', 25]]);
    expect(findings[0].message).toContain('is also used by the account at catalog.yaml:25');
    expect(findings[1].message).toContain('catalog.yaml:19');
  });
});
