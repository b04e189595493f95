// Issue 8, item 4, defense in depth, on the real bundle: whatever text reaches a report, the
// Action's own tokens never leave it, plain or base64-encoded (any alignment, URL-safe, cut short),
// in the comment, the job summary, the annotations and log, the outputs or a failure message.
import { FakeGitHub } from '../support/fake-github';
import { APPROVALS_TOKEN, GITHUB_TOKEN, pullRequestPayload, publishedText, runAction, type ActionRun } from './run-action';
import { BASE_ACCOUNTS, catalog } from './catalogs';

const BASE = 'b'.repeat(40);
const C1 = '1'.repeat(40);
const b64 = (text: string) => Buffer.from(text).toString('base64');
const urlSafe = (text: string) => b64(text).replace(/\+/g, '-').replace(/\//g, '_');

/** The encoded texts planted in the catalog: every alignment of the token inside base64, and URL-safe. */
const PLANTED = [
  b64(`x-access-token:${GITHUB_TOKEN}`), // actions/checkout's extraheader
  b64(GITHUB_TOKEN),
  b64(`:${GITHUB_TOKEN}`),
  b64(`a:${GITHUB_TOKEN}`),
  b64(`user:${APPROVALS_TOKEN}`),
  urlSafe(`x-access-token:${GITHUB_TOKEN}`),
];

let github: FakeGitHub;
beforeEach(async () => {
  github = new FakeGitHub();
  github.identities[GITHUB_TOKEN] = 'github-actions[bot]';
  github.identities[APPROVALS_TOKEN] = 'org-reader';
  await github.start();
});
afterEach(() => github.stop());

const published = (run: ActionRun): string => publishedText(run, github.comments);

function expectRedacted(text: string): void {
  for (const token of [GITHUB_TOKEN, APPROVALS_TOKEN]) {
    expect(text).not.toContain(token);
    for (let i = 0; i + 12 <= token.length; i += 4) expect(text).not.toContain(token.slice(i, i + 12));
  }
  // No 16 characters of the token's part of any encoding (the first and last groups also hold the prefix).
  for (const encoded of PLANTED) for (let i = 4; i + 20 <= encoded.length; i += 4) expect(text).not.toContain(encoded.slice(i, i + 16));
}

test('tokens quoted from the catalog (a copied .git/config, tags, a name) are redacted from every sink', async () => {
  const tags = PLANTED.map((v, i) => `      t${i}: "${v}"\n`).join('');
  const head = `${catalog([...BASE_ACCOUNTS, { name: 'ship-leak-dev' }]).replace('    budget: { monthlyUsd: 100 }\n', `    budget: { monthlyUsd: 100 }\n    tags:\n${tags}`)}  - name: ${GITHUB_TOKEN.toLowerCase()}\n    email: aws+x@acme.com\n    owner: ship\n    environment: dev\n    ou: /Workloads/Dev\n`;
  // A committed copy of the checkout's config, named as a catalog file: its yaml-syntax findings quote the lines.
  const copied = `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${PLANTED[0]}\n\ttoken = ${GITHUB_TOKEN} ${APPROVALS_TOKEN}\n`;
  github.setTree(BASE, { 'accounts.yaml': catalog(BASE_ACCOUNTS) });
  github.setTree(C1, { 'accounts.yaml': head, 'config.yaml': copied });
  github.commits = [{ sha: C1, date: '2026-01-01T10:00:00Z' }];
  for (const files of [['accounts.yaml'], ['accounts.yaml', 'config.yaml']]) {
    github.comments.length = 0;
    const run = await runAction({
      workspace: { 'accounts.yaml': head, 'config.yaml': copied },
      inputs: { catalog: files.join('\n'), 'approvals-token': APPROVALS_TOKEN },
      event: pullRequestPayload({ baseSha: BASE, headSha: C1 }),
      apiUrl: github.url,
    });
    expect(run.code).toBe(1);
    const text = published(run);
    expect(text).toContain('***');
    expectRedacted(text);
    expectRedacted(github.comments.map((c) => c.body).join('\n'));
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0].body).toContain('***');
    expect(run.summary).toContain('***');
    // The plan output is still JSON.
    expect(() => JSON.parse(run.outputs.plan)).not.toThrow();
    // The runner is asked to mask the token and the form actions/checkout writes.
    expect(run.stdout).toContain(`::add-mask::${GITHUB_TOKEN}\n`);
    expect(run.stdout).toContain(`::add-mask::${PLANTED[0]}\n`);
  }
});

test('a failure message that would quote a token is redacted (log and summary)', async () => {
  const run = await runAction({
    workspace: {},
    eventName: 'push',
    inputs: { mode: 'validate', catalog: `${GITHUB_TOKEN}/${PLANTED[0]}.yaml` },
  });
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/^::error::\*\*\*.*does not exist/m);
  expect(run.summary).toMatch(/could not run: \*\*\*/);
  expectRedacted(published(run));
});
