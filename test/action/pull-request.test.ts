// End to end on the real bundle: node dist/index.js against a loopback GitHub API.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FakeGitHub } from '../support/fake-github';
import { annotations, APPROVALS_TOKEN, GITHUB_TOKEN, pullRequestPayload, REPO_ROOT, runAction, withoutMask, type ActionRun, type RunOptions } from './run-action';
import { BASE_ACCOUNTS, catalog, withProdBudget } from './catalogs';

const MARKER = '<!-- aws-account-catalog:plan -->';
const BASE = 'b'.repeat(40);
const C1 = '1'.repeat(40);
const C2 = '2'.repeat(40);
const BOT = 'github-actions[bot]';

let github: FakeGitHub;

beforeEach(async () => {
  github = new FakeGitHub();
  github.identities[GITHUB_TOKEN] = BOT;
  github.identities[APPROVALS_TOKEN] = 'org-reader';
  await github.start();
});
afterEach(() => github.stop());

/** A PR whose base has `base` and whose commits (oldest first) have the given catalogs; the workspace holds the last. */
function pr(base: string, commits: { sha: string; catalog: string; date: string; pushedAt?: string }[], options: Partial<RunOptions> & { labels?: string[]; fork?: boolean } = {}): RunOptions {
  github.setTree(BASE, { 'accounts.yaml': base, 'README.md': 'base' });
  github.pullBase = BASE;
  for (const c of commits) github.setTree(c.sha, { 'accounts.yaml': c.catalog });
  github.commits = commits.map((c) => ({ sha: c.sha, date: c.date, ...(c.pushedAt ? { pushedAt: c.pushedAt } : {}) }));
  const head = commits[commits.length - 1];
  return {
    workspace: { 'accounts.yaml': head.catalog },
    event: pullRequestPayload({ baseSha: BASE, headSha: head.sha, ...(options.labels ? { labels: options.labels } : {}), ...(options.fork ? { fork: true } : {}) }),
    apiUrl: github.url,
    ...options,
  };
}

/** What must hold for every run: no stack trace, no token in the log. */
function expectClean(run: ActionRun): void {
  // `::add-mask::<token>` is how core.setSecret asks the runner to mask a token; the runner consumes that line.
  const log = withoutMask(run.stdout) + run.stderr;
  expect(log).not.toContain(GITHUB_TOKEN);
  expect(log).not.toContain(APPROVALS_TOKEN);
  expect(log).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(run.stderr).toBe('');
}

const creates = () => github.requestsTo('POST', /\/issues\/\d+\/comments$/).length;
const updates = () => github.requestsTo('PATCH', /\/issues\/comments\/\d+$/).length;
const comment = () => github.comments.find((c) => c.body.startsWith(MARKER));

