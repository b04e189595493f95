import { ruleFindings } from '../../support/catalog';
import { catalogYaml } from '../../support/catalog';

const account = (id: string, email = 'aws+ship-dev@acme.com') =>
  catalogYaml({ accounts: `\n  - name: ship-dev\n    email: ${email}\n    owner: ship\n    environment: dev\n    ou: /Workloads/Dev${id}` });

describe('account-id-removed', () => {
  test('dropping the id an account had in the base is a warning at the entry, saying it will match by email', () => {
    const findings = ruleFindings('account-id-removed', account(''), { base: account('\n    id: "222222222222"') });
    expect(findings).toEqual([
      {
        rule: 'account-id-removed',
        severity: 'warning',
        file: 'catalog.yaml',
        line: 14,
        column: 5,
        account: 'ship-dev',
        message:
          'Account "ship-dev": its id "222222222222" was removed, so the entry will be matched to AWS by its root email "aws+ship-dev@acme.com" instead. ' +
          'If that email changes later, the plan sees a new account to create and this one removed, and live mode takes whichever AWS account has the email. ' +
          'Keep id: "222222222222" unless this entry now describes another account.',
      },
    ]);
  });

  test('keeping, adding or changing nothing about the id passes; so does plain validate', () => {
    const withId = account('\n    id: "222222222222"');
    expect(ruleFindings('account-id-removed', withId, { base: withId })).toEqual([]);
    expect(ruleFindings('account-id-removed', withId, { base: account('') })).toEqual([]);
    expect(ruleFindings('account-id-removed', account(''), { base: account('') })).toEqual([]);
    expect(ruleFindings('account-id-removed', account(''))).toEqual([]);
    // The id kept while the email changes: still the same account, nothing to warn about.
    expect(ruleFindings('account-id-removed', account('\n    id: "222222222222"', 'aws+ship-new@acme.com'), { base: withId })).toEqual([]);
  });

  test('an id dropped together with the email is a removal and a new account, which account-removed reports', () => {
    const head = account('', 'aws+other@acme.com');
    expect(ruleFindings('account-id-removed', head, { base: account('\n    id: "222222222222"') })).toEqual([]);
    expect(ruleFindings('account-removed', head, { base: account('\n    id: "222222222222"') })).toHaveLength(1);
  });
});
