import { accountRemoved } from '../../../src/core/rules/account-removed';
import { catalog, ruleInput } from '../plan/builders';

describe('account-removed', () => {
  const base = catalog({ accounts: [{ name: 'ship-dev' }, { name: 'old-dev', id: '333333333333' }, { name: 'gone-dev', state: 'closed' }] });

  test('an account missing from head is an error at its base entry', () => {
    const head = catalog({ accounts: [{ name: 'ship-dev' }] });
    expect(accountRemoved.check(ruleInput(head, base))).toEqual([
      {
        path: ['accounts', 1],
        side: 'base',
        account: 'old-dev',
        message: 'Account "old-dev" (id 333333333333) was removed from the catalog. An account may not disappear: restore its entry and set `state: closed` to close the account.',
      },
      {
        path: ['accounts', 2],
        side: 'base',
        account: 'gone-dev',
        message: 'Account "gone-dev" ("aws+gone-dev@acme.com") was removed from the catalog. An account may not disappear: restore its entry with `state: closed`: the record keeps its root email from being reused.',
      },
    ]);
  });

  test('closing, renaming or moving keeps the account', () => {
    const head = catalog({ accounts: [{ name: 'ship-sandbox', email: 'AWS+ship-dev@acme.com', ou: '/Sandbox' }, { name: 'old-dev', id: '333333333333', state: 'closed' }, { name: 'gone-dev', state: 'closed' }] });
    expect(accountRemoved.check(ruleInput(head, base))).toEqual([]);
  });

  test('needs a base: plain validate reports nothing', () => {
    expect(accountRemoved.check(ruleInput(catalog({ accounts: [] })))).toEqual([]);
  });
});
