// `mode: validate` and non-pull-request events: the workspace catalog only, no GitHub API at all.
import { FakeGitHub } from '../support/fake-github';
import { annotations, GITHUB_TOKEN, runAction, webhook, withoutMask } from './run-action';
import { BASE_ACCOUNTS, catalog } from './catalogs';

let github: FakeGitHub;
beforeEach(async () => {
  github = new FakeGitHub();
  github.identities[GITHUB_TOKEN] = 'github-actions[bot]';
  await github.start();
});
afterEach(() => github.stop());

test('push with mode: validate checks the workspace catalog with no API access', async () => {
  const run = await runAction({ workspace: { 'accounts.yaml': catalog(BASE_ACCOUNTS) }, eventName: 'push', event: webhook('push'), apiUrl: github.url, inputs: { mode: 'validate' } });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(github.requests).toHaveLength(0);
  expect(run.outputs.errors).toBe('0');
  expect(run.summary).toContain('aws-account-catalog');
});

test('a push in plan mode says in the summary that it checked no approval', async () => {
  const run = await runAction({ workspace: { 'accounts.yaml': catalog([...BASE_ACCOUNTS, { name: 'ship-big-dev', budget: 90_000 }]) }, eventName: 'push', event: webhook('push'), apiUrl: github.url });
  expect(run.code).toBe(0);
  expect(run.summary).toContain('This is a push event: the catalog was only validated. Approvals are checked on pull requests only, so this run approves nothing.');
  expect(run.stdout).toMatch(/^::notice::This is a push event/m);
});

test('workflow_dispatch in plan mode validates only, and errors fail the step with annotations', async () => {
  const bad = catalog([...BASE_ACCOUNTS, { name: 'Bad_Name', budget: -5 }]);
  const run = await runAction({ workspace: { 'catalog/main.yaml': bad }, eventName: 'workflow_dispatch', event: {}, apiUrl: github.url, inputs: { catalog: 'catalog/*.yaml' } });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(1);
  expect(github.requests).toHaveLength(0);
  const found = annotations(run.stdout).filter((a) => a.kind === 'error' && a.file);
  expect(found.length).toBeGreaterThan(0);
  expect(found.every((a) => a.file === 'catalog/main.yaml')).toBe(true);
  expect(withoutMask(run.stdout)).not.toContain(GITHUB_TOKEN);
});

test('at most 10 annotations; the summary counts the rest', async () => {
  const many = Array.from({ length: 15 }, (_, i) => ({ name: `Bad_${i}`, budget: 100 }));
  const run = await runAction({ workspace: { 'accounts.yaml': catalog([...BASE_ACCOUNTS, ...many]) }, eventName: 'push', event: webhook('push'), inputs: { mode: 'validate' } });
  expect(run.code).toBe(1);
  const found = annotations(run.stdout).filter((a) => a.kind === 'error' || a.kind === 'warning');
  // setFailed adds one plain ::error:: without a file.
  expect(found.filter((a) => a.file).length).toBe(10);
  expect(run.summary).toMatch(/\d+ more findings? (is|are) listed here but not annotated/);
});

test('catalog text never becomes a workflow command', async () => {
  const evil = catalog(BASE_ACCOUNTS).replace('name: ship-dev', 'name: "x\\n::set-output name=errors::0\\n::add-mask::y"');
  const run = await runAction({ workspace: { 'accounts.yaml': evil }, eventName: 'push', event: webhook('push'), inputs: { mode: 'validate' } });
  expect(run.stdout).not.toMatch(/^::set-output/m);
  expect(run.stdout).not.toMatch(/^::add-mask::y/m);
  expect(run.stdout).not.toMatch(/^::stop-commands/m);
});

test('a missing catalog is a one-line error, not a stack trace', async () => {
  const run = await runAction({ workspace: { 'README.md': 'hi' }, eventName: 'push', event: webhook('push'), inputs: { mode: 'validate' } });
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/^::error::.*accounts\.yaml/m);
  expect(run.summary).toMatch(/could not run: .*accounts\.yaml/);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
});

test('a bad input value is a one-line error', async () => {
  const run = await runAction({ workspace: { 'accounts.yaml': catalog(BASE_ACCOUNTS) }, eventName: 'push', event: webhook('push'), inputs: { mode: 'deploy' } });
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/^::error::Input mode must be one of plan, validate, apply/m);
});

test('apply is refused on a pull request', async () => {
  const run = await runAction({ workspace: { 'accounts.yaml': catalog(BASE_ACCOUNTS) }, event: webhook('pull_request.opened'), inputs: { mode: 'apply' } });
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/^::error::mode: apply does not run on pull requests/m);
});

test('apply runs only on the default branch, and never with catalog errors', async () => {
  const push = webhook('push'); // repository.default_branch: master
  const elsewhere = await runAction({ workspace: { 'accounts.yaml': catalog(BASE_ACCOUNTS) }, eventName: 'push', event: push, inputs: { mode: 'apply' }, env: { GITHUB_REF: 'refs/heads/feature' } });
  expect(elsewhere.code).toBe(1);
  expect(elsewhere.stdout).toMatch(/^::error::mode: apply runs only on the default branch \(master\)/m);

  const broken = await runAction({
    workspace: { 'accounts.yaml': catalog([...BASE_ACCOUNTS, { name: 'Bad_Name' }]) },
    eventName: 'push',
    event: push,
    inputs: { mode: 'apply' },
    env: { GITHUB_REF: 'refs/heads/master' },
  });
  expect(broken.code).toBe(1);
  expect(broken.summary).toContain('Nothing was applied');
  expect(annotations(broken.stdout).some((a) => a.kind === 'error' && a.file === 'accounts.yaml')).toBe(true);
  expect(broken.stdout + broken.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
});
