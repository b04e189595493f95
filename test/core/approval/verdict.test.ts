import { judgeApproval } from '../../../src/core/approval/verdict';
import { describeRequirement, explainVerdict } from '../../../src/core/approval/describe';
import type { ApprovalPolicy } from '../../../src/core/model';
import { pr } from '../plan/builders';

const finance: ApprovalPolicy = { label: 'finance-approved', teams: ['acme/finance'], users: ['Carol'] };
const changedAt = '2026-11-20T10:00:00Z';
const after = '2026-11-20T11:00:00Z';
const before = '2026-11-20T09:00:00Z';
const membersKnown = { 'acme/finance': ['dave'] };

describe('judgeApproval', () => {
  test('missing label', () => {
    expect(judgeApproval(finance, pr({ labels: [{ label: 'other', actor: 'carol', at: after }] }), changedAt)).toEqual({ state: 'missing' });
  });

  test('label applied by a listed user (logins compare case-insensitively) after the change', () => {
    expect(judgeApproval(finance, pr({ labels: [{ label: 'finance-approved', actor: 'CAROL', at: after }] }), changedAt)).toEqual({ state: 'approved', by: 'CAROL' });
  });

  test('label names compare case-insensitively, as GitHub labels do', () => {
    expect(judgeApproval(finance, pr({ labels: [{ label: 'Finance-Approved', actor: 'carol', at: after }] }), changedAt).state).toBe('approved');
  });

  test('label applied by a member of an approver team', () => {
    const context = pr({ labels: [{ label: 'finance-approved', actor: 'Dave', at: after }], teamMembers: { 'Acme/Finance': ['DAVE'] } });
    expect(judgeApproval(finance, context, changedAt)).toEqual({ state: 'approved', by: 'Dave' });
  });

  test('label applied by a non-approver names who', () => {
    const context = pr({ labels: [{ label: 'finance-approved', actor: 'mallory', at: after }], teamMembers: membersKnown });
    const verdict = judgeApproval(finance, context, changedAt);
    expect(verdict).toEqual({ state: 'not-approver', actor: 'mallory' });
    expect(explainVerdict(verdict as never, finance, 'the budget')).toBe(
      'the `finance-approved` label was applied by mallory, who is not an approver: it must be applied by a member of acme/finance or by Carol.',
    );
  });

  test('an application with no actor and no trust is not an approval', () => {
    expect(judgeApproval(finance, pr({ labels: [{ label: 'finance-approved', at: after }] }), changedAt).state).toBe('not-approver');
  });

  test('stale: applied before the last change', () => {
    const verdict = judgeApproval(finance, pr({ labels: [{ label: 'finance-approved', actor: 'carol', at: before }] }), changedAt);
    expect(verdict).toEqual({ state: 'stale', actor: 'carol', appliedAt: before, changedAt });
    expect(explainVerdict(verdict as never, finance, 'the budget')).toBe(
      `the \`finance-approved\` label was applied at ${before}, before the budget last changed at ${changedAt}: an approver must remove and re-apply it.`,
    );
  });

  test('stale: applied in the same second as the change, or at an unknown time', () => {
    expect(judgeApproval(finance, pr({ labels: [{ label: 'finance-approved', actor: 'carol', at: changedAt }] }), changedAt).state).toBe('stale');
    expect(judgeApproval(finance, pr({ labels: [{ label: 'finance-approved', actor: 'carol' }] }), changedAt).state).toBe('stale');
    expect(judgeApproval(finance, pr({ labels: [{ label: 'finance-approved', actor: 'carol', at: 'yesterday' }] }), changedAt).state).toBe('stale');
  });

  test('no change time known: no staleness check', () => {
    expect(judgeApproval(finance, pr({ labels: [{ label: 'finance-approved', actor: 'carol', at: before }] })).state).toBe('approved');
  });

  test('membership unknown: teams configured, no membership data, says what token is needed', () => {
    const context = pr({ labels: [{ label: 'finance-approved', actor: 'dave', at: after }], teamMembershipUnavailable: 'no approvals-token was given.' });
    const verdict = judgeApproval(finance, context, changedAt);
    expect(verdict).toEqual({ state: 'membership-unknown', actor: 'dave', teams: ['acme/finance'], reason: 'no approvals-token was given.' });
    expect(explainVerdict(verdict as never, finance, 'the budget')).toBe(
      'the `finance-approved` label was applied by dave, whose membership of acme/finance cannot be checked: no approvals-token was given.',
    );
    const noReason = judgeApproval(finance, pr({ labels: [{ label: 'finance-approved', actor: 'dave', at: after }] }), changedAt);
    expect(explainVerdict(noReason as never, finance, 'the budget')).toBe(
      'the `finance-approved` label was applied by dave, whose membership of acme/finance cannot be checked: give the Action an `approvals-token` with read:org.',
    );
    const otherReason = judgeApproval(finance, pr({ labels: [{ label: 'finance-approved', actor: 'dave', at: after }], teamMembershipUnavailable: 'HTTP 403' }), changedAt);
    expect(explainVerdict(otherReason as never, finance, 'the budget')).toMatch(/cannot be checked \(HTTP 403\): give the Action an `approvals-token` with read:org\.$/);
  });

  test('a listed user needs no membership data', () => {
    expect(judgeApproval(finance, pr({ labels: [{ label: 'finance-approved', actor: 'carol', at: after }] }), changedAt).state).toBe('approved');
  });

  test('a non-approver is still reported as such when membership is unknown for no team', () => {
    const noTeams: ApprovalPolicy = { label: 'finance-approved', teams: [], users: ['carol'] };
    expect(judgeApproval(noTeams, pr({ labels: [{ label: 'finance-approved', actor: 'dave', at: after }] }), changedAt).state).toBe('not-approver');
  });

  test('CLI --labels are trusted: approver, never stale', () => {
    expect(judgeApproval(finance, pr({ labels: [{ label: 'finance-approved', trusted: true }] }), changedAt)).toEqual({ state: 'approved' });
  });

  test('a non-approver is reported before staleness', () => {
    const context = pr({ labels: [{ label: 'finance-approved', actor: 'mallory', at: before }], teamMembers: membersKnown });
    expect(judgeApproval(finance, context, changedAt).state).toBe('not-approver');
  });

  test('describes who may approve', () => {
    expect(describeRequirement(finance)).toBe('the `finance-approved` label, applied by a member of acme/finance or by Carol');
    expect(describeRequirement({ label: 'x', teams: ['a/b', 'a/c'], users: [] })).toBe('the `x` label, applied by a member of a/b or a/c');
    expect(describeRequirement({ label: 'x', teams: [], users: ['u', 'v'] })).toBe('the `x` label, applied by u or v');
    expect(describeRequirement({ label: 'x', teams: [], users: [] })).toMatch(/none is listed/);
  });
});
