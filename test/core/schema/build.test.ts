import { DEFAULT_ALERTS, DEFAULT_ENVIRONMENTS, DEFAULT_POLICY } from '../../../src/core/schema/build';
import { checkYaml } from '../../support/catalog';

const MESSAGES = [
  "Account \"ship-dev\": owner must be text, not a list.",
  "Account \"ship-dev\": environment must be text, not the number 5. Put it in quotes.",
  "Account \"ship-dev\": ou must be text, not a mapping.",
  "Account \"ship-dev\": state is the text \"Closed\": did you mean \"closed\"?",
  "Account \"ship-dev\": budget must be a mapping, not the text \"500\".",
  "Account \"ship-dev\": tags must be a mapping, not a list.",
  "Account \"ship-dev\": access must be a list, not the text \"yes\".",
  "Account \"ship-dev\": iamUsers must be true or false, not the text \"true\". Drop the quotes.",
  "Account \"ship-dev\": id must be text, not the number 12. Put the account id in quotes (an unquoted id loses leading zeros).",
  "Account \"second\": budget.monthlyUsd must be a number, not the text \"500\". Drop the quotes.",
  "Account \"second\": budget.alerts must be a list, not the text \"80\".",
  "Account \"second\": budget.recipients must be a list, not the text \"x@acme.com\". Write it as a list, e.g. [\"x@acme.com\"].",
  "Account \"second\": tags.n must be text, not the number 1. Put it in quotes.",
  "Account \"second\": tags.b must be text, not true. Put it in quotes.",
  "Account \"second\": tags.list must be text, not a list.",
  "Account \"second\": access[0] is missing the required field \"permissionSet\". Add permissionSet.",
];

