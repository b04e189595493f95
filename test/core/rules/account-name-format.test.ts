import { catalogYaml, ruleFindings } from '../../support/catalog';

const withName = (name: string) => catalogYaml({ accounts: `\n  - name: ${JSON.stringify(name)}\n    email: a1@acme.com\n    owner: ship\n    environment: dev\n    ou: /Workloads/Dev` });

describe('account-name-format', () => {
  test('a 50-character name passes', () => {
    expect(ruleFindings('account-name-format', withName('a'.repeat(50)))).toEqual([]);
  });

  test('printable ASCII with spaces and punctuation passes', () => {
    expect(ruleFindings('account-name-format', withName('Ship Dev (legacy) #1 @acme/team'))).toEqual([]);
  });

  test('a 51-character name is an error at its line', () => {
    const findings = ruleFindings('account-name-format', withName('a'.repeat(51)));
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'account-name-format', severity: 'error', file: 'catalog.yaml', line: 14, column: 5, account: 'a'.repeat(51) }),
    ]);
    expect(findings[0].message).toContain('51 characters long, AWS allows at most 50');
  });

  test('<script> is refused and named', () => {
    const [finding] = ruleFindings('account-name-format', withName('<script>alert(1)</script>'));
    expect(finding.message).toMatch(/^Account name "<script>alert\(1\)<\/script>" contains "<": use only printable ASCII characters other than < and >\.$/);
  });

  test('non-ASCII and control characters are refused', () => {
    expect(ruleFindings('account-name-format', withName('café'))[0].message).toContain('the non-ASCII character "é" (U+00E9)');
    expect(ruleFindings('account-name-format', withName('a\tb'))[0].message).toContain('a control character (U+0009)');
  });

  test('an empty name is refused', () => {
    expect(ruleFindings('account-name-format', withName(''))[0].message).toContain('has an empty name');
  });

  test('a long name is shown truncated, on one line', () => {
    const [finding] = ruleFindings('account-name-format', withName(`${'x'.repeat(200)}\n<b>`));
    expect(finding.message).not.toContain('\n');
    expect(finding.message.length).toBeLessThan(300);
  });

  test('policy.rules can lower it to a warning or turn it off', () => {
    const warn = ruleFindings('account-name-format', withName('a'.repeat(51)).replace('accounts:', 'policy:\n  rules: { account-name-format: warn }\naccounts:'));
    expect(warn.map((f) => f.severity)).toEqual(['warning']);
    const off = ruleFindings('account-name-format', withName('a'.repeat(51)).replace('accounts:', 'policy:\n  rules: { account-name-format: "off" }\naccounts:'));
    expect(off).toEqual([]);
  });
});
