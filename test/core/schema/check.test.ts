import { evaluate } from '../../../src/core/engine';
import { catalogYaml, checkYaml, loadYaml } from '../../support/catalog';

const messages = (yaml: string | Record<string, string>) => checkYaml(yaml).findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`);

describe('the schema rule', () => {
  test('a valid catalog has no schema findings', () => {
    expect(checkYaml(catalogYaml()).findings).toEqual([]);
  });

  test('findings are errors of rule schema with file, line, column and account', () => {
    const [finding] = checkYaml(catalogYaml({ accounts: '\n  - name: ship-dev\n    emial: a@acme.com\n    owner: ship\n    environment: dev\n    ou: /Workloads/Dev' })).findings;
    expect(finding).toEqual({ rule: 'schema', severity: 'error', file: 'catalog.yaml', line: 15, column: 5, account: 'ship-dev', message: 'Account "ship-dev": unknown field "emial": did you mean "email"?' });
  });

  test('unknown fields get a did-you-mean at every level, or the allowed list', () => {
    expect(messages('version: 1\naccounts: []\norganisation: {}\npolicy:\n  budget: { defaultMonthlyUSD: 5 }\n  rules: { account-name-conventoin: warn }\nfoo: 1\n')).toEqual([
      'catalog.yaml:3:1 Unknown top-level field "organisation": did you mean "organization"?',
      'catalog.yaml:5:13 policy.budget: unknown field "defaultMonthlyUSD": did you mean "defaultMonthlyUsd"?',
      'catalog.yaml:6:12 policy.rules: unknown field "account-name-conventoin": did you mean "account-name-convention"?',
      'catalog.yaml:7:1 Unknown top-level field "foo": remove it or use one of: version, organization, environments, teams, organizationalUnits, policy, accounts.',
    ]);
  });

  test('version must be 1, a number', () => {
    expect(messages('version: 2\naccounts: []\n')).toEqual(['catalog.yaml:1:1 version must be 1, not the number 2: this tool reads catalog version 1.']);
    expect(messages('version: "1"\naccounts: []\n')).toEqual(['catalog.yaml:1:1 version must be a whole number, not the text "1". Drop the quotes.']);
    expect(messages('accounts: []\n')).toEqual(['catalog.yaml:1:1 The catalog is missing the required field "version". Add "version: 1" at the top.']);
  });

  test('an empty catalog says what is missing', () => {
    const loaded = loadYaml('');
    expect(evaluate({ head: loaded }).plan.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['schema', 'schema']);
  });

  test('enum values get a did-you-mean or the list', () => {
    expect(messages(catalogYaml({ policy: '\n  rules: { tag-format: warning, budget-alerts: of }' }))).toEqual([
      'catalog.yaml:26:12 policy.rules.tag-format is the text "warning": use one of: error, warn, off.',
      'catalog.yaml:26:33 policy.rules.budget-alerts is the text "of": did you mean "off"?',
    ]);
  });

  test('numbers in quotes and ids without quotes get a hint', () => {
    const yaml = catalogYaml({ organization: '\n  managementAccountId: 111111111111', policy: '\n  budget: { approvalThresholdUsd: "1000" }' });
    expect(messages(yaml)).toEqual([
      'catalog.yaml:3:3 organization.managementAccountId must be text, not the number 111111111111. Put the account id in quotes (an unquoted id loses leading zeros).',
      'catalog.yaml:25:13 policy.budget.approvalThresholdUsd must be a number, not the text "1000". Drop the quotes.',
    ]);
  });

  test('a value whose type comes from a YAML tag says so, instead of "drop the quotes" where there are none', () => {
    const account = (fields: string) => catalogYaml({ accounts: `\n  - name: ship-dev\n    email: aws+ship-dev@acme.com\n    owner: ship\n    environment: dev\n    ou: /Workloads/Dev\n${fields}` });
    expect(messages(account('    budget: { monthlyUsd: !!str 600 }\n    tags: { i: !!int "7", b: !!bool "true", ok: !!str fine }\n    iamUsers: !!str true'))).toEqual([
      'catalog.yaml:19:15 Account "ship-dev": budget.monthlyUsd must be a number, not the text "600" (a value tagged !!str). Remove the tag and write a plain number.',
      'catalog.yaml:20:13 Account "ship-dev": tags.i must be text, not the number 7 (a value tagged !!int). Remove the tag and write the text in quotes.',
      'catalog.yaml:20:27 Account "ship-dev": tags.b must be text, not true (a value tagged !!bool). Remove the tag and write the text in quotes.',
      'catalog.yaml:21:5 Account "ship-dev": iamUsers must be true or false, not the text "true" (a value tagged !!str). Remove the tag and write true or false.',
    ]);
    expect(messages('version: !!str 1\naccounts: []\n')).toEqual(['catalog.yaml:1:1 version must be a whole number, not the text "1" (a value tagged !!str). Remove the tag and write a plain whole number.']);
    expect(messages(account('    state: !!str 5'))).toEqual(['catalog.yaml:19:5 Account "ship-dev": state is the text "5" (a value tagged !!str): use one of: active, closed.']);
  });

  test('"drop the quotes" only for text that is a number once unquoted', () => {
    const budget = (value: string) => messages(catalogYaml({ policy: `\n  budget: { approvalThresholdUsd: ${value} }` }));
    expect(budget('"1000"')).toEqual(['catalog.yaml:26:13 policy.budget.approvalThresholdUsd must be a number, not the text "1000". Drop the quotes.']);
    expect(budget('" 1e3 "')).toEqual(['catalog.yaml:26:13 policy.budget.approvalThresholdUsd must be a number, not the text " 1e3 ". Drop the quotes.']);
    // YAML reads 0b101 as text with or without quotes (JavaScript's Number() would say 5).
    expect(budget('0b101')).toEqual(['catalog.yaml:26:13 policy.budget.approvalThresholdUsd must be a number, not the text "0b101".']);
    expect(budget('"0b101"')).toEqual(['catalog.yaml:26:13 policy.budget.approvalThresholdUsd must be a number, not the text "0b101".']);
  });

  test('value limits with their own rule are not repeated by schema; the rest are', () => {
    const owned = catalogYaml({ accounts: `\n  - name: ${'a'.repeat(51)}\n    email: "not an email"\n    owner: ship\n    environment: dev\n    ou: Workloads\n    id: "1"\n    budget: { monthlyUsd: 0, alerts: [], recipients: [] }\n    tags: { "aws:x": "<b>" }` });
    expect(messages(owned)).toEqual([]);
    const rest = catalogYaml({ organization: '\n  managementAccountId: "1234"', teams: '\n  ship: { github: "not a team", email: ship@acme.com }' });
    expect(messages(rest)).toEqual([
      'catalog.yaml:3:3 organization.managementAccountId is the text "1234": write the 12-digit account id in quotes, e.g. "111111111111".',
      'catalog.yaml:5:11 teams.ship.github is the text "not a team": write the GitHub team as org/team-slug, e.g. acme/platform.',
    ]);
  });

  test('list items get the hint of their list', () => {
    const yaml = catalogYaml({ organization: '\n  allowedEmailDomains: ["@acme.com"]', policy: '\n  budget:\n    approval: { teams: [finance] }' });
    expect(messages(yaml)).toEqual([
      'catalog.yaml:3:25 organization.allowedEmailDomains[0] is the text "@acme.com": write a domain name such as acme.com, without "@".',
      'catalog.yaml:26:25 policy.budget.approval.teams[0] is the text "finance": write each GitHub team as org/team-slug, e.g. acme/finance.',
    ]);
  });

  test('an access entry needs a group or a user', () => {
    expect(messages(catalogYaml({ accounts: '\n  - { name: a, email: a@acme.com, owner: ship, environment: dev, ou: /Sandbox, access: [{ permissionSet: ReadOnlyAccess }] }' }))).toEqual([
      'catalog.yaml:14:89 Account "a": access[0] must name a group or a user that gets the permission set: add "group: <name>" or "user: <name>".',
    ]);
  });

  test('a misspelt required field is one finding, not two', () => {
    expect(messages('version: 1\naccounts:\n  - { nmae: a, email: a@acme.com, owner: ship, environment: dev, ou: /A }\n')).toEqual([
      'catalog.yaml:3:7 Account #1 (accounts[0]): unknown field "nmae": did you mean "name"?',
    ]);
  });

  test('an empty value says what to write', () => {
    expect(messages('version: 1\nteams:\n  ship:\naccounts:\n')).toEqual([
      'catalog.yaml:3:3 teams.ship must be a mapping, not empty. Write {} for an empty mapping, or remove the key.',
      'catalog.yaml:4:1 accounts must be a list, not empty. Write [] for an empty list, or remove the key.',
    ]);
  });

  test('accounts must be a list of mappings', () => {
    expect(messages('version: 1\naccounts: { ship-dev: {} }\n')).toEqual(['catalog.yaml:2:1 accounts must be a list, not a mapping.']);
    expect(messages('version: 1\naccounts:\n  - ship-dev\n')).toEqual(['catalog.yaml:3:5 Account #1 (accounts[0]) must be a mapping, not the text "ship-dev".']);
    expect(messages('version: 1\naccounts:\n  -\n')).toEqual(['catalog.yaml:3:4 Account #1 (accounts[0]) must be a mapping, not empty. Remove the empty item or fill it in.']);
  });

  test('in a directory, each finding points at the file the node came from', () => {
    const files = {
      'catalog/main.yaml': 'version: 1\nteams: { ship: { email: ship@acme.com } }\naccounts: []\n',
      'catalog/ship.yaml': 'accounts:\n  - name: ship-dev\n    email: a@acme.com\n    owner: ship\n    environment: dev\n    ou: /A\n    budget: { monthlyUsd: "100" }\n',
    };
    expect(messages(files)).toEqual(['catalog/ship.yaml:7:15 Account "ship-dev": budget.monthlyUsd must be a number, not the text "100". Drop the quotes.']);
  });

  test('hostile text stays on one line and bounded', () => {
    const long = `${'<script>'.repeat(40)}\\n@org/team`;
    const [finding] = checkYaml(`version: 1\naccounts: []\n"${long}": 1\n`).findings;
    expect(finding.message).not.toMatch(/\n/);
    expect(finding.message.length).toBeLessThan(300);
    expect(finding.message).toContain('…');
  });

  test('policy.rules cannot silence schema', () => {
    const yaml = 'version: 1\npolicy: { rules: { schema: "off" } }\naccounts: []\n';
    const findings = evaluate({ head: loadYaml(yaml) }).plan.findings.filter((f) => f.rule === 'schema');
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', line: 2, message: expect.stringContaining('policy.rules: unknown field "schema": remove it or use one of: account-name-format,') })]);
  });

  test('10,000 accounts are checked without findings (speed is measured by npm run bench)', () => {
    const accounts = Array.from({ length: 10000 }, (_, i) => `  - { name: a-${i}, email: a${i}@acme.com, owner: ship, environment: dev, ou: /A, id: "${100000000000 + i}", tags: { k: v }, budget: { monthlyUsd: 100, alerts: [{ percent: 80 }] } }`).join('\n');
    const loaded = loadYaml(`version: 1\nteams: { ship: { email: s@acme.com } }\norganizationalUnits: [/A]\naccounts:\n${accounts}\n`);
    const checked = evaluate({ head: loaded });
    expect(checked.head.catalog.accounts).toHaveLength(10000);
    expect(checked.plan.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
