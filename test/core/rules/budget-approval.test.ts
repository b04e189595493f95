import { budgetApproval } from '../../../src/core/rules/budget-approval';
import { catalog, DEFAULT_POLICY, pr, ruleInput } from '../plan/builders';

const base = catalog({ accounts: [{ name: 'ship-prod', environment: 'prod', budget: { monthlyUsd: 500 } }, { name: 'ship-dev' }] });
const raised = catalog({ accounts: [{ name: 'ship-prod', environment: 'prod', budget: { monthlyUsd: 750 } }, { name: 'ship-dev' }] });
const approvedBy = (actor: string, at = '2026-11-20T12:00:00Z') => [{ label: 'finance-approved', actor, at }];
const finance = { 'acme/finance': ['fiona'] };

describe('budget-approval', () => {
  test('a raise above the threshold without the label is an error at the budget', () => {
    const hits = budgetApproval.check(ruleInput(raised, base, pr()));
    expect(hits).toEqual([
      {
        path: ['accounts', 0, 'budget', 'monthlyUsd'],
        account: 'ship-prod',
        message:
          'Account "ship-prod" raises its budget from $500 to $750/month, above the $500 approval threshold: it needs the `finance-approved` label, applied by a member of acme/finance or by carol.',
      },
    ]);
  });

  test('a raise approved by a finance team member after the change passes', () => {
    const context = pr({ labels: approvedBy('Fiona'), teamMembers: finance, budgetChangedAt: { 'ship-prod': '2026-11-20T10:00:00Z' } });
    expect(budgetApproval.check(ruleInput(raised, base, context))).toEqual([]);
  });

  test('applied by a non-approver fails and names them', () => {
    const hits = budgetApproval.check(ruleInput(raised, base, pr({ labels: approvedBy('mallory'), teamMembers: finance })));
    expect(hits[0].message).toMatch(/applied by mallory, who is not an approver/);
  });

  test("stale: applied before the commit that last changed that account's budget", () => {
    const context = pr({ labels: approvedBy('carol', '2026-11-20T10:00:00Z'), budgetChangedAt: { 'ship-prod': '2026-11-20T11:00:00Z' } });
    expect(budgetApproval.check(ruleInput(raised, base, context))[0].message).toMatch(/before the budget last changed at 2026-11-20T11:00:00Z/);
  });

  test('staleness falls back to the last catalog change when the budget change time is unknown', () => {
    const context = pr({ labels: approvedBy('carol', '2026-11-20T10:00:00Z'), catalogChangedAt: '2026-11-20T11:00:00Z' });
    expect(budgetApproval.check(ruleInput(raised, base, context))).toHaveLength(1);
  });

  test('membership unknown: an error that asks for an approvals-token', () => {
    const hits = budgetApproval.check(ruleInput(raised, base, pr({ labels: approvedBy('fiona') })));
    expect(hits[0].severity).toBeUndefined();
    expect(hits[0].message).toMatch(/`approvals-token` with read:org/);
  });

  test('CLI --labels count as approved', () => {
    expect(budgetApproval.check(ruleInput(raised, base, pr({ labels: [{ label: 'finance-approved', trusted: true }] })))).toEqual([]);
  });

  test('without a pull request it warns what a merge will need', () => {
    expect(budgetApproval.check(ruleInput(raised, base))).toEqual([
      {
        path: ['accounts', 0, 'budget', 'monthlyUsd'],
        account: 'ship-prod',
        severity: 'warning',
        message:
          'Account "ship-prod" raises its budget from $500 to $750/month, above the $500 approval threshold: a merge needs the `finance-approved` label, applied by a member of acme/finance or by carol.',
      },
    ]);
  });

  test('a new account above the threshold needs it; at the threshold it does not', () => {
    const head = catalog({ accounts: [...base.accounts, { name: 'new-prod', budget: { monthlyUsd: 1234.5 } }, { name: 'edge-dev', budget: { monthlyUsd: 500 } }] });
    const hits = budgetApproval.check(ruleInput(head, base, pr()));
    expect(hits.map((h) => h.account)).toEqual(['new-prod']);
    expect(hits[0].message).toMatch(/^Account "new-prod" is new with a budget of \$1,234.50\/month/);
  });

  test('lowering, keeping or closing needs no approval', () => {
    const high = catalog({ accounts: [{ name: 'ship-prod', budget: { monthlyUsd: 2000 } }, { name: 'old-prod', budget: { monthlyUsd: 900 } }] });
    const lower = catalog({ accounts: [{ name: 'ship-prod', budget: { monthlyUsd: 1000 } }, { name: 'old-prod', state: 'closed', budget: { monthlyUsd: 5000 } }] });
    expect(budgetApproval.check(ruleInput(lower, high, pr()))).toEqual([]);
    expect(budgetApproval.check(ruleInput(high, high, pr()))).toEqual([]);
  });

  test('re-opening a closed account counts its budget as new', () => {
    const closed = catalog({ accounts: [{ name: 'old-prod', state: 'closed', budget: { monthlyUsd: 900 } }] });
    const reopened = catalog({ accounts: [{ name: 'old-prod', budget: { monthlyUsd: 900 } }] });
    expect(budgetApproval.check(ruleInput(reopened, closed, pr()))[0].message).toMatch(/^Account "old-prod" is re-opened with a budget of \$900\/month/);
  });

  test('a raise that stays above the threshold after a rename is still a raise', () => {
    const before = catalog({ accounts: [{ name: 'ship-prod', id: '222222222222', budget: { monthlyUsd: 600 } }] });
    const after = catalog({ accounts: [{ name: 'dock-prod', id: '222222222222', budget: { monthlyUsd: 700 } }] });
    expect(budgetApproval.check(ruleInput(after, before, pr()))[0].message).toMatch(/^Account "dock-prod" raises its budget from \$600 to \$700/);
  });

  test('with no base (first PR or validate) every budget above the threshold needs it', () => {
    const hits = budgetApproval.check(ruleInput(raised, undefined, pr()));
    expect(hits.map((h) => h.account)).toEqual(['ship-prod']);
    expect(hits[0].message).toMatch(/with no base catalog every budget counts as new/);
  });

  describe('a pull request never approves itself: the base policy judges', () => {
    test('head raising the threshold above its own raise is still judged by the base threshold', () => {
      const head = catalog({
        accounts: raised.accounts,
        policy: { ...DEFAULT_POLICY, budget: { ...DEFAULT_POLICY.budget, approvalThresholdUsd: 1000 } },
      });
      expect(budgetApproval.check(ruleInput(head, base, pr()))).toHaveLength(1);
    });

    test('head adding its author as an approver does not make their label count', () => {
      const head = catalog({
        accounts: raised.accounts,
        policy: { ...DEFAULT_POLICY, budget: { ...DEFAULT_POLICY.budget, approval: { label: 'finance-approved', teams: [], users: ['mallory'] } } },
      });
      const hits = budgetApproval.check(ruleInput(head, base, pr({ labels: approvedBy('mallory'), teamMembers: finance })));
      expect(hits[0].message).toMatch(/applied by mallory, who is not an approver: it must be applied by a member of acme\/finance or by carol/);
    });

    test('head renaming the label to one it applied itself does not count', () => {
      const head = catalog({
        accounts: raised.accounts,
        policy: { ...DEFAULT_POLICY, budget: { ...DEFAULT_POLICY.budget, approval: { label: 'self-approved', teams: [], users: ['mallory'] } } },
      });
      const hits = budgetApproval.check(ruleInput(head, base, pr({ labels: [{ label: 'self-approved', actor: 'mallory', at: '2026-11-20T12:00:00Z' }] })));
      expect(hits[0].message).toMatch(/it needs the `finance-approved` label/);
    });

    test('head raising the default budget raises every defaulted budget, judged by the base threshold', () => {
      // checkCatalog applies policy.budget.defaultMonthlyUsd; a typed head shows the result.
      const head = catalog({
        accounts: base.accounts.map((a) => ({ ...a, budget: { ...a.budget, monthlyUsd: 5000 } })),
        policy: { ...DEFAULT_POLICY, budget: { ...DEFAULT_POLICY.budget, defaultMonthlyUsd: 5000, approvalThresholdUsd: 10000 } },
      });
      expect(budgetApproval.check(ruleInput(head, base, pr())).map((h) => h.account)).toEqual(['ship-prod', 'ship-dev']);
    });
  });
});
