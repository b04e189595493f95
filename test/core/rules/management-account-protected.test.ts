import { managementAccountProtected } from '../../../src/core/rules/management-account-protected';
import { catalog, ruleInput, type AccountSpec } from '../plan/builders';

const MGMT = '111111111111';
const mgmt: AccountSpec = { name: 'acme-root', id: MGMT, ou: '/' };
const member: AccountSpec = { name: 'ship-dev', id: '222222222222' };
const org = (accounts: AccountSpec[], managementAccountId: string | undefined = MGMT) => catalog({ accounts, ...(managementAccountId ? { managementAccountId } : {}) });

describe('management-account-protected', () => {
  test('closing the management account is an error', () => {
    const hits = managementAccountProtected.check(ruleInput(org([{ ...mgmt, state: 'closed' }, member]), org([mgmt, member])));
    expect(hits).toEqual([
      { path: ['accounts', 0, 'state'], account: 'acme-root', message: 'Account "acme-root" (111111111111) is the management account: it can never be closed. Set `state: active`.' },
    ]);
  });

  test('a closed management account is an error in a plain validate too', () => {
    expect(managementAccountProtected.check(ruleInput(org([member, { ...mgmt, state: 'closed' }])))).toEqual([
      expect.objectContaining({ path: ['accounts', 1, 'state'], account: 'acme-root' }),
    ]);
  });

  test('moving the management account is an error', () => {
    const hits = managementAccountProtected.check(ruleInput(org([{ ...mgmt, ou: '/Workloads' }]), org([mgmt])));
    expect(hits).toEqual([{ path: ['accounts', 0, 'ou'], account: 'acme-root', message: 'Account "acme-root" (111111111111) is the management account: it can never be moved. Keep its ou "/".' }]);
  });

  test('removing the management account is an error at its base entry', () => {
    expect(managementAccountProtected.check(ruleInput(org([member]), org([member, mgmt])))).toEqual([
      { path: ['accounts', 1], side: 'base', account: 'acme-root', message: 'Account "acme-root" (111111111111) is the management account: it can never be removed from the catalog. Restore its entry.' },
    ]);
  });

  test('other changes to it (a rename, tags) and closing other accounts pass', () => {
    const head = org([{ ...mgmt, name: 'acme-management', tags: { a: 'b' } }, { ...member, state: 'closed' }]);
    expect(managementAccountProtected.check(ruleInput(head, org([mgmt, member])))).toEqual([]);
  });

  test("the base's management account id judges: a head that drops or changes it is still protected", () => {
    const head = org([{ ...mgmt, state: 'closed' }], '999999999999');
    expect(managementAccountProtected.check(ruleInput(head, org([mgmt])))).toHaveLength(1);
    expect(managementAccountProtected.check(ruleInput(org([{ ...mgmt, state: 'closed' }], ''), org([mgmt])))).toHaveLength(1);
  });

  test('without a management account id nothing is protected', () => {
    expect(managementAccountProtected.check(ruleInput(org([{ ...mgmt, state: 'closed' }], '')))).toEqual([]);
  });
});
