// End to end on the real bundle: a first catalog (none on the base branch) names its own approvers,
// so its approval labels count only when a repository admin or maintainer applied them (spec section 8).
import { FakeGitHub } from '../support/fake-github';
import { APPROVALS_TOKEN, GITHUB_TOKEN, pullRequestPayload, runAction, withoutMask, type RunOptions } from './run-action';
import { BASE_ACCOUNTS, catalog } from './catalogs';

const BASE = 'b'.repeat(40);
const HEAD = '1'.repeat(40);
let github: FakeGitHub;

beforeEach(async () => {
  github = new FakeGitHub();
  github.identities[GITHUB_TOKEN] = 'github-actions[bot]';
  github.identities[APPROVALS_TOKEN] = 'org-reader';
  await github.start();
});
afterEach(() => github.stop());

/** The base branch has no catalog; the PR adds one whose closing approver is `olivia`, who labels it. */
function firstCatalogPr(): RunOptions {
  const head = catalog(BASE_ACCOUNTS);
  github.setTree(BASE, { 'README.md': 'base' });
  github.pullBase = BASE;
  github.setTree(HEAD, { 'accounts.yaml': head });
  github.commits = [{ sha: HEAD, date: '2026-01-01T10:00:00Z', pushedAt: '2026-01-01T10:01:00Z' }];
  github.labels = ['account-closure-approved'];
  github.events = [{ label: 'account-closure-approved', actor: 'olivia', at: '2026-01-02T10:00:00Z' }];
  return { workspace: { 'accounts.yaml': head }, event: pullRequestPayload({ baseSha: BASE, headSha: HEAD }), apiUrl: github.url };
}

test('a first catalog cannot approve itself: a label by an approver it names, who is not a maintainer, fails', async () => {
  github.collaborators = { olivia: 'write' };
  const run = await runAction(firstCatalogPr());
  expect(run.code).toBe(1);
  expect(run.outputs.errors).not.toBe('0');
  expect(withoutMask(run.stdout) + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(run.summary).toContain('policy-change-approval');
  expect(run.summary).toContain('admin or maintainer');
  expect(github.requestsTo('GET', /\/collaborators\/olivia\/permission$/).length).toBe(1);
});

test('a first catalog approved by a repository maintainer it names passes', async () => {
  github.collaborators = { olivia: 'maintain' };
  const run = await runAction(firstCatalogPr());
  expect(run.outputs.errors).toBe('0');
  expect(run.code).toBe(0);
});