describe('pull request check', () => {
  test('1. a clean PR: the comment is created, then a second run updates the same comment', async () => {
    const head = catalog([...BASE_ACCOUNTS, { name: 'ship-new-dev', budget: 150 }]);
    const options = pr(catalog(BASE_ACCOUNTS), [{ sha: C1, catalog: head, date: '2026-01-01T10:00:00Z' }]);
    const first = await runAction(options);
    expectClean(first);
    expect(first.code).toBe(0);
    expect(creates()).toBe(1);
    expect(comment()?.body).toContain('ship-new-dev');
    expect(first.outputs['comment-id']).toBe(String(comment()?.id));
    expect(first.outputs['has-changes']).toBe('true');
    expect(first.outputs.errors).toBe('0');
    expect(JSON.parse(first.outputs.plan)).toMatchObject({ version: 1, summary: { create: 1, errors: 0 } });
    expect(first.summary).toContain('ship-new-dev');

    const second = await runAction(options);
    expectClean(second);
    expect(second.code).toBe(0);
    expect(creates()).toBe(1);
    expect(updates()).toBe(1);
    expect(github.comments).toHaveLength(1);
    expect(second.outputs['comment-id']).toBe(first.outputs['comment-id']);
    // Labels and events come from the API, the base catalog from the contents API at the base SHA.
    expect(github.requestsTo('GET', /\/issues\/7\/labels$/).length).toBe(2);
    expect(github.requests.some((r) => r.path.endsWith('/contents/accounts.yaml') && r.url.includes(`ref=${BASE}`))).toBe(true);
  });

  test('2. a budget raise to $750 without the label fails (labels come from the API, not the replayed payload)', async () => {
    // The payload still lists the label (a re-run replays it), but it has been removed since.
    const run = await runAction(pr(catalog(BASE_ACCOUNTS), [{ sha: C1, catalog: catalog(withProdBudget(750)), date: '2026-01-01T10:00:00Z' }], { labels: ['finance-approved'] }));
    expectClean(run);
    expect(run.code).toBe(1);
    expect(run.outputs.errors).not.toBe('0');
    expect(comment()?.body).toContain('budget-approval');
    expect(comment()?.body).toContain('finance-approved');
    const budget = annotations(run.stdout).find((a) => a.title === 'budget-approval');
    expect(budget).toMatchObject({ kind: 'error', file: 'accounts.yaml' });
    expect(budget!.line).toBeGreaterThan(1);
  });

  test('3. the label applied by a non-approver fails', async () => {
    github.labels = ['finance-approved'];
    github.events = [{ label: 'finance-approved', actor: 'mallory', at: '2026-01-02T10:00:00Z' }];
    const run = await runAction(pr(catalog(BASE_ACCOUNTS), [{ sha: C1, catalog: catalog(withProdBudget(750)), date: '2026-01-01T10:00:00Z' }], { labels: ['finance-approved'] }));
    expectClean(run);
    expect(run.code).toBe(1);
    expect(comment()?.body).toContain('mallory');
    expect(annotations(run.stdout).some((a) => a.title === 'budget-approval' && /not an approver/.test(a.message))).toBe(true);
  });

  test('4. the label applied by an approver passes', async () => {
    github.labels = ['finance-approved'];
    github.events = [
      // More than one page of other events: the approval is on the second page.
      ...Array.from({ length: 150 }, (_, i) => ({ label: `triage-${i}`, actor: 'bot', at: '2026-01-01T10:30:00Z' })),
      { label: 'finance-approved', actor: 'mallory', at: '2026-01-01T11:00:00Z' },
      { label: 'finance-approved', actor: 'mallory', at: '2026-01-01T11:30:00Z', event: 'unlabeled' },
      { label: 'finance-approved', actor: 'fiona', at: '2026-01-02T10:00:00Z' },
    ];
    const run = await runAction(pr(catalog(BASE_ACCOUNTS), [{ sha: C1, catalog: catalog(withProdBudget(750)), date: '2026-01-01T10:00:00Z', pushedAt: '2026-01-01T10:01:00Z' }]));
    expectClean(run);
    expect(run.outputs.errors).toBe('0');
    expect(run.code).toBe(0);
    expect(comment()?.body).toContain('Ready to merge');
  });

  test('4b. a team approver counts only through the approvals-token (read:org), as an active member', async () => {
    const base = catalog(BASE_ACCOUNTS, { users: [], teams: ['acme/finance'] });
    const head = catalog(withProdBudget(750), { users: [], teams: ['acme/finance'] });
    github.teams = { 'acme/finance': { frank: 'active', pat: 'pending' } };
    github.orgReaderToken = APPROVALS_TOKEN;
    github.labels = ['finance-approved'];
    github.events = [{ label: 'finance-approved', actor: 'frank', at: '2026-01-02T10:00:00Z' }];
    const commits = [{ sha: C1, catalog: head, date: '2026-01-01T10:00:00Z' }];

    const without = await runAction(pr(base, commits));
    expectClean(without);
    expect(without.code).toBe(1);
    const finding = annotations(without.stdout).find((a) => a.title === 'budget-approval');
    expect(finding?.message).toMatch(/approvals-token/);
    expect(finding?.message).toMatch(/read:org/);

    const withToken = await runAction(pr(base, commits, { inputs: { 'approvals-token': APPROVALS_TOKEN } }));
    expectClean(withToken);
    expect(withToken.code).toBe(0);
    const membership = github.requestsTo('GET', /^\/orgs\/acme\/teams\/finance\/memberships\/frank$/);
    expect(membership.length).toBe(1);
    expect(membership[0].authorization).toContain(APPROVALS_TOKEN);

    github.events = [{ label: 'finance-approved', actor: 'pat', at: '2026-01-02T10:00:00Z' }];
    const pending = await runAction(pr(base, commits, { inputs: { 'approvals-token': APPROVALS_TOKEN } }));
    expectClean(pending);
    expect(pending.code).toBe(1);
  });

  test('4c. the approval policy comes from the base: a head that adds its author as approver still fails', async () => {
    github.labels = ['finance-approved'];
    github.events = [{ label: 'finance-approved', actor: 'mallory', at: '2026-01-02T10:00:00Z' }];
    const head = catalog(withProdBudget(750), { users: ['fiona', 'mallory'] });
    const run = await runAction(pr(catalog(BASE_ACCOUNTS), [{ sha: C1, catalog: head, date: '2026-01-01T10:00:00Z' }]));
    expectClean(run);
    expect(run.code).toBe(1);
    expect(annotations(run.stdout).some((a) => a.title === 'budget-approval')).toBe(true);
  });

  test('5. the label applied before a later commit that raised the budget again fails as stale', async () => {
    github.labels = ['finance-approved'];
    github.events = [{ label: 'finance-approved', actor: 'fiona', at: '2026-01-02T10:00:00Z' }];
    const run = await runAction(
      pr(catalog(BASE_ACCOUNTS), [
        { sha: C1, catalog: catalog(withProdBudget(750)), date: '2026-01-01T10:00:00Z', pushedAt: '2026-01-01T10:01:00Z' },
        { sha: C2, catalog: catalog(withProdBudget(5000)), date: '2026-01-03T10:00:00Z', pushedAt: '2026-01-03T10:01:00Z' },
      ]),
    );
    expectClean(run);
    expect(run.code).toBe(1);
    expect(annotations(run.stdout).find((a) => a.title === 'budget-approval')?.message).toMatch(/before|stale|after/i);
  });

  test('5b. a back-dated commit does not make an old approval fresh: the push time counts', async () => {
    github.labels = ['finance-approved'];
    github.events = [{ label: 'finance-approved', actor: 'fiona', at: '2026-01-02T10:00:00Z' }];
    const run = await runAction(
      pr(catalog(BASE_ACCOUNTS), [
        { sha: C1, catalog: catalog(withProdBudget(750)), date: '2026-01-01T10:00:00Z', pushedAt: '2026-01-01T10:01:00Z' },
        // Committer date forged to before the label; GitHub received it after.
        { sha: C2, catalog: catalog(withProdBudget(5000)), date: '2026-01-01T12:00:00Z', pushedAt: '2026-01-03T10:01:00Z' },
      ]),
    );
    expectClean(run);
    expect(run.code).toBe(1);
    expect(github.requestsTo('GET', /\/activity$/).length).toBeGreaterThan(0);
  });

  test('5f. a commit pushed, force-pushed away before the approval, then pushed again after it, is stale', async () => {
    github.labels = ['finance-approved'];
    github.events = [{ label: 'finance-approved', actor: 'fiona', at: '2026-01-02T10:00:00Z' }];
    const options = pr(catalog(BASE_ACCOUNTS), [
      { sha: C1, catalog: catalog(withProdBudget(750)), date: '2026-01-01T10:00:00Z' },
      { sha: C2, catalog: catalog(withProdBudget(5000)), date: '2026-01-01T11:00:00Z' },
    ]);
    github.activity = [
      { after: C1, at: '2026-01-01T10:01:00Z' },
      { after: C2, at: '2026-01-01T11:01:00Z' },
      { after: C1, at: '2026-01-01T12:00:00Z', type: 'force_push' }, // the approver sees $750
      { after: C2, at: '2026-01-03T09:00:00Z', type: 'force_push' }, // $5,000 is back, after the approval
    ];
    const run = await runAction(options);
    expectClean(run);
    expect(run.code).toBe(1);
    expect(annotations(run.stdout).find((a) => a.title === 'budget-approval')?.message).toMatch(/2026-01-03T09:00:00/);
  });

  test('5c. an approval after the last budget change stays valid when later commits change something else', async () => {
    github.labels = ['finance-approved'];
    github.events = [{ label: 'finance-approved', actor: 'fiona', at: '2026-01-02T10:00:00Z' }];
    const later = catalog([...withProdBudget(750), { name: 'ship-extra-dev', budget: 50 }]);
    const run = await runAction(
      pr(catalog(BASE_ACCOUNTS), [
        { sha: C1, catalog: catalog(withProdBudget(750)), date: '2026-01-01T10:00:00Z', pushedAt: '2026-01-01T10:01:00Z' },
        { sha: C2, catalog: later, date: '2026-01-03T10:00:00Z', pushedAt: '2026-01-03T10:01:00Z' },
      ]),
    );
    expectClean(run);
    expect(run.outputs.errors).toBe('0');
    expect(run.code).toBe(0);
  });

  test('5d. past the 250 commits GitHub lists, the head commit stands for every change', async () => {
    github.labels = ['finance-approved'];
    const commits = Array.from({ length: 260 }, (_, i) => ({
      sha: (i + 1).toString(16).padStart(40, '0'),
      catalog: catalog(withProdBudget(750)),
      date: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    }));
    const options = pr(catalog(BASE_ACCOUNTS), commits);
    github.events = [{ label: 'finance-approved', actor: 'fiona', at: '2026-01-01T03:00:00Z' }]; // after commit 180, before the head
    const stale = await runAction(options);
    expectClean(stale);
    expect(stale.code).toBe(1);
    expect(github.requestsTo('GET', /\/commits\/0+104$/).length).toBe(1);
    github.events = [{ label: 'finance-approved', actor: 'fiona', at: '2026-01-02T00:00:00Z' }];
    const fresh = await runAction(options);
    expectClean(fresh);
    expect(fresh.code).toBe(0);
  });

  test('5e. a catalog directory: the base and earlier commits are listed and read through the contents API', async () => {
    const split = (text: string) => {
      const at = text.indexOf('accounts:\n');
      return { 'catalog/org.yaml': text.slice(0, at), 'catalog/accounts.yaml': text.slice(at), 'catalog/.hidden.yaml': 'not: [yaml', 'catalog/notes.txt': 'x' };
    };
    github.setTree(BASE, split(catalog(BASE_ACCOUNTS)));
    github.pullBase = BASE;
    github.setTree(C1, split(catalog(withProdBudget(750))));
    github.setTree(C2, split(catalog([...withProdBudget(750), { name: 'ship-extra-dev' }])));
    github.commits = [
      { sha: C1, date: '2026-01-01T10:00:00Z', pushedAt: '2026-01-01T10:01:00Z' },
      { sha: C2, date: '2026-01-03T10:00:00Z', pushedAt: '2026-01-03T10:01:00Z' },
    ];
    github.labels = ['finance-approved'];
    github.events = [{ label: 'finance-approved', actor: 'fiona', at: '2026-01-02T10:00:00Z' }];
    const head = split(catalog([...withProdBudget(750), { name: 'ship-extra-dev' }]));
    const run = await runAction({ workspace: head, inputs: { catalog: 'catalog' }, event: pullRequestPayload({ baseSha: BASE, headSha: C2 }), apiUrl: github.url });
    expectClean(run);
    expect(run.outputs.errors).toBe('0');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.plan).summary).toMatchObject({ create: 1, update: 1 });
    // The organization file did not change between commits: it was fetched once per blob, not per commit.
    expect(github.requests.filter((r) => r.path.endsWith('/contents/catalog/org.yaml')).length).toBe(1);
  });

  test('6. a fork PR (403 on comment) writes the summary, gives the right exit code, and does not crash', async () => {
    github.commentsForbidden = true;
    const clean = await runAction(pr(catalog(BASE_ACCOUNTS), [{ sha: C1, catalog: catalog([...BASE_ACCOUNTS, { name: 'ship-new-dev' }]), date: '2026-01-01T10:00:00Z' }], { fork: true }));
    expectClean(clean);
    expect(clean.code).toBe(0);
    expect(clean.summary).toContain('ship-new-dev');
    expect(clean.summary).toMatch(/refused the plan comment/);
    expect(clean.stdout).toMatch(/^::notice::.*fork/m);
    expect(clean.outputs['comment-id']).toBe('');

    const failing = await runAction(pr(catalog(BASE_ACCOUNTS), [{ sha: C1, catalog: catalog(withProdBudget(750)), date: '2026-01-01T10:00:00Z' }], { fork: true }));
    expectClean(failing);
    expect(failing.code).toBe(1);
    expect(failing.summary).toContain('budget-approval');
  });

  test('7. a 10,000-account change keeps the comment at 65,536 characters or fewer, and the summary is complete', async () => {
    // The base is over 1 MB, so the contents API gives it only through the raw media type.
    const many = (budget: number) => Array.from({ length: 10_000 }, (_, i) => ({ name: `svc${String(i).padStart(5, '0')}-dev`, budget }));
    const base = catalog([...BASE_ACCOUNTS, ...many(100)]);
    expect(Buffer.byteLength(base)).toBeGreaterThan(1024 * 1024);
    const run = await runAction(pr(base, [{ sha: C1, catalog: catalog([...BASE_ACCOUNTS, ...many(150)]), date: '2026-01-01T10:00:00Z' }]));
    expectClean(run);
    expect(run.code).toBe(0);
    const body = comment()!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/summary/i);
    expect(JSON.parse(run.outputs.plan).summary.update).toBe(10_000);
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024);
    for (const name of ['svc00000-dev', 'svc05000-dev', 'svc09999-dev']) expect(run.summary).toContain(name);
  }, 120_000);

  test('8. GitHub answers 502 twice and then succeeds: the run succeeds', async () => {
    github.inject('GET', /\/issues\/7\/labels$/, 502, 2);
    const run = await runAction(pr(catalog(BASE_ACCOUNTS), [{ sha: C1, catalog: catalog([...BASE_ACCOUNTS, { name: 'ship-new-dev' }]), date: '2026-01-01T10:00:00Z' }]));
    expectClean(run);
    expect(run.code).toBe(0);
    expect(github.requestsTo('GET', /\/issues\/7\/labels$/).length).toBe(3);
    expect(creates()).toBe(1);
  }, 60_000);

  test('8c. a rate limit (429, x-ratelimit-remaining 0) is waited out and retried', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 1);
    github.inject('GET', /\/issues\/7\/events$/, 429, 1, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset });
    const run = await runAction(pr(catalog(BASE_ACCOUNTS), [{ sha: C1, catalog: catalog([...BASE_ACCOUNTS, { name: 'ship-new-dev' }]), date: '2026-01-01T10:00:00Z' }]));
    expectClean(run);
    expect(run.code).toBe(0);
    expect(github.requestsTo('GET', /\/issues\/7\/events$/).length).toBeGreaterThanOrEqual(2);
    expect(creates()).toBe(1);
  }, 60_000);

  test('8b. GitHub failing for good: a one-line error, no stack trace', async () => {
    github.inject('GET', /\/issues\/7\/labels$/, 502, 10);
    const run = await runAction(pr(catalog(BASE_ACCOUNTS), [{ sha: C1, catalog: catalog(BASE_ACCOUNTS), date: '2026-01-01T10:00:00Z' }]));
    expectClean(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::The GitHub API answered HTTP 502/m);
    expect(run.summary).toMatch(/could not run: The GitHub API answered HTTP 502/);
  }, 60_000);

  test('9. a malformed catalog produces findings with file:line annotations and exit code 1, and no stack trace', async () => {
    const broken = catalog(BASE_ACCOUNTS).replace('    budget: { monthlyUsd: 400 }', '    budget: { monthlyUsd: 400\n  oops: [');
    const run = await runAction(pr(catalog(BASE_ACCOUNTS), [{ sha: C1, catalog: broken, date: '2026-01-01T10:00:00Z' }]));
    expectClean(run);
    expect(run.code).toBe(1);
    const found = annotations(run.stdout).filter((a) => a.kind === 'error' && a.file === 'accounts.yaml');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].line).toBeGreaterThan(1);
    expect(run.summary).toContain('yaml-syntax');
  });
});

