import { accountClosureQuota } from '../../../src/core/rules/account-closure-quota';
import type { Policy } from '../../../src/core/model';
import { catalog, DEFAULT_POLICY, ruleInput, type AccountSpec } from '../plan/builders';

const withQuota = (percent: number, minimum: number, maximum: number): Policy => ({ ...DEFAULT_POLICY, closing: { ...DEFAULT_POLICY.closing, quota: { percent, minimum, maximum } } });
const accounts = (n: number): AccountSpec[] => Array.from({ length: n }, (_, i) => ({ name: `acct-${i}` }));
const closeFirst = (list: AccountSpec[], k: number): AccountSpec[] => list.map((a, i) => (i < k ? { ...a, state: 'closed' as const } : a));

describe('account-closure-quota', () => {
  test('more closings than allowed is an error at the first one over the quota', () => {
    // 20 active accounts, 20 % -> 4, minimum 2, maximum 10: 4 allowed.
    const base = catalog({ accounts: accounts(20), policy: withQuota(20, 2, 10) });
    const head = catalog({ accounts: closeFirst(accounts(20), 5) });
    expect(accountClosureQuota.check(ruleInput(head, base))).toEqual([
      {
        path: ['accounts', 4, 'state'],
        account: 'acct-4',
        message:
          'This change closes 5 accounts, more than the 4 AWS lets the organization close in a rolling 30 days (20% of 20 active member accounts, at least 2, at most 10; policy.closing.quota). Close at most 4 in this change and the rest in a later one, once the quota allows.',
      },
    ]);
  });

  test('exactly the quota passes', () => {
    const base = catalog({ accounts: accounts(20), policy: withQuota(20, 2, 10) });
    expect(accountClosureQuota.check(ruleInput(catalog({ accounts: closeFirst(accounts(20), 4) }), base))).toEqual([]);
  });

  test('the minimum applies to small organizations, the maximum to large ones', () => {
    const small = catalog({ accounts: accounts(10), policy: withQuota(20, 3, 1000) });
    expect(accountClosureQuota.check(ruleInput(catalog({ accounts: closeFirst(accounts(10), 3) }), small))).toEqual([]);
    expect(accountClosureQuota.check(ruleInput(catalog({ accounts: closeFirst(accounts(10), 4) }), small))).toHaveLength(1);
    const large = catalog({ accounts: accounts(100), policy: withQuota(50, 1, 5) });
    expect(accountClosureQuota.check(ruleInput(catalog({ accounts: closeFirst(accounts(100), 6) }), large))[0].message).toMatch(/more than the 5 /);
  });

  test('the default quota (20 %, at least 250) lets a small organization close everything', () => {
    const base = catalog({ accounts: accounts(30) });
    expect(accountClosureQuota.check(ruleInput(catalog({ accounts: closeFirst(accounts(30), 30) }), base))).toEqual([]);
  });

  test('removed active accounts count as closings; already closed and management accounts are not active members', () => {
    const list: AccountSpec[] = [{ name: 'mgmt', id: '111111111111' }, { name: 'was-closed', state: 'closed' }, ...accounts(10)];
    const base = catalog({ accounts: list, policy: withQuota(10, 1, 100), managementAccountId: '111111111111' });
    // 10 active members -> 1 allowed; one removal plus one closing is 2.
    const head = catalog({ accounts: [list[0], list[1], { ...list[2], state: 'closed' }, ...list.slice(4)] });
    const hits = accountClosureQuota.check(ruleInput(head, base));
    expect(hits).toHaveLength(1);
    expect(hits[0].message).toMatch(/closes 2 accounts, more than the 1 .*10% of 10 active member accounts/);
  });

  test("uses the base's quota, not a head that raises it", () => {
    const base = catalog({ accounts: accounts(20), policy: withQuota(20, 2, 10) });
    const head = catalog({ accounts: closeFirst(accounts(20), 5), policy: withQuota(100, 1000, 1000) });
    expect(accountClosureQuota.check(ruleInput(head, base))).toHaveLength(1);
  });

  test('needs a base', () => {
    expect(accountClosureQuota.check(ruleInput(catalog({ accounts: closeFirst(accounts(5), 5), policy: withQuota(1, 0, 0) })))).toEqual([]);
  });
});
