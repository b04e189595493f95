import { accountClosureApproval } from '../../../src/core/rules/account-closure-approval';
import { catalog, DEFAULT_POLICY, pr, ruleInput } from '../plan/builders';

const base = catalog({ accounts: [{ name: 'old-dev', id: '333333333333' }, { name: 'ship-dev' }] });
const head = catalog({ accounts: [{ name: 'old-dev', id: '333333333333', state: 'closed' }, { name: 'ship-dev' }] });
const ops = { 'acme/cloud-ops': ['olga'] };

describe('account-closure-approval', () => {
  test('closing without the label is an error at the state', () => {
    expect(accountClosureApproval.check(ruleInput(head, base, pr({ teamMembers: ops })))).toEqual([
      {
        path: ['accounts', 0, 'state'],
        account: 'old-dev',
        message: 'Closing account "old-dev" (333333333333): it needs the `account-closure-approved` label, applied by a member of acme/cloud-ops.',
      },
    ]);
  });

  test('closing approved by a cloud-ops member passes', () => {
    const context = pr({ labels: [{ label: 'account-closure-approved', actor: 'olga', at: '2026-11-20T12:00:00Z' }], teamMembers: ops, catalogChangedAt: '2026-11-20T11:00:00Z' });
    expect(accountClosureApproval.check(ruleInput(head, base, context))).toEqual([]);
  });

  test('the label applied before a later catalog commit is stale', () => {
    const context = pr({ labels: [{ label: 'account-closure-approved', actor: 'olga', at: '2026-11-20T10:00:00Z' }], teamMembers: ops, catalogChangedAt: '2026-11-20T11:00:00Z' });
    expect(accountClosureApproval.check(ruleInput(head, base, context))[0].message).toMatch(/before the catalog last changed/);
  });

  test('the finance label does not approve a closing', () => {
    const context = pr({ labels: [{ label: 'finance-approved', actor: 'olga', at: '2026-11-20T12:00:00Z' }], teamMembers: ops });
    expect(accountClosureApproval.check(ruleInput(head, base, context))).toHaveLength(1);
  });

  test('without a pull request it warns what a merge will need', () => {
    const hits = accountClosureApproval.check(ruleInput(head, base));
    expect(hits).toHaveLength(1);
    expect(hits[0].severity).toBe('warning');
    expect(hits[0].message).toMatch(/^Closing account "old-dev" \(333333333333\): a merge needs the `account-closure-approved` label/);
  });

  test('no closing, an already closed account, or a removal (account-removed reports it) needs nothing here', () => {
    expect(accountClosureApproval.check(ruleInput(base, base, pr()))).toEqual([]);
    expect(accountClosureApproval.check(ruleInput(head, head, pr()))).toEqual([]);
    expect(accountClosureApproval.check(ruleInput(catalog({ accounts: [{ name: 'ship-dev' }] }), base, pr()))).toEqual([]);
  });

  test("a head that makes its author a closing approver is judged by the base's approvers", () => {
    const selfApproving = catalog({
      accounts: head.accounts,
      policy: { ...DEFAULT_POLICY, closing: { ...DEFAULT_POLICY.closing, approval: { label: 'account-closure-approved', teams: [], users: ['mallory'] } } },
    });
    const context = pr({ labels: [{ label: 'account-closure-approved', actor: 'mallory', at: '2026-11-20T12:00:00Z' }], teamMembers: ops });
    expect(accountClosureApproval.check(ruleInput(selfApproving, base, context))[0].message).toMatch(/applied by mallory, who is not an approver/);
  });
});