test('plan mode never loads the AWS SDK: the run works with the AWS chunks deleted', async () => {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-dist-'));
  try {
    for (const file of ['index.js', 'package.json']) fs.copyFileSync(path.join(REPO_ROOT, 'dist', file), path.join(copy, file));
    expect(fs.readdirSync(path.join(REPO_ROOT, 'dist')).filter((f) => /^\d+\.index\.js$/.test(f)).length).toBeGreaterThan(0);
    const run = await runAction({ ...pr(catalog(BASE_ACCOUNTS), [{ sha: C1, catalog: catalog(withProdBudget(750)), date: '2026-01-01T10:00:00Z' }]), bundle: path.join(copy, 'index.js') });
    expectClean(run);
    expect(run.code).toBe(1);
    expect(comment()?.body).toContain('budget-approval');
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
});

describe('the sticky comment', () => {
  test('a look-alike comment with the marker by someone else is never updated', async () => {
    github.comments.push({ id: 5, body: `${MARKER}\nfake plan: all approved`, user: { login: 'mallory', type: 'User' }, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' });
    const run = await runAction(pr(catalog(BASE_ACCOUNTS), [{ sha: C1, catalog: catalog(withProdBudget(300)), date: '2026-01-01T10:00:00Z' }]));
    expectClean(run);
    expect(updates()).toBe(0);
    expect(creates()).toBe(1);
    expect(github.comments.find((c) => c.id === 5)?.body).toContain('fake plan');
  });

  test('without GraphQL (an API that lacks it), the token counts as github-actions[bot] and the comment is still updated in place', async () => {
    github.inject('POST', /^\/graphql$/, 404, 10);
    const options = pr(catalog(BASE_ACCOUNTS), [{ sha: C1, catalog: catalog(withProdBudget(300)), date: '2026-01-01T10:00:00Z' }]);
    expect((await runAction(options)).code).toBe(0);
    const second = await runAction(options);
    expectClean(second);
    expect(second.code).toBe(0);
    expect(creates()).toBe(1);
    expect(updates()).toBe(1);
  });

  test('comment: on-change creates nothing for a PR without changes or findings, but updates an existing comment', async () => {
    const options = pr(catalog(BASE_ACCOUNTS), [{ sha: C1, catalog: catalog(BASE_ACCOUNTS), date: '2026-01-01T10:00:00Z' }], { inputs: { comment: 'on-change' } });
    const quiet = await runAction(options);
    expectClean(quiet);
    expect(quiet.code).toBe(0);
    expect(creates()).toBe(0);
    expect(quiet.summary).toContain('No account changes');

    github.comments.push({ id: 9, body: `${MARKER}\nold plan`, user: { login: BOT, type: 'Bot' }, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' });
    const again = await runAction(options);
    expect(again.code).toBe(0);
    expect(updates()).toBe(1);
    expect(github.comments.find((c) => c.id === 9)?.body).toContain('No account changes');
  });

  test('comment: false never comments', async () => {
    const run = await runAction(pr(catalog(BASE_ACCOUNTS), [{ sha: C1, catalog: catalog(withProdBudget(300)), date: '2026-01-01T10:00:00Z' }], { inputs: { comment: 'false' } }));
    expectClean(run);
    expect(run.code).toBe(0);
    expect(creates() + updates()).toBe(0);
    expect(github.requestsTo('GET', /\/comments$/).length).toBe(0);
  });

  test('GitHub Enterprise Server: the API URL comes from GITHUB_API_URL (/api/v3)', async () => {
    const options = pr(catalog(BASE_ACCOUNTS), [{ sha: C1, catalog: catalog(withProdBudget(300)), date: '2026-01-01T10:00:00Z' }]);
    const run = await runAction({ ...options, apiUrl: `${github.url}/api/v3` });
    expectClean(run);
    expect(run.code).toBe(0);
    expect(creates()).toBe(1);
    expect(github.requests.every((r) => r.url.startsWith('/api/'))).toBe(true);
  });
});
