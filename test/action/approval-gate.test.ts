// End to end on the real bundle: the approval gate's hostile cases (issue 8, items 3 and 5, and the
// branches that used to skip a check). Real webhook payloads, a loopback GitHub that speaks the REST API.
import { FakeGitHub, type FakePullFile } from '../support/fake-github';
import { annotations, APPROVALS_TOKEN, GITHUB_TOKEN, pullRequestPayload, runAction, webhook, withoutMask, type ActionRun, type RunOptions } from './run-action';
import { BASE_ACCOUNTS, catalog, withProdBudget } from './catalogs';

const BASE = 'b'.repeat(40);
const HEAD = '1'.repeat(40);
const MARKER = '<!-- aws-account-catalog:plan -->';
const WORKFLOW = '.github/workflows/account-catalog.yml';
const WORKFLOW_TEXT = 'on: pull_request\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/aws-account-catalog@v1\n';

let github: FakeGitHub;
beforeEach(async () => {
  github = new FakeGitHub();
  github.identities[GITHUB_TOKEN] = 'github-actions[bot]';
  github.identities[APPROVALS_TOKEN] = 'org-reader';
  await github.start();
});
afterEach(() => github.stop());

/** A real payload (any of the shared fixtures), pointed at this PR's base and head. */
function payload(fixture: string): Record<string, any> {
  const event = webhook(fixture);
  event.number = event.pull_request.number = 7;
  event.pull_request.base.sha = BASE;
  event.pull_request.head.sha = HEAD;
  return event;
}

/** One commit on top of the base; the workspace holds the head's files. */
function pr(baseFiles: Record<string, string>, headFiles: Record<string, string>, options: Partial<RunOptions> = {}): RunOptions {
  github.setTree(BASE, baseFiles);
  github.setTree(HEAD, headFiles);
  github.pullBase = BASE;
  github.commits = [{ sha: HEAD, date: '2026-01-01T10:00:00Z', pushedAt: '2026-01-01T10:01:00Z' }];
  return { workspace: headFiles, event: pullRequestPayload({ baseSha: BASE, headSha: HEAD }), apiUrl: github.url, ...options };
}

function label(name: string, actor: string, at = '2026-01-02T10:00:00Z'): void {
  github.labels.push(name);
  github.events.push({ label: name, actor, at });
}

const comment = () => github.comments.find((c) => c.body.startsWith(MARKER))?.body ?? '';
const plan = (run: ActionRun) => JSON.parse(run.outputs.plan) as { findings: { rule: string; severity: string; message: string; file: string }[] };
const errorsOf = (run: ActionRun, rule: string) => plan(run).findings.filter((f) => f.rule === rule && f.severity === 'error');

function expectClean(run: ActionRun): void {
  const log = withoutMask(run.stdout) + run.stderr;
  expect(log).not.toContain(GITHUB_TOKEN);
  expect(log).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(run.stderr).toBe('');
}

