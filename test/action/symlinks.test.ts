// Issue 8, items 2 and 4, on the real bundle (node dist/index.js) against the loopback GitHub:
// a catalog path that is a symbolic link (to .git/config, where actions/checkout leaves the token,
// or to a file whose later changes it would hide from the approval check) is refused with an error,
// never read, in the workspace, in the base catalog and in the history walk.
import { FakeGitHub, symlink } from '../support/fake-github';
import { annotations, APPROVALS_TOKEN, GITHUB_TOKEN, pullRequestPayload, publishedText, runAction, type ActionRun } from './run-action';
import { BASE_ACCOUNTS, catalog, withProdBudget } from './catalogs';

const MARKER = '<!-- aws-account-catalog:plan -->';
const BASE = 'b'.repeat(40);
const C1 = '1'.repeat(40);
const C2 = '2'.repeat(40);

/** What actions/checkout writes to .git/config with persist-credentials (the default). */
const BASIC = Buffer.from(`x-access-token:${GITHUB_TOKEN}`).toString('base64');
const CHECKOUT_CONFIG = `[core]\n\trepositoryformatversion = 0\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${BASIC}\n`;

let github: FakeGitHub;
beforeEach(async () => {
  github = new FakeGitHub();
  github.identities[GITHUB_TOKEN] = 'github-actions[bot]';
  github.identities[APPROVALS_TOKEN] = 'org-reader';
  await github.start();
});
afterEach(() => github.stop());

const published = (run: ActionRun): string => publishedText(run, github.comments);

