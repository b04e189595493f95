// The plan and approval rules on real YAML: loader -> checkCatalog -> diff -> rules -> findings with file:line.
import { evaluate } from '../../../src/core/engine';
import type { PullRequestContext } from '../../../src/core/model';
import { catalogYaml, loadYaml, ruleFindings } from '../../support/catalog';

const POLICY = `
  budget:
    approvalThresholdUsd: 500
    approval: { label: finance-approved, teams: [acme/finance], users: [carol] }
  closing:
    approval: { label: account-closure-approved, teams: [acme/platform], users: [] }`;

const account = (name: string, extra = '', email = `aws+${name}@acme.com`) =>
  [`  - name: ${name}`, `    email: ${email}`, '    owner: ship', `    environment: ${name.endsWith('prod') ? 'prod' : 'dev'}`, ...(extra.includes('ou:') ? [] : [`    ou: /Workloads/${name.endsWith('prod') ? 'Prod' : 'Dev'}`]), ...extra.split('\n').filter(Boolean).map((l) => `    ${l}`)].join('\n');

const yaml = (...accounts: string[]) => catalogYaml({ policy: POLICY, accounts: '\n' + accounts.join('\n') });

const BASE = yaml(account('ship-dev', 'id: "222222222201"'), account('ship-prod', 'id: "222222222203"\nbudget: { monthlyUsd: 500 }'), account('old-dev', 'id: "222222222209"'));

const context = (spec: Partial<PullRequestContext>): PullRequestContext => ({ labels: [], teamMembers: { 'acme/finance': ['fiona'], 'acme/platform': ['pat'] }, budgetChangedAt: {}, ...spec });

describe('plan and approvals on YAML catalogs', () => {
  test('a budget raise without approval: error at the budget line of the head file', () => {
    const head = yaml(account('ship-dev', 'id: "222222222201"'), account('ship-prod', 'id: "222222222203"\nbudget: { monthlyUsd: 750 }'), account('old-dev', 'id: "222222222209"'));
    const findings = ruleFindings('budget-approval', head, { base: BASE, pr: context({}) });
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'budget-approval', severity: 'error', file: 'catalog.yaml', account: 'ship-prod', line: head.split('\n').findIndex((l) => l.includes('monthlyUsd: 750')) + 1 }),
    ]);
  });

  test('a removed account: error at its entry in the base file', () => {
    const head = yaml(account('ship-dev', 'id: "222222222201"'), account('ship-prod', 'id: "222222222203"\nbudget: { monthlyUsd: 500 }'));
    const findings = ruleFindings('account-removed', head, { base: BASE });
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', file: 'base.yaml', account: 'old-dev', line: BASE.split('\n').findIndex((l) => l.includes('name: old-dev')) + 1 })]);
  });

  test('a policy edit that tries to approve itself is judged by the base policy and needs the platform label', () => {
    const selfApproving = catalogYaml({
      policy: `
  budget:
    approvalThresholdUsd: 5000
    approval: { label: finance-approved, teams: [], users: [mallory] }
  closing:
    approval: { label: account-closure-approved, teams: [], users: [mallory] }
  rules: { budget-approval: off, policy-change-approval: off }`,
      accounts: '\n' + [account('ship-dev', 'id: "222222222201"'), account('ship-prod', 'id: "222222222203"\nbudget: { monthlyUsd: 750 }'), account('old-dev', 'id: "222222222209"')].join('\n'),
    });
    const pr = context({
      labels: [
        { label: 'finance-approved', actor: 'mallory', at: '2026-11-20T12:00:00Z' },
        { label: 'account-closure-approved', actor: 'mallory', at: '2026-11-20T12:00:00Z' },
      ],
    });
    const { plan } = evaluate({ head: loadYaml(selfApproving, 'catalog.yaml'), base: loadYaml(BASE, 'base.yaml'), pr });
    const errors = plan.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
    expect(errors).toEqual(expect.arrayContaining(['budget-approval', 'policy-change-approval']));
    expect(plan.findings.find((f) => f.rule === 'budget-approval')!.message).toMatch(/applied by mallory, who is not an approver/);
  });

  test('approved by the right people after the last change: no approval findings, and the plan JSON has the spec form', () => {
    const head = yaml(
      account('ship-dev', 'id: "222222222201"\nou: /Sandbox'),
      account('ship-prod', 'id: "222222222203"\nbudget: { monthlyUsd: 750 }'),
      account('old-dev', 'id: "222222222209"\nstate: closed'),
    );
    const pr = context({
      labels: [
        { label: 'finance-approved', actor: 'fiona', at: '2026-11-20T12:00:00Z' },
        { label: 'account-closure-approved', actor: 'pat', at: '2026-11-20T12:00:00Z' },
      ],
      budgetChangedAt: { 'ship-prod': '2026-11-20T11:00:00Z' },
      catalogChangedAt: '2026-11-20T11:30:00Z',
    });
    const { plan } = evaluate({ head: loadYaml(head, 'catalog.yaml'), base: loadYaml(BASE, 'base.yaml'), pr });
    expect(plan.findings.filter((f) => ['budget-approval', 'account-closure-approval', 'policy-change-approval', 'account-removed', 'account-closure-quota'].includes(f.rule))).toEqual([]);
    expect(plan.changes).toEqual([
      { account: 'ship-dev', action: 'update', fields: [{ path: 'ou', from: '/Workloads/Dev', to: '/Sandbox' }] },
      { account: 'ship-prod', action: 'update', fields: [{ path: 'budget.monthlyUsd', from: 500, to: 750 }] },
      { account: 'old-dev', action: 'close', fields: [{ path: 'state', from: 'active', to: 'closed' }] },
    ]);
    expect(plan.summary).toEqual(expect.objectContaining({ create: 0, update: 2, close: 1 }));
  });

  test('a removed active account shows in the plan as a close and blocks the merge', () => {
    const head = yaml(account('ship-dev', 'id: "222222222201"'), account('ship-prod', 'id: "222222222203"\nbudget: { monthlyUsd: 500 }'));
    const { plan } = evaluate({ head: loadYaml(head, 'catalog.yaml'), base: loadYaml(BASE, 'base.yaml'), pr: context({}) });
    expect(plan.changes).toEqual([expect.objectContaining({ account: 'old-dev', action: 'close' })]);
    expect(plan.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['account-removed']);
    expect(plan.summary).toEqual(expect.objectContaining({ close: 1, errors: 1 }));
  });

  test('plain validate (no base, no PR) warns what a merge would need', () => {
    const head = yaml(account('ship-prod', 'budget: { monthlyUsd: 900 }'));
    const findings = ruleFindings('budget-approval', head);
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', account: 'ship-prod' })]);
    expect(findings[0].message).toContain('a merge needs the `finance-approved` label, applied by a member of acme/finance or by carol');
  });
});
