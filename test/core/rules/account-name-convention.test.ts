import { catalogYaml, ruleFindings } from '../../support/catalog';

const account = (name: string, environment = 'dev', extra = '') =>
  `\n  - name: ${JSON.stringify(name)}\n    email: ${name.replace(/[^a-z0-9]/gi, '')}x@acme.com\n    owner: ship\n    environment: ${environment}\n    ou: /Workloads/Dev${extra}`;

describe('account-name-convention', () => {
  test('kebab-case names pass the default pattern', () => {
    expect(ruleFindings('account-name-convention', catalogYaml())).toEqual([]);
  });

  test('a name that is not kebab-case is an error naming the account and the fix', () => {
    const findings = ruleFindings('account-name-convention', catalogYaml({ accounts: account('Ship_Dev') }));
    expect(findings).toEqual([expect.objectContaining({ rule: 'account-name-convention', severity: 'error', file: 'catalog.yaml', line: 14, account: 'Ship_Dev' })]);
    expect(findings[0].message).toBe('Account name "Ship_Dev" does not match the naming pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$": rename it in lower-case kebab-case, e.g. ship-dev.');
  });

  test('the pattern must match the whole name', () => {
    const yaml = catalogYaml({ organization: '\n  naming: { pattern: "[a-z]+" }', accounts: account('ship-dev') });
    expect(ruleFindings('account-name-convention', yaml)).toHaveLength(1);
  });

  test('environmentSuffix requires -<environment>', () => {
    const yaml = catalogYaml({ organization: '\n  naming: { environmentSuffix: true }', accounts: account('ship-dev') + account('ship', 'prod') });
    const findings = ruleFindings('account-name-convention', yaml);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ account: 'ship', line: 18 });
    expect(findings[0].message).toContain('must end in "-prod"');
  });

  test('environmentSuffix is off by default', () => {
    expect(ruleFindings('account-name-convention', catalogYaml({ accounts: account('ship', 'prod') }))).toEqual([]);
  });

  test('an invalid pattern is one finding at the pattern', () => {
    const yaml = catalogYaml({ organization: '\n  naming:\n    pattern: "([a-z"', accounts: account('ship-dev') });
    const findings = ruleFindings('account-name-convention', yaml);
    expect(findings).toEqual([expect.objectContaining({ line: 4, severity: 'error' })]);
    expect(findings[0].message).toContain('is not a valid regular expression');
  });

  test('names AWS rejects anyway and closed accounts are left to other rules', () => {
    const yaml = catalogYaml({ accounts: account('<Bad>') + account('Old_Name', 'dev', '\n    state: closed') });
    expect(ruleFindings('account-name-convention', yaml)).toEqual([]);
  });

  test('commonly lowered to a warning by policy.rules', () => {
    const yaml = catalogYaml({ policy: '\n  rules: { account-name-convention: warn }', accounts: account('Ship_Dev') });
    expect(ruleFindings('account-name-convention', yaml).map((f) => f.severity)).toEqual(['warning']);
  });

  test('the base branch policy decides the severity, not the head', () => {
    const head = catalogYaml({ policy: '\n  rules: { account-name-convention: "off" }', accounts: account('Ship_Dev') });
    const base = catalogYaml({ accounts: account('Ship_Dev') });
    expect(ruleFindings('account-name-convention', head, { base }).map((f) => f.severity)).toEqual(['error']);
  });
});
