import { policyChangeApproval } from '../../../src/core/rules/policy-change-approval';
import { catalog, checked, DEFAULT_POLICY, pr, ruleInput } from '../plan/builders';

const base = catalog({ accounts: [{ name: 'ship-dev' }] });
const ops = { 'acme/cloud-ops': ['olga'] };
const closingLabel = (actor: string, at = '2026-11-20T12:00:00Z') => [{ label: 'account-closure-approved', actor, at }];
const lowered = catalog({ accounts: base.accounts, policy: { ...DEFAULT_POLICY, budget: { ...DEFAULT_POLICY.budget, approvalThresholdUsd: 100000 } } });

describe('policy-change-approval', () => {
  test('a policy change without the closing label is an error pointing at what changed', () => {
    expect(policyChangeApproval.check(ruleInput(lowered, base, pr({ teamMembers: ops })))).toEqual([
      {
        path: ['policy', 'budget', 'approvalThresholdUsd'],
        message:
          "This change edits policy.budget.approvalThresholdUsd (until it merges, the base branch's policy applies): it needs the `account-closure-approved` label, applied by a member of acme/cloud-ops.",
      },
    ]);
  });

  test('approved by a platform team member after the last catalog commit passes', () => {
    const context = pr({ labels: closingLabel('olga'), teamMembers: ops, catalogChangedAt: '2026-11-20T11:00:00Z' });
    expect(policyChangeApproval.check(ruleInput(lowered, base, context))).toEqual([]);
  });

  test('no change to policy, organization, environments or team github: nothing', () => {
    const head = catalog({ accounts: [{ name: 'ship-dev', budget: { monthlyUsd: 100 } }, { name: 'new-dev' }] });
    expect(policyChangeApproval.check(ruleInput(head, base, pr()))).toEqual([]);
  });

  test('key order is not a change; a spelled-out value that was absent is', () => {
    const raw = checked(base).raw;
    const reordered = { ...raw, policy: Object.fromEntries(Object.entries(raw.policy as object).reverse()) };
    expect(policyChangeApproval.check(ruleInput(checked(base, 'accounts.yaml', reordered), base, pr()))).toEqual([]);
    const spelled = { ...raw, organization: { ...(raw.organization as object), allowedEmailDomains: ['acme.com'] } };
    expect(policyChangeApproval.check(ruleInput(checked(base, 'accounts.yaml', spelled), base, pr()))[0].path).toEqual(['organization', 'allowedEmailDomains']);
  });

  test("organization, environments and a team's github each need it; a team's email does not", () => {
    const raw = checked(base).raw;
    const head = {
      ...raw,
      organization: { ...(raw.organization as object), managementAccountId: '111111111111' },
      environments: { ...(raw.environments as object), sandbox: { production: false } },
      teams: { ship: { github: 'acme/everyone', email: 'other@acme.com' }, dock: { email: 'dock@acme.com' } },
    };
    const hits = policyChangeApproval.check(ruleInput(checked(base, 'accounts.yaml', head), base, pr()));
    expect(hits.map((h) => h.path)).toEqual([['organization', 'managementAccountId'], ['environments', 'sandbox'], ['teams', 'ship', 'github']]);
  });

  test('catalog keys in the message are quoted like other catalog text', () => {
    const raw = checked(base).raw;
    const head = { ...raw, environments: { ...(raw.environments as object), '<script>@acme/x': { production: false } } };
    const hits = policyChangeApproval.check(ruleInput(checked(base, 'accounts.yaml', head), base, pr()));
    expect(hits[0].message).toMatch(/^This change edits environments\."<script>@acme\/x" \(/);
  });

  test('a removed policy section is a change', () => {
    const { policy: _policy, ...raw } = checked(base).raw;
    expect(policyChangeApproval.check(ruleInput(checked(base, 'accounts.yaml', raw), base, pr()))).toHaveLength(1);
  });

  test('without a pull request it warns what a merge will need', () => {
    const hits = policyChangeApproval.check(ruleInput(lowered, base));
    expect(hits[0].severity).toBe('warning');
    expect(hits[0].message).toMatch(/a merge needs the `account-closure-approved` label/);
  });

  test('a first PR (no base) needs the closing approval', () => {
    expect(policyChangeApproval.check(ruleInput(base, undefined, pr({ teamMembers: ops })))).toEqual([
      { path: ['policy'], message: 'Without a base catalog this is judged as a new catalog, which sets its own policy: it needs the `account-closure-approved` label, applied by a member of acme/cloud-ops.' },
    ]);
    expect(policyChangeApproval.check(ruleInput(base, undefined, pr({ labels: closingLabel('olga'), teamMembers: ops })))).toEqual([]);
  });

  describe('self-approval attempts are judged by the base policy', () => {
    test('a head that adds its author as closing approver and applies the label is not approved', () => {
      const head = catalog({
        accounts: base.accounts,
        policy: { ...DEFAULT_POLICY, closing: { ...DEFAULT_POLICY.closing, approval: { label: 'account-closure-approved', teams: [], users: ['mallory'] } } },
      });
      const hits = policyChangeApproval.check(ruleInput(head, base, pr({ labels: closingLabel('mallory'), teamMembers: ops })));
      expect(hits).toHaveLength(1);
      expect(hits[0].path).toEqual(['policy', 'closing', 'approval', 'teams']);
      expect(hits[0].message).toMatch(/applied by mallory, who is not an approver: it must be applied by a member of acme\/cloud-ops/);
    });

    test('a head that renames the closing label to one it applied is not approved', () => {
      const head = catalog({
        accounts: base.accounts,
        policy: { ...DEFAULT_POLICY, closing: { ...DEFAULT_POLICY.closing, approval: { label: 'lgtm', teams: [], users: [] } } },
      });
      const hits = policyChangeApproval.check(ruleInput(head, base, pr({ labels: [{ label: 'lgtm', actor: 'mallory', at: '2026-11-20T12:00:00Z' }] })));
      expect(hits[0].message).toMatch(/it needs the `account-closure-approved` label/);
    });

    test('a head that turns this rule off is still judged by the base (rules come from the judging policy)', () => {
      const head = catalog({ accounts: base.accounts, policy: { ...DEFAULT_POLICY, rules: { 'policy-change-approval': 'off' } } });
      const input = ruleInput(head, base, pr());
      expect(input.policy.rules['policy-change-approval']).toBeUndefined();
      expect(policyChangeApproval.check(input)).toHaveLength(1);
    });
  });
});
