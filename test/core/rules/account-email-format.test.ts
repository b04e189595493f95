import { emailProblem } from '../../../src/core/rules/account-email-format';
import { catalogYaml, ruleFindings } from '../../support/catalog';

const withEmail = (email: string) => catalogYaml({ organization: '{}', accounts: `\n  - name: ship-dev\n    email: ${JSON.stringify(email)}\n    owner: ship\n    environment: dev\n    ou: /Workloads/Dev` });

describe('account-email-format', () => {
  test.each(['aws+ship-dev@acme.com', 'a.b@x.io', 'a!#$*/=?^_`{}~@sub.example-1.com', `${'a'.repeat(55)}@acme.com`])('%s passes', (email) => {
    expect(emailProblem(email)).toBeUndefined();
  });

  test.each([
    ['a@b.c', 'is 5 characters long'],
    [`${'a'.repeat(56)}@acme.com`, 'is 65 characters long'],
    ['ship dev@acme.com', 'contains whitespace'],
    ['ship"dev@acme.com', 'contains """'],
    ['ship<x>@acme.com', 'contains "<"'],
    ['a%b@acme.com', 'contains "%"'],
    ['a&b@acme.com', 'contains "&"'],
    ['a|b@acme.com', 'contains "|"'],
    ['shipdev.acme.com', 'exactly one "@", it has 0'],
    ['a@b@acme.com', 'exactly one "@", it has 2'],
    ['@acme.com.x', 'nothing before the "@"'],
    ['.ship@acme.com', 'may not start with a dot'],
    ['ship@acme_co.com', 'characters other than letters'],
    ['ship@localhost', 'without a dot'],
    ['ship@-acme.com', 'starts or ends with "-" or "."'],
    ['ship@acme.com.', 'starts or ends with "-" or "."'],
    ['shïp@acme.com', 'non-ASCII'],
  ])('%s is refused (%s)', (email, phrase) => {
    expect(emailProblem(email)).toContain(phrase);
  });

  test('a bad root email is an error at the email line, naming the account', () => {
    const findings = ruleFindings('account-email-format', withEmail('ship dev@acme.com'));
    expect(findings).toEqual([expect.objectContaining({ rule: 'account-email-format', severity: 'error', file: 'catalog.yaml', line: 13, column: 5, account: 'ship-dev' })]);
    expect(findings[0].message).toBe('Account "ship-dev": root email "ship dev@acme.com" contains whitespace: remove it (no spaces or " \' ( ) < > [ ] : ; , \\ | % &).');
  });

  test('a valid root email gives nothing', () => {
    expect(ruleFindings('account-email-format', withEmail('aws+ship@acme.com'))).toEqual([]);
  });
});
