import { diffCatalogs } from '../../../src/core/plan/diff';
import type { Catalog } from '../../../src/core/model';
import { account, catalog, type AccountSpec } from './builders';

const diff = (base: AccountSpec[], head: AccountSpec[]) => diffCatalogs(catalog({ accounts: base }), catalog({ accounts: head }));

describe('diffCatalogs', () => {
  test('no change gives an empty plan', () => {
    const accounts = [{ name: 'ship-dev', id: '222222222222' }, { name: 'ship-prod' }];
    expect(diff(accounts, accounts)).toEqual([]);
  });

  test('a new account is a create with every field it sets', () => {
    const changes = diff([], [{ name: 'ship-dev', tags: { 'cost-center': 'cc-1' }, access: [{ group: 'eng', permissionSet: 'AdministratorAccess' }] }]);
    expect(changes).toHaveLength(1);
    expect(changes[0].account).toBe('ship-dev');
    expect(changes[0].action).toBe('create');
    const paths = changes[0].fields.map((f) => f.path);
    expect(paths).toEqual(['name', 'email', 'owner', 'environment', 'ou', 'state', 'iamUsers', 'budget.monthlyUsd', 'budget.alerts', 'budget.recipients', 'tags.cost-center', 'access']);
    expect(changes[0].fields.every((f) => !('from' in f))).toBe(true);
    expect(changes[0].fields.find((f) => f.path === 'ou')).toEqual({ path: 'ou', to: '/Workloads/Dev' });
  });

  test('a new entry that is already closed is a record, not a change', () => {
    expect(diff([], [{ name: 'old-dev', state: 'closed', id: '333333333333' }])).toEqual([]);
  });

  test('a move is an update of ou only', () => {
    expect(diff([{ name: 'ship-dev' }], [{ name: 'ship-dev', ou: '/Sandbox' }])).toEqual([
      { account: 'ship-dev', action: 'update', fields: [{ path: 'ou', from: '/Workloads/Dev', to: '/Sandbox' }] },
    ]);
  });

  test('a rename with the same id is an update of name', () => {
    const changes = diff([{ name: 'ship-dev', id: '222222222222', email: 'a@acme.com' }], [{ name: 'ship-sandbox', id: '222222222222', email: 'a@acme.com' }]);
    expect(changes).toEqual([{ account: 'ship-sandbox', action: 'update', fields: [{ path: 'name', from: 'ship-dev', to: 'ship-sandbox' }] }]);
  });

  test('a rename without ids matches the root email case-insensitively', () => {
    const changes = diff([{ name: 'ship-dev', email: 'AWS+Ship@Acme.com' }], [{ name: 'ship-sandbox', email: 'aws+ship@acme.com' }]);
    expect(changes).toEqual([
      {
        account: 'ship-sandbox',
        action: 'update',
        fields: [
          { path: 'name', from: 'ship-dev', to: 'ship-sandbox' },
          { path: 'email', from: 'AWS+Ship@Acme.com', to: 'aws+ship@acme.com' },
        ],
      },
    ]);
  });

  test('never matches by name alone: same name, new email and no id is a close plus a create', () => {
    const changes = diff([{ name: 'ship-dev', email: 'old@acme.com' }], [{ name: 'ship-dev', email: 'new@acme.com' }]);
    expect(changes.map((c) => c.action)).toEqual(['create', 'close']);
  });

  test('an email change of an account with an id is an update of email', () => {
    const changes = diff([{ name: 'ship-dev', id: '222222222222', email: 'old@acme.com' }], [{ name: 'ship-dev', id: '222222222222', email: 'new@acme.com' }]);
    expect(changes).toEqual([{ account: 'ship-dev', action: 'update', fields: [{ path: 'email', from: 'old@acme.com', to: 'new@acme.com' }] }]);
  });

  test('an account that gains its id (it was created) still matches by email', () => {
    const changes = diff([{ name: 'ship-dev' }], [{ name: 'ship-dev', id: '222222222222' }]);
    expect(changes).toEqual([{ account: 'ship-dev', action: 'update', fields: [{ path: 'id', to: '222222222222' }] }]);
  });

  test('two different ids are two accounts even with the same email', () => {
    const changes = diff([{ name: 'ship-dev', id: '222222222222' }], [{ name: 'ship-dev', id: '333333333333' }]);
    expect(changes.map((c) => c.action)).toEqual(['create', 'close']);
  });

  test('an id match wins over an email match', () => {
    // The base account's email now belongs to a new entry; the id follows the account.
    const changes = diff(
      [{ name: 'ship-dev', id: '222222222222', email: 'a@acme.com' }],
      [
        { name: 'ship-new', email: 'a@acme.com' },
        { name: 'ship-dev', id: '222222222222', email: 'b@acme.com' },
      ],
    );
    expect(changes).toEqual([
      expect.objectContaining({ account: 'ship-new', action: 'create' }),
      { account: 'ship-dev', action: 'update', fields: [{ path: 'email', from: 'a@acme.com', to: 'b@acme.com' }] },
    ]);
  });

  test('a budget raise is an update of budget.monthlyUsd', () => {
    expect(diff([{ name: 'ship-prod' }], [{ name: 'ship-prod', budget: { monthlyUsd: 750 } }])).toEqual([
      { account: 'ship-prod', action: 'update', fields: [{ path: 'budget.monthlyUsd', from: 500, to: 750 }] },
    ]);
  });

  test('active -> closed is a close with its fields', () => {
    expect(diff([{ name: 'old-dev' }], [{ name: 'old-dev', state: 'closed', ou: '/Sandbox' }])).toEqual([
      {
        account: 'old-dev',
        action: 'close',
        fields: [
          { path: 'ou', from: '/Workloads/Dev', to: '/Sandbox' },
          { path: 'state', from: 'active', to: 'closed' },
        ],
      },
    ]);
  });

  test('closed -> active is an update of state', () => {
    expect(diff([{ name: 'old-dev', state: 'closed' }], [{ name: 'old-dev' }])).toEqual([
      { account: 'old-dev', action: 'update', fields: [{ path: 'state', from: 'closed', to: 'active' }] },
    ]);
  });

  test('a removed active account is a close with its base fields, after the head accounts', () => {
    const changes = diff([{ name: 'gone-dev', id: '444444444444' }, { name: 'ship-dev' }], [{ name: 'ship-dev' }, { name: 'new-dev' }]);
    expect(changes.map((c) => [c.account, c.action])).toEqual([
      ['new-dev', 'create'],
      ['gone-dev', 'close'],
    ]);
    expect(changes[1].fields.find((f) => f.path === 'state')).toEqual({ path: 'state', from: 'active' });
    expect(changes[1].fields.find((f) => f.path === 'id')).toEqual({ path: 'id', from: '444444444444' });
    expect(changes[1].fields.every((f) => !('to' in f))).toBe(true);
  });

  test('a removed account that was already closed has nothing left to do in AWS', () => {
    expect(diff([{ name: 'gone-dev', state: 'closed' }], [])).toEqual([]);
  });

  test('tags: added, removed and changed keys, one field each, sorted by key', () => {
    const changes = diff([{ name: 'ship-dev', tags: { keep: '1', drop: 'x', change: 'a' } }], [{ name: 'ship-dev', tags: { keep: '1', change: 'b', add: 'new' } }]);
    expect(changes[0].fields).toEqual([
      { path: 'tags.add', to: 'new' },
      { path: 'tags.change', from: 'a', to: 'b' },
      { path: 'tags.drop', from: 'x' },
    ]);
  });

  test('an empty tag value is a value, not an absence', () => {
    expect(diff([{ name: 'ship-dev' }], [{ name: 'ship-dev', tags: { flag: '' } }])[0].fields).toEqual([{ path: 'tags.flag', to: '' }]);
  });

  test('access: one field per group × permission set added or removed; a repeated entry counts once', () => {
    const base = { name: 'ship-dev', access: [{ group: 'eng', permissionSet: 'Admin' }, { group: 'ops', permissionSet: 'ReadOnlyAccess' }] };
    const head = { name: 'ship-dev', access: [{ group: 'ops', permissionSet: 'ReadOnlyAccess' }, { group: 'eng', permissionSet: 'PowerUser' }, { group: 'eng', permissionSet: 'PowerUser' }] };
    expect(diff([base], [head])[0].fields).toEqual([
      { path: 'access', from: { group: 'eng', permissionSet: 'Admin' } },
      { path: 'access', to: { group: 'eng', permissionSet: 'PowerUser' } },
    ]);
  });

  test('alerts, recipients and access compare as sets, structurally', () => {
    const base: AccountSpec = {
      name: 'ship-dev',
      budget: { alerts: [{ percent: 80, type: 'actual' }, { percent: 100, type: 'forecasted' }], recipients: ['a@acme.com', 'b@acme.com'] },
      access: [{ group: 'eng', permissionSet: 'Admin' }, { user: 'x', permissionSet: 'ReadOnlyAccess' }],
    };
    const reordered: AccountSpec = {
      name: 'ship-dev',
      budget: { alerts: [{ type: 'forecasted', percent: 100 }, { percent: 80, type: 'actual' }], recipients: ['b@acme.com', 'a@acme.com'] },
      access: [{ permissionSet: 'ReadOnlyAccess', user: 'x' }, { group: 'eng', permissionSet: 'Admin' }],
    };
    expect(diff([base], [reordered])).toEqual([]);
    const changed = diff([base], [{ ...reordered, budget: { ...reordered.budget, alerts: [{ percent: 90, type: 'actual' }] }, access: [] }]);
    expect(changed[0].fields).toEqual([
      { path: 'budget.alerts', from: base.budget!.alerts, to: [{ percent: 90, type: 'actual' }] },
      // One `access` field per group × permission set removed.
      { path: 'access', from: { group: 'eng', permissionSet: 'Admin' } },
      { path: 'access', from: { user: 'x', permissionSet: 'ReadOnlyAccess' } },
    ]);
  });

  test('owner, environment and iamUsers changes', () => {
    expect(diff([{ name: 'ship-dev' }], [{ name: 'ship-dev', owner: 'dock', environment: 'prod', iamUsers: true }])[0].fields).toEqual([
      { path: 'owner', from: 'ship', to: 'dock' },
      { path: 'environment', from: 'dev', to: 'prod' },
      { path: 'iamUsers', from: false, to: true },
    ]);
  });

  test('at most one change per account, even with duplicate emails or ids', () => {
    const dup = { name: 'a', email: 'same@acme.com' };
    const changes = diff([dup, { ...dup, name: 'b' }], [dup, { ...dup, name: 'b' }, { ...dup, name: 'c' }]);
    expect(changes).toEqual([expect.objectContaining({ account: 'c', action: 'create' })]);
  });

  test('the JSON form is deterministic', () => {
    const base = catalog({ accounts: [{ name: 'a', tags: { z: '1', a: '2' } }, { name: 'b' }, { name: 'gone' }] });
    const head = catalog({ accounts: [{ name: 'b', ou: '/Sandbox' }, { name: 'a', tags: { a: '3', m: '4' } }, { name: 'n' }] });
    const first = JSON.stringify(diffCatalogs(base, head));
    expect(JSON.stringify(diffCatalogs(catalog({ accounts: base.accounts.map((a) => ({ ...a })) }), catalog({ accounts: head.accounts.map((a) => ({ ...a })) })))).toBe(first);
    expect(first).toBe(JSON.stringify(diffCatalogs(base, head)));
    expect(JSON.parse(first).map((c: { account: string }) => c.account)).toEqual(['b', 'a', 'n', 'gone']);
  });

  // Speed is measured by `npm run bench`, not here: these check the result at 10,000 accounts.
  test('10,000 accounts: renames, moves and budget raises are found', () => {
    const accounts = (n: number, moved: boolean) =>
      Array.from({ length: n }, (_, i) => ({
        name: moved && i % 10 === 0 ? `renamed-${i}` : `acct-${i}`,
        id: String(100000000000 + i),
        ou: moved && i % 3 === 0 ? '/Sandbox' : '/Workloads/Dev',
        budget: { monthlyUsd: moved && i % 5 === 0 ? 750 : 500 },
        tags: { team: `t${i % 7}` },
      }));
    const changes = diffCatalogs(catalog({ accounts: accounts(10_000, false) }), catalog({ accounts: accounts(10_000, true) }));
    const touched = Array.from({ length: 10_000 }, (_, i) => i).filter((i) => i % 10 === 0 || i % 3 === 0 || i % 5 === 0);
    expect(changes).toHaveLength(touched.length);
    expect(changes.every((c) => c.action === 'update')).toBe(true);
    expect(changes[0]).toEqual({ account: 'renamed-0', action: 'update', fields: [{ path: 'name', from: 'acct-0', to: 'renamed-0' }, { path: 'email', from: 'aws+acct-0@acme.com', to: 'aws+renamed-0@acme.com' }, { path: 'ou', from: '/Workloads/Dev', to: '/Sandbox' }, { path: 'budget.monthlyUsd', from: 500, to: 750 }] });
  });

  test('10,000 accounts sharing one email still match one to one', () => {
    const same = (n: number, email: string) => Array.from({ length: n }, (_, i) => account({ name: `dup-${i}`, email }));
    const changes = diffCatalogs(catalog({ accounts: same(10_000, 'same@acme.com') }), catalog({ accounts: same(10_000, 'SAME@acme.com') }));
    expect(changes).toHaveLength(10_000);
    expect(changes[9_999]).toEqual({ account: 'dup-9999', action: 'update', fields: [{ path: 'email', from: 'same@acme.com', to: 'SAME@acme.com' }] });
  });
});