describe('separation of duties (item 5)', () => {
  // Codertocat opened the pull request in the shared fixtures; the base lists them as a finance approver.
  const policy = { users: ['fiona', 'Codertocat'] };

  test("the author's own label never counts, and the comment says why", async () => {
    label('finance-approved', 'Codertocat');
    const run = await runAction(pr({ 'accounts.yaml': catalog(BASE_ACCOUNTS, policy) }, { 'accounts.yaml': catalog(withProdBudget(750), policy) }, { event: payload('pull_request.labeled.with-organization') }));
    expectClean(run);
    expect(run.code).toBe(1);
    expect(comment()).toContain("applied by the pull request's author, who cannot approve their own change");
    expect(comment()).not.toMatch(/Ready to merge/);
  });

  test('another approver counts; a base with allowAuthor: true lets the author approve', async () => {
    label('finance-approved', 'fiona');
    const other = await runAction(pr({ 'accounts.yaml': catalog(BASE_ACCOUNTS, policy) }, { 'accounts.yaml': catalog(withProdBudget(750), policy) }, { event: payload('pull_request.reopened') }));
    expect(other.code).toBe(0);

    github.labels = [];
    github.events = [];
    label('finance-approved', 'Codertocat');
    const allow = (text: string) => text.replace('users: [fiona, Codertocat] }', 'users: [fiona, Codertocat], allowAuthor: true }');
    const allowed = await runAction(pr({ 'accounts.yaml': allow(catalog(BASE_ACCOUNTS, policy)) }, { 'accounts.yaml': allow(catalog(withProdBudget(750), policy)) }, { event: payload('pull_request.opened.with-organization') }));
    expectClean(allowed);
    expect(allowed.code).toBe(0);
    expect(comment()).toContain('Ready to merge');
  });

  test('a head that sets allowAuthor is judged by the base, and its edit needs the platform approval', async () => {
    label('finance-approved', 'Codertocat');
    const head = catalog(withProdBudget(750), policy).replace('users: [fiona, Codertocat] }', 'users: [fiona, Codertocat], allowAuthor: true }');
    const run = await runAction(pr({ 'accounts.yaml': catalog(BASE_ACCOUNTS, policy) }, { 'accounts.yaml': head }));
    expect(run.code).toBe(1);
    expect(errorsOf(run, 'budget-approval')[0].message).toMatch(/pull request's author/);
    expect(errorsOf(run, 'policy-change-approval')[0].message).toContain('policy.budget.approval.allowAuthor');
  });

  test('a pull request event without its author fails instead of validating without approvals', async () => {
    const event = pullRequestPayload({ baseSha: BASE, headSha: HEAD });
    delete event.pull_request.user;
    const run = await runAction(pr({ 'accounts.yaml': catalog(BASE_ACCOUNTS) }, { 'accounts.yaml': catalog(withProdBudget(900_000)) }, { event }));
    expectClean(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::The pull_request event payload lacks the pull request's number, base or head commit, or author/m);
  });
});

describe('a first catalog cannot borrow a routine label (item 3)', () => {
  test('a label the head names (triage), applied by a maintainer, does not approve $90,000', async () => {
    github.collaborators = { olivia: 'maintain' };
    label('triage', 'olivia');
    const head = catalog(withProdBudget(90_000)).replace(/label: (finance|account-closure)-approved/g, 'label: triage');
    const run = await runAction(pr({ 'README.md': 'base' }, { 'accounts.yaml': head }));
    expectClean(run);
    expect(run.code).toBe(1);
    expect(errorsOf(run, 'budget-approval')[0].message).toContain('`finance-approved`');
    expect(errorsOf(run, 'policy-change-approval')[0].message).toContain('`account-closure-approved`');
  });

  test('its policy.rules cannot switch the approval rules off', async () => {
    github.collaborators = { olivia: 'maintain' };
    const head = catalog(withProdBudget(90_000)).replace('accounts:\n', '  rules: { budget-approval: off, policy-change-approval: off }\naccounts:\n');
    const run = await runAction(pr({ 'README.md': 'base' }, { 'accounts.yaml': head }));
    expect(run.code).toBe(1);
    expect(errorsOf(run, 'policy-change-approval')).toHaveLength(1);
    expect(errorsOf(run, 'budget-approval')).toHaveLength(1);
  });
});

describe('files that decide how the check runs need the platform approval (item 3)', () => {
  const base = { 'accounts.yaml': catalog(BASE_ACCOUNTS), [WORKFLOW]: WORKFLOW_TEXT };

  test('a workflow edit fails without the closing label, at the workflow file, and passes with it', async () => {
    const options = pr(base, { 'accounts.yaml': catalog(BASE_ACCOUNTS), [WORKFLOW]: WORKFLOW_TEXT.replace('@v1', '@v0') });
    const run = await runAction(options);
    expectClean(run);
    expect(run.code).toBe(1);
    const finding = annotations(run.stdout).find((a) => a.title === 'policy-change-approval');
    expect(finding).toMatchObject({ kind: 'error', file: WORKFLOW, line: 1 });
    expect(comment()).toContain(`edits ${WORKFLOW} (a workflow or local action), which decides how the catalog is checked`);

    label('account-closure-approved', 'olivia');
    const approved = await runAction(options);
    expect(approved.code).toBe(0);
  });

  test('a workflow edit pushed after the approval makes it stale, though the catalog did not change', async () => {
    const C0 = '0'.repeat(39) + 'a';
    github.setTree(BASE, base);
    github.setTree(C0, { ...base, [WORKFLOW]: WORKFLOW_TEXT.replace('@v1', '@v2') });
    github.setTree(HEAD, { ...base, [WORKFLOW]: WORKFLOW_TEXT.replace('@v1', '@v0') });
    github.pullBase = BASE;
    github.commits = [
      { sha: C0, date: '2026-01-01T10:00:00Z', pushedAt: '2026-01-01T10:01:00Z' },
      { sha: HEAD, date: '2026-01-03T10:00:00Z', pushedAt: '2026-01-03T10:01:00Z' },
    ];
    label('account-closure-approved', 'olivia', '2026-01-02T10:00:00Z');
    const run = await runAction({ workspace: { ...base, [WORKFLOW]: WORKFLOW_TEXT.replace('@v1', '@v0') }, event: pullRequestPayload({ baseSha: BASE, headSha: HEAD }), apiUrl: github.url });
    expect(run.code).toBe(1);
    expect(errorsOf(run, 'policy-change-approval')[0].message).toMatch(/before the pull request last changed at 2026-01-03T10:01:00/);
  });

  test('deleting or moving a catalog file needs it, read from the paginated file list', async () => {
    const split = (text: string) => {
      const at = text.indexOf('accounts:\n');
      return { 'catalog/org.yaml': text.slice(0, at), 'catalog/accounts.yaml': text.slice(at), 'catalog/notes.yaml': '# notes\nversion: 1\n' };
    };
    const headFiles: Record<string, string> = { ...split(catalog(BASE_ACCOUNTS)) };
    delete headFiles['catalog/notes.yaml'];
    headFiles['catalog/ship.yaml'] = headFiles['catalog/accounts.yaml'];
    delete headFiles['catalog/accounts.yaml'];
    // 150 other files first: the catalog's entries are on the second page.
    for (let i = 0; i < 150; i++) headFiles[`docs/a${String(i).padStart(3, '0')}.md`] = `page ${i}`;
    const run = await runAction(pr(split(catalog(BASE_ACCOUNTS)), headFiles, { inputs: { catalog: 'catalog' } }));
    expectClean(run);
    expect(run.code).toBe(1);
    expect(github.requestsTo('GET', /\/pulls\/7\/files$/).length).toBe(2);
    const messages = errorsOf(run, 'policy-change-approval').map((f) => f.message);
    expect(messages.some((m) => m.startsWith('This pull request moves the catalog file catalog/accounts.yaml to catalog/ship.yaml'))).toBe(true);
    expect(messages.some((m) => m.startsWith('This pull request deletes the catalog file catalog/notes.yaml'))).toBe(true);
  });

  test('a file list GitHub refuses fails closed', async () => {
    github.inject('GET', /\/pulls\/7\/files$/, 403, 5);
    const run = await runAction(pr({ 'accounts.yaml': catalog(BASE_ACCOUNTS) }, { 'accounts.yaml': catalog(BASE_ACCOUNTS) }));
    expectClean(run);
    expect(run.code).toBe(1);
    expect(comment()).toContain("The pull request's changed files could not be read (GitHub answered HTTP 403)");
  });

  test('a file list at GitHub\'s 3,000-file limit fails closed: a workflow edit could be past it', async () => {
    github.pullFiles = Array.from({ length: 3000 }, (_, i): FakePullFile => ({ filename: `docs/f${i}.md`, status: 'added' }));
    const run = await runAction(pr({ 'accounts.yaml': catalog(BASE_ACCOUNTS) }, { 'accounts.yaml': catalog(BASE_ACCOUNTS) }));
    expect(run.code).toBe(1);
    expect(comment()).toContain('GitHub lists at most 3,000 files of a pull request');
  }, 120_000);
});

describe('branches that used to skip a check', () => {
  test('pull_request_target: the head commit is judged (the workspace holds the base), so a raise fails', async () => {
    const options = pr({ 'accounts.yaml': catalog(BASE_ACCOUNTS) }, { 'accounts.yaml': catalog(withProdBudget(900_000)) });
    const run = await runAction({ ...options, workspace: { 'accounts.yaml': catalog(BASE_ACCOUNTS) }, eventName: 'pull_request_target' });
    expectClean(run);
    expect(run.code).toBe(1);
    expect(errorsOf(run, 'budget-approval')).toHaveLength(1);
    expect(run.stdout).toMatch(/^::warning::This workflow runs on pull_request_target/m);
  });

  test('mode: apply with no default branch in the payload asks GitHub, and refuses another branch', async () => {
    const push = webhook('push');
    delete push.repository.default_branch;
    const apply = (env: Record<string, string>) =>
      runAction({ workspace: { 'accounts.yaml': catalog(BASE_ACCOUNTS) }, eventName: 'push', event: push, apiUrl: github.url, inputs: { mode: 'apply' }, env });
    const elsewhere = await apply({ GITHUB_REF: 'refs/heads/feature' });
    expectClean(elsewhere);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stdout).toMatch(/^::error::mode: apply runs only on the default branch \(master\); this run is for refs\/heads\/feature/m);
    expect(github.requestsTo('GET', /^\/repos\/Codertocat\/Hello-World$/).length).toBe(1);

    github.defaultBranch = undefined;
    const unknown = await apply({ GITHUB_REF: 'refs/heads/master' });
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toMatch(/^::error::mode: apply runs only on the default branch, and it could not be read \(HTTP 404\), so nothing was applied/m);
  });

  test('mode: apply with no ref refuses', async () => {
    const run = await runAction({ workspace: { 'accounts.yaml': catalog(BASE_ACCOUNTS) }, eventName: 'push', event: webhook('push'), apiUrl: github.url, inputs: { mode: 'apply' }, env: { GITHUB_REF: '' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/this run is for an unknown ref/);
  });
});