describe('typed catalog defaults (spec section 2)', () => {
  const minimal = checkYaml('version: 1\nteams: { ship: { email: ship@acme.com } }\naccounts:\n  - { name: ship-dev, email: a@acme.com, owner: ship, environment: dev, ou: /Dev }\n');

  test('a minimal catalog has no schema findings', () => {
    expect(minimal.findings).toEqual([]);
  });

  test('organization, environments and policy defaults', () => {
    const c = minimal.catalog;
    expect(c.organization).toEqual({ naming: { pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', environmentSuffix: false } });
    expect(c.environments).toEqual({ dev: { production: false }, staging: { production: false }, prod: { production: true } });
    expect(c.environments).toBe(DEFAULT_ENVIRONMENTS);
    expect(c.policy).toEqual({
      budget: { defaultMonthlyUsd: 500, approvalThresholdUsd: 500, approval: { label: 'finance-approved', teams: [], users: [] } },
      closing: { approval: { label: 'account-closure-approved', teams: [], users: [] }, quota: { percent: 20, minimum: 250, maximum: 1000 } },
      access: { productionStandingPermissionSets: ['ReadOnlyAccess', 'ViewOnlyAccess'], mode: 'additive' },
      rules: {},
    });
    expect(DEFAULT_POLICY.rules).toEqual({});
    expect(c.organizationalUnits).toEqual([]);
  });

  test('account defaults: active, budget from policy, default alerts, owner team email, no tags/access/IAM users', () => {
    expect(minimal.catalog.accounts).toEqual([{
      name: 'ship-dev', email: 'a@acme.com', owner: 'ship', environment: 'dev', ou: '/Dev', state: 'active',
      budget: { monthlyUsd: 500, alerts: DEFAULT_ALERTS, recipients: ['ship@acme.com'] },
      tags: {}, access: [], iamUsers: false, index: 0,
    }]);
    expect(DEFAULT_ALERTS).toEqual([{ percent: 80, type: 'actual' }, { percent: 100, type: 'actual' }, { percent: 100, type: 'forecasted' }]);
  });

  test('a given budget default and partial policy keep the other defaults', () => {
    const c = checkYaml('version: 1\npolicy:\n  budget: { defaultMonthlyUsd: 250, approval: { teams: [acme/finance] } }\naccounts:\n  - { name: a, email: a@acme.com, owner: x, environment: dev, ou: /A, budget: { alerts: [{ percent: 90 }] } }\n').catalog;
    expect(c.policy.budget).toEqual({ defaultMonthlyUsd: 250, approvalThresholdUsd: 500, approval: { label: 'finance-approved', teams: ['acme/finance'], users: [] } });
    expect(c.accounts[0].budget).toEqual({ monthlyUsd: 250, alerts: [{ percent: 90, type: 'actual' }], recipients: [] });
  });

  test('wrong-typed fields do not drop the account: defaults stand in after the schema finding', () => {
    const checked = checkYaml([
      'version: 1',
      'accounts:',
      '  - name: ship-dev',
      '    email: a@acme.com',
      '    owner: [ship]',
      '    environment: 5',
      '    ou: { path: /Dev }',
      '    state: Closed',
      '    budget: "500"',
      '    tags: [a, b]',
      '    access: yes',
      '    iamUsers: "true"',
      '    id: 12',
      '  - name: second',
      '    email: b@acme.com',
      '    budget: { monthlyUsd: "500", alerts: "80", recipients: x@acme.com }',
      '    tags: { n: 1, b: true, list: [1] }',
      '    access: [{ group: g }, { group: g, permissionSet: ReadOnlyAccess }]',
      '',
    ].join('\n'));
    expect(checked.catalog.accounts.map((a) => [a.name, a.index])).toEqual([['ship-dev', 0], ['second', 1]]);
    const [first, second] = checked.catalog.accounts;
    expect(first).toMatchObject({ owner: '', environment: '5', ou: '', state: 'active', id: '12', tags: {}, access: [], iamUsers: false, budget: { monthlyUsd: 500 } });
    expect(second).toMatchObject({ budget: { monthlyUsd: 500, alerts: DEFAULT_ALERTS, recipients: [] }, tags: { n: '1', b: 'true' }, access: [{ group: 'g', permissionSet: 'ReadOnlyAccess' }] });
    const lines = checked.findings.map((f) => f.line);
    expect(lines).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 16, 16, 16, 17, 17, 17, 18]);
    expect(checked.findings.map((f) => f.message)).toEqual(MESSAGES);
    expect(checked.findings.every((f) => f.rule === 'schema' && f.severity === 'error')).toBe(true);
  });

  test('an account without a text name or email is left out (schema says why); a number name is kept as text', () => {
    const checked = checkYaml('version: 1\naccounts:\n  - name: 2048\n    email: a@acme.com\n  - email: b@acme.com\n  - "just text"\n  - name: ok\n    email: c@acme.com\n  - name: [x]\n    email: d@acme.com\n');
    expect(checked.catalog.accounts.map((a) => [a.name, a.index])).toEqual([['2048', 0], ['ok', 3]]);
    expect(checked.findings.map((f) => f.line)).toEqual([3, 5, 6, 9]);
    expect(checked.findings[0].message).toBe('Account #1 (accounts[0]): name must be text, not the number 2048. Put it in quotes.');
  });

  test('keys like __proto__ stay plain keys', () => {
    const c = checkYaml('version: 1\nteams:\n  __proto__: { email: x@acme.com }\n  ship: {}\naccounts: []\n').catalog;
    expect(Object.keys(c.teams)).toEqual(['__proto__', 'ship']);
    expect(Object.getPrototypeOf(c.teams)).toBeNull();
    const tags = checkYaml('version: 1\naccounts:\n  - { name: a, email: a@acme.com, tags: { __proto__: x, constructor: y } }\n').catalog.accounts[0].tags;
    expect(Object.keys(tags)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(tags)).toBeNull();
    expect('toString' in checkYaml('version: 1\naccounts:\n  - { name: a, email: a@acme.com }\n').catalog.accounts[0].tags).toBe(false);
  });
});