function expectNoSecret(run: ActionRun): void {
  const text = published(run);
  for (const secret of [GITHUB_TOKEN, APPROVALS_TOKEN, BASIC, BASIC.slice(8, 28), 'extraheader']) expect(text).not.toContain(secret);
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

const comment = () => github.comments.find((c) => c.body.startsWith(MARKER));

function linkFinding(run: ActionRun, file: string): void {
  const found = annotations(run.stdout).find((a) => a.kind === 'error' && a.title === 'yaml-syntax' && a.file === file);
  expect(found?.message).toMatch(/symbolic link/);
}

describe('the workspace catalog (head)', () => {
  test('validate: accounts.yaml linked to .git/config is an error finding; the token is never read', async () => {
    const run = await runAction({ workspace: { '.git/config': CHECKOUT_CONFIG }, symlinks: { 'accounts.yaml': '.git/config' }, eventName: 'push', inputs: { mode: 'validate' } });
    expect(run.code).toBe(1);
    linkFinding(run, 'accounts.yaml');
    expect(run.outputs.errors).toBe('1');
    expect(run.summary).toMatch(/symbolic link/);
    expectNoSecret(run);
  });

  test('a pull request: the comment shows the refusal, never the file', async () => {
    github.setTree(BASE, { 'accounts.yaml': catalog(BASE_ACCOUNTS) });
    github.setTree(C1, { 'accounts.yaml': symlink('.git/config') });
    github.commits = [{ sha: C1, date: '2026-01-01T10:00:00Z' }];
    const run = await runAction({
      workspace: { '.git/config': CHECKOUT_CONFIG },
      symlinks: { 'accounts.yaml': '.git/config' },
      event: pullRequestPayload({ baseSha: BASE, headSha: C1 }),
      apiUrl: github.url,
    });
    expect(run.code).toBe(1);
    linkFinding(run, 'accounts.yaml');
    expect(comment()?.body).toMatch(/yaml-syntax.*symbolic link/);
    expectNoSecret(run);
  });

  test.each([
    ['a link in a directory catalog', 'catalog', { 'catalog/b.yaml': '../.git/config' }, 'catalog/b.yaml'],
    ['a link a glob matches', 'catalog/*.yaml', { 'catalog/b.yaml': '../.git/config' }, 'catalog/b.yaml'],
    ['a linked directory a ** glob would enter', 'catalog/**/*.yaml', { 'catalog/more': '../.git' }, 'catalog/more'],
    ['a glob whose fixed directory is a link', 'linked/*.yaml', { linked: 'catalog' }, 'linked'],
    ['a linked parent directory', 'linked/a.yaml', { linked: 'catalog' }, 'linked'],
  ])('%s (catalog: %s) is refused', async (_name, input, links, file) => {
    const run = await runAction({
      workspace: { '.git/config': CHECKOUT_CONFIG, 'catalog/a.yaml': catalog(BASE_ACCOUNTS) },
      symlinks: links,
      eventName: 'push',
      inputs: { mode: 'validate', catalog: input },
    });
    expect(run.code).toBe(1);
    linkFinding(run, file);
    expectNoSecret(run);
  });

  test.each(['catalog/*.yaml', 'catalog/**/*.yaml'])('a link the glob %s can neither match nor enter (a link to a file, not *.yaml) is left alone', async (glob) => {
    const run = await runAction({
      workspace: { 'catalog/a.yaml': catalog(BASE_ACCOUNTS), 'docs/readme.md': 'x' },
      symlinks: { 'catalog/notes.md': '../docs/readme.md', 'catalog/gone': '../nowhere', 'docs/latest': '.' },
      eventName: 'push',
      inputs: { mode: 'validate', catalog: glob },
    });
    expect(run.code).toBe(0);
  });
});

/** A directory catalog split in two files, as a team would keep it. */
function split(text: string, accountsFile: string | ReturnType<typeof symlink> = ''): Record<string, string | ReturnType<typeof symlink>> {
  const at = text.indexOf('accounts:\n');
  return { 'catalog/org.yaml': text.slice(0, at), 'catalog/accounts.yaml': accountsFile === '' ? text.slice(at) : accountsFile };
}
const accountsPart = (text: string) => text.slice(text.indexOf('accounts:\n'));

describe('the approval check cannot be fooled by a link (issue 8, item 2)', () => {
  // The PR keeps catalog/accounts.yaml as a link to data/accounts.yaml. fiona approves the raise to
  // $750 after C1; C2 then raises the target to $900,000. Through the contents API the link is only
  // a link, so before the fix the history walk saw no change and the old approval counted.
  function attack(workspaceHoldsLink: boolean) {
    const c1 = catalog(withProdBudget(750));
    const c2 = catalog(withProdBudget(900_000));
    github.setTree(BASE, split(catalog(BASE_ACCOUNTS)));
    github.setTree(C1, { ...split(c1, symlink('../data/accounts.yaml')), 'data/accounts.yaml': accountsPart(c1) });
    github.setTree(C2, { ...split(c2, symlink('../data/accounts.yaml')), 'data/accounts.yaml': accountsPart(c2) });
    github.commits = [
      { sha: C1, date: '2026-01-01T10:00:00Z', pushedAt: '2026-01-01T10:01:00Z' },
      { sha: C2, date: '2026-01-03T10:00:00Z', pushedAt: '2026-01-03T10:01:00Z' },
    ];
    github.labels = ['finance-approved'];
    github.events = [{ label: 'finance-approved', actor: 'fiona', at: '2026-01-02T10:00:00Z' }];
    const files = split(c2) as Record<string, string>;
    return runAction({
      workspace: workspaceHoldsLink ? { 'catalog/org.yaml': files['catalog/org.yaml'], 'data/accounts.yaml': accountsPart(c2) } : files,
      ...(workspaceHoldsLink ? { symlinks: { 'catalog/accounts.yaml': '../data/accounts.yaml' } } : {}),
      inputs: { catalog: 'catalog' },
      event: pullRequestPayload({ baseSha: BASE, headSha: C2 }),
      apiUrl: github.url,
    });
  }

  test('the linked head file is refused: the step fails, nothing reads "Ready to merge"', async () => {
    const run = await attack(true);
    expect(run.code).toBe(1);
    linkFinding(run, 'catalog/accounts.yaml');
    expect(comment()?.body ?? '').not.toContain('Ready to merge');
    expectNoSecret(run);
  });

  test('a link anywhere the history walk looks fails the run, even when the workspace holds a real file', async () => {
    const run = await attack(false);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::The catalog at commit 2222222 reads catalog\/accounts\.yaml, which is a symbolic link/m);
    expect(run.summary).toMatch(/could not run: The catalog at commit 2222222 reads catalog\/accounts\.yaml, which is a symbolic link/);
    expect(comment()?.body ?? '').not.toContain('Ready to merge');
    expectNoSecret(run);
  });

  test.each([
    ['a link out of the repository (the API describes the link)', symlink('.git/config')],
    ['a link to a file in the repository (the API answers with the target)', symlink('real.yaml')],
  ])('a linked base catalog, %s, fails the run instead of being judged as a first catalog', async (_name, link) => {
    github.setTree(BASE, { 'accounts.yaml': link, 'real.yaml': catalog(BASE_ACCOUNTS) });
    github.setTree(C1, { 'accounts.yaml': catalog(withProdBudget(750)) });
    github.commits = [{ sha: C1, date: '2026-01-01T10:00:00Z' }];
    const run = await runAction({ workspace: { 'accounts.yaml': catalog(withProdBudget(750)) }, event: pullRequestPayload({ baseSha: BASE, headSha: C1 }), apiUrl: github.url });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::The catalog at commit bbbbbbb reads accounts\.yaml, which is a symbolic link/m);
    expect(run.stdout).not.toMatch(/first catalog/);
    expectNoSecret(run);
  });

  test.each([
    ['a linked *.yaml the glob matches', { 'catalog/b.yaml': symlink('../real.yaml') }, true],
    ['a linked directory the ** glob would enter', { 'catalog/more': symlink('../elsewhere') }, true],
    ['a link to a file the glob does not match', { 'catalog/notes.md': symlink('../real.yaml') }, false],
  ])('a base catalog by glob: %s', async (_name, links, fails) => {
    github.setTree(BASE, { 'catalog/a.yaml': catalog(BASE_ACCOUNTS), 'real.yaml': 'version: 1\n', 'elsewhere/x.yaml': 'version: 1\n', ...links });
    github.setTree(C1, { 'catalog/a.yaml': catalog([...BASE_ACCOUNTS, { name: 'ship-new-dev' }]) });
    github.commits = [{ sha: C1, date: '2026-01-01T10:00:00Z' }];
    const run = await runAction({
      workspace: { 'catalog/a.yaml': catalog([...BASE_ACCOUNTS, { name: 'ship-new-dev' }]) },
      inputs: { catalog: 'catalog/**/*.yaml' },
      event: pullRequestPayload({ baseSha: BASE, headSha: C1 }),
      apiUrl: github.url,
    });
    expect(run.code).toBe(fails ? 1 : 0);
    if (fails) expect(run.stdout).toMatch(/^::error::The catalog at commit bbbbbbb reads catalog\/(b\.yaml|more), which is a symbolic link/m);
    else expect(JSON.parse(run.outputs.plan).summary).toMatchObject({ create: 1 });
  });

  test('the fake serves links as GitHub does: a listing says symlink, a direct read of a link to a file gives the file', async () => {
    github.setTree(BASE, { 'accounts.yaml': symlink('real.yaml'), 'real.yaml': 'version: 1\n', 'out.yaml': symlink('../x') });
    const get = async (p: string) => (await fetch(`${github.url}/repos/o/r/contents/${p}?ref=${BASE}`, { headers: { authorization: `token ${GITHUB_TOKEN}` } })).json();
    expect(((await get('')) as { name: string; type: string }[]).map((e) => [e.name, e.type])).toEqual([
      ['accounts.yaml', 'symlink'],
      ['real.yaml', 'file'],
      ['out.yaml', 'symlink'],
    ]);
    expect(await get('accounts.yaml')).toMatchObject({ type: 'file', path: 'real.yaml' });
    expect(await get('out.yaml')).toMatchObject({ type: 'symlink', target: '../x', path: 'out.yaml' });
  });
});

describe('an empty catalog input (issue 8, item 8)', () => {
  test.each([[''], ['  \n  ']])('catalog: %j fails with a clear message and reads nothing', async (value) => {
    const run = await runAction({ workspace: { 'stray.yaml': 'version: 1\naccounts: [\n', 'accounts.yaml': catalog(BASE_ACCOUNTS) }, eventName: 'push', inputs: { mode: 'validate', catalog: value } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::Input catalog is empty: name the catalog file, directory or glob \(leave the input out for the default, accounts\.yaml\)\./m);
    expect(run.stdout).not.toMatch(/stray\.yaml|yaml-syntax/);
  });
});
