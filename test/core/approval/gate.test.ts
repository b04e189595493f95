// The approval gate as the engine runs it (issue 8): separation of duties, first catalogs, files that
// decide how the check runs, and a base catalog that does not load cleanly.
import { evaluate } from '../../../src/core/engine';
import { judgeApproval } from '../../../src/core/approval/verdict';
import { explainVerdict } from '../../../src/core/approval/describe';
import type { ApprovalPolicy, Finding, PullRequestContext } from '../../../src/core/model';
import { catalogYaml, loadYaml } from '../../support/catalog';

const LATER = '2026-11-21T10:00:00Z';
const CHANGED = '2026-11-20T10:00:00Z';

function policyYaml(options: { budgetLabel?: string; allowAuthor?: boolean; rules?: string } = {}): string {
  return `
  budget:
    approvalThresholdUsd: 500
    approval: { label: ${options.budgetLabel ?? 'finance-approved'}, users: [fiona]${options.allowAuthor !== undefined ? `, allowAuthor: ${options.allowAuthor}` : ''} }
  closing:
    approval: { label: account-closure-approved, users: [olivia] }${options.rules ? `\n  rules: ${options.rules}` : ''}`;
}

const accounts = (budget: number) => `
  - { name: ship-dev, email: aws+ship-dev@acme.com, owner: ship, environment: dev, ou: /Workloads/Dev, budget: { monthlyUsd: ${budget} } }`;

const catalogText = (budget: number, policy = policyYaml()) => catalogYaml({ policy, accounts: accounts(budget) });

function context(labels: { label: string; actor: string; at?: string }[], extra: Partial<PullRequestContext> = {}): PullRequestContext {
  return { labels: labels.map((l) => ({ at: LATER, ...l })), teamMembers: {}, budgetChangedAt: {}, catalogChangedAt: CHANGED, headChangedAt: CHANGED, author: 'alice', ...extra };
}

function findings(head: string | Record<string, string>, base: string | Record<string, string> | undefined, pr: PullRequestContext): readonly Finding[] {
  return evaluate({ head: loadYaml(head), ...(base !== undefined ? { base: loadYaml(base, 'base.yaml') } : {}), pr }).plan.findings;
}

const errors = (list: readonly Finding[], rule: string) => list.filter((f) => f.rule === rule && f.severity === 'error');

describe('separation of duties: the author never approves their own change', () => {
  const finance: ApprovalPolicy = { label: 'finance-approved', teams: [], users: ['Alice', 'fiona'] };

  test('a listed approver who wrote the pull request does not count, and the message says why', () => {
    const verdict = judgeApproval(finance, context([{ label: 'finance-approved', actor: 'ALICE' }]));
    expect(verdict).toEqual({ state: 'author', actor: 'ALICE' });
    expect(explainVerdict(verdict as never, finance, 'the budget')).toBe(
      "the `finance-approved` label (applied by ALICE) does not count: it was applied by the pull request's author, who cannot approve their own change; it must be applied by another approver: Alice or fiona.",
    );
  });

  test('allowAuthor: true lets the author approve; another approver always counts', () => {
    expect(judgeApproval({ ...finance, allowAuthor: true }, context([{ label: 'finance-approved', actor: 'alice' }])).state).toBe('approved');
    expect(judgeApproval(finance, context([{ label: 'finance-approved', actor: 'fiona' }])).state).toBe('approved');
  });

  test('the base decides: a head that sets allowAuthor is judged without it, and the edit needs the platform approval', () => {
    const base = catalogText(400, policyYaml({ budgetLabel: 'finance-approved' }).replace('users: [fiona]', 'users: [fiona, alice]'));
    const head = catalogText(900, policyYaml({ allowAuthor: true }).replace('users: [fiona]', 'users: [fiona, alice]'));
    const result = findings(head, base, context([{ label: 'finance-approved', actor: 'alice' }]));
    expect(errors(result, 'budget-approval')[0].message).toMatch(/applied by the pull request's author, who cannot approve their own change/);
    expect(errors(result, 'policy-change-approval')[0].message).toMatch(/policy\.budget\.approval\.allowAuthor/);
  });

  test('a base with allowAuthor: true lets its author approve', () => {
    const policy = policyYaml({ allowAuthor: true }).replace('users: [fiona]', 'users: [fiona, alice]');
    expect(errors(findings(catalogText(900, policy), catalogText(400, policy), context([{ label: 'finance-approved', actor: 'alice' }])), 'budget-approval')).toEqual([]);
  });
});

describe('a first catalog (no base) cannot choose its own gate', () => {
  test('only the default label names count: a routine label it names does not approve', () => {
    const head = catalogText(90_000, policyYaml({ budgetLabel: 'triage' }).replace('label: account-closure-approved', 'label: triage'));
    const result = findings(head, undefined, context([{ label: 'triage', actor: 'olivia' }, { label: 'triage', actor: 'fiona' }]));
    expect(errors(result, 'budget-approval')[0].message).toContain('`finance-approved`');
    expect(errors(result, 'policy-change-approval')[0].message).toContain('`account-closure-approved`');
    const approved = findings(head, undefined, context([{ label: 'finance-approved', actor: 'fiona' }, { label: 'account-closure-approved', actor: 'olivia' }]));
    expect(approved.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('its policy.rules cannot switch the approval rules off or make them warnings', () => {
    const rules = '{ budget-approval: off, policy-change-approval: warn, account-closure-approval: off }';
    const result = findings(catalogText(90_000, policyYaml({ rules })), undefined, context([]));
    expect(errors(result, 'budget-approval')).toHaveLength(1);
    expect(errors(result, 'policy-change-approval')).toHaveLength(1);
  });

  test('allowAuthor in a first catalog does not let the author approve it', () => {
    const head = catalogText(100, policyYaml().replace('users: [olivia]', 'users: [olivia, alice], allowAuthor: true'));
    expect(errors(findings(head, undefined, context([{ label: 'account-closure-approved', actor: 'alice' }])), 'policy-change-approval')[0].message).toMatch(/pull request's author/);
  });

  test('without a pull request (validate) the catalog keeps its own labels and rules', () => {
    const head = catalogText(90_000, policyYaml({ budgetLabel: 'triage', rules: '{ policy-change-approval: off }' }));
    const result = evaluate({ head: loadYaml(head) }).plan.findings;
    expect(result.find((f) => f.rule === 'budget-approval')?.message).toContain('`triage`');
    expect(result.some((f) => f.rule === 'policy-change-approval')).toBe(false);
  });
});

describe('files that decide how the check runs need the platform approval', () => {
  const same = catalogText(400);
  const workflow = { protectedFileChanges: [{ file: '.github/workflows/catalog.yml', what: 'edits .github/workflows/catalog.yml (a workflow or local action)' }] };

  test('a workflow edit is an error at the workflow file', () => {
    const [finding] = errors(findings(same, same, context([], workflow)), 'policy-change-approval');
    expect(finding).toMatchObject({ file: '.github/workflows/catalog.yml', line: 1, column: 1 });
    expect(finding.message).toBe(
      'This pull request edits .github/workflows/catalog.yml (a workflow or local action), which decides how the catalog is checked: it needs the `account-closure-approved` label, applied by olivia.',
    );
  });

  test("approved by the base's closing approver after the newest commit it passes; before it, it is stale", () => {
    expect(errors(findings(same, same, context([{ label: 'account-closure-approved', actor: 'olivia' }], workflow)), 'policy-change-approval')).toEqual([]);
    // The catalog last changed long ago, but a later commit may have edited the workflow again.
    const stale = context([{ label: 'account-closure-approved', actor: 'olivia', at: '2026-11-20T12:00:00Z' }], { ...workflow, catalogChangedAt: '2026-11-19T00:00:00Z', headChangedAt: '2026-11-20T13:00:00Z' });
    expect(errors(findings(same, same, stale), 'policy-change-approval')[0].message).toMatch(/before the pull request last changed at 2026-11-20T13:00:00Z/);
  });

  test('a file list that could not be read fails closed', () => {
    const [finding] = errors(findings(same, same, context([], { fileListUnavailable: 'GitHub answered HTTP 403' })), 'policy-change-approval');
    expect(finding.message).toMatch(/^The pull request's changed files could not be read \(GitHub answered HTTP 403\), so it counts as changing the workflow/);
  });
});

describe('a base catalog that does not load cleanly still judges, and fails closed for what it lost', () => {
  test('a base file that does not parse needs the platform approval', () => {
    const base = { 'org.yaml': catalogText(400), 'more.yaml': 'accounts: [' };
    const [finding] = errors(findings({ 'org.yaml': catalogText(400) }, base, context([])), 'policy-change-approval');
    expect(finding.message).toMatch(/^The base branch's catalog does not load cleanly \(more\.yaml:1: /);
    expect(finding.file).toBe('more.yaml');
  });

  test('a base schema error needs it too; a base warning does not', () => {
    const broken = catalogText(400).replace('budget: { monthlyUsd: 400 }', 'budget: { monthlyUsd: 400 }, emial: x');
    expect(errors(findings(catalogText(400), broken, context([])), 'policy-change-approval')).toHaveLength(1);
    const warned = { 'org.yaml': catalogText(400), 'empty.yaml': '' };
    expect(errors(findings({ 'org.yaml': catalogText(400), 'empty.yaml': '' }, warned, context([])), 'policy-change-approval')).toEqual([]);
  });
});
