// End to end: the committed bundle (node dist/index.js) in mode drift, on schedule and
// workflow_dispatch payloads, against the loopback AWS fake and the fake GitHub issues API.
import { startFakeAws, type FakeAws } from '../support/fake-aws';
import { FakeGitHub } from '../support/fake-github';
import { catalogYaml } from '../live/support';
import { GITHUB_TOKEN, runAction, webhook } from './run-action';

let fake: FakeAws;
let github: FakeGitHub;

beforeEach(async () => {
  fake = await startFakeAws();
  for (const ou of ['/Workloads/Dev', '/Workloads/Prod', '/Sandbox']) fake.addOu(ou);
  github = new FakeGitHub();
  github.identities[GITHUB_TOKEN] = 'github-actions[bot]';
  await github.start();
});

afterEach(async () => {
  await fake.close();
  await github.stop();
});

/** The payload GitHub writes for a `schedule` run: only the cron line. */
const SCHEDULE = { schedule: '17 3 * * *' };

/** n accounts in AWS exactly as their entries say; returns the entries. */
function seedMatching(n: number): { name: string; id: string }[] {
  const entries: { name: string; id: string }[] = [];
  for (let i = 0; i < n; i++) {
    const name = `svc${i}-dev`;
    const a = fake.putAccount({ name, email: `aws+${name}@acme.com`, ou: '/Workloads/Dev' });
    fake.putBudget(a.Id, 100, [{ percent: 80 }, { percent: 100 }, { percent: 100, type: 'forecasted' }], ['ship@acme.com']);
    entries.push({ name, id: a.Id });
  }
  return entries;
}

function driftRun(yaml: string, inputs: Record<string, string> = {}, eventName = 'schedule', event: unknown = SCHEDULE) {
  return runAction({
    workspace: { 'accounts.yaml': yaml },
    inputs: { mode: 'drift', ...inputs },
    eventName,
    event,
    apiUrl: github.url,
    env: { ...fake.env(), GITHUB_REF: 'refs/heads/master' },
  });
}

describe('mode: drift (bundled Action)', () => {
  test('reads every account (tags and budgets of all), lists drift and unmanaged in the summary, sets the outputs', async () => {
    const entries = seedMatching(4);
    const names = entries.map((e) => e.name);
    const drifted = [...fake.accounts.values()].find((a) => a.Name === names[2])!;
    drifted.tags.team = 'other';
    fake.putAccount({ name: 'stray', email: 'stray@acme.com', ou: '/Sandbox' });
    const run = await driftRun(catalogYaml(entries));
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(run.code).toBe(0);
    expect(fake.count().ListTagsForResource).toBe(4);
    expect(fake.count().DescribeNotificationsForBudget).toBe(4);
    expect(run.outputs.drift).toBe('1');
    expect(run.outputs.unmanaged).toBe('1');
    expect(JSON.parse(run.outputs.plan).drift).toEqual([{ account: names[2], id: drifted.Id, fields: [{ path: 'tags.team', to: 'other' }] }]);
    expect(run.summary).toContain('AWS differs from the catalog: 1 drifted account, 1 unmanaged account.');
    // Judged against itself: no approval warnings about a "new catalog".
    expect(run.summary).not.toContain('policy-change-approval');
    expect(run.summary).toContain('|stray|');
    // No drift-issue: no GitHub API call at all.
    expect(github.requests).toEqual([]);
  });

  test('fail-on-drift fails the step when AWS differs, and passes when it matches', async () => {
    const yaml = catalogYaml(seedMatching(2));
    const clean = await driftRun(yaml, { 'fail-on-drift': 'true' });
    expect(clean.code).toBe(0);
    expect(clean.outputs).toMatchObject({ drift: '0', unmanaged: '0' });
    expect(clean.summary).toContain('AWS matches the catalog: no drift, no unmanaged accounts.');

    fake.putAccount({ name: 'stray', email: 'stray@acme.com', ou: '/Sandbox' });
    const failing = await driftRun(yaml, { 'fail-on-drift': 'true' });
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('::error::AWS differs from the catalog: 0 drifted accounts, 1 unmanaged account. (fail-on-drift: true)');
  });

  test('drift-issue keeps ONE labelled issue: created, updated, then closed when AWS matches again (workflow_dispatch too)', async () => {
    const yaml = catalogYaml(seedMatching(2));
    const stray = fake.putAccount({ name: 'stray', email: 'stray@acme.com', ou: '/Sandbox' });
    // An unrelated open issue and a pull request with other labels are never touched.
    github.issues.push({ id: 1, number: 1, title: 'other', body: 'x', state: 'open', state_reason: null, labels: [{ id: 1, name: 'bug', color: 'ededed', default: false }], user: { login: 'dev', type: 'User' }, created_at: '', updated_at: '', closed_at: null });

    const first = await driftRun(yaml, { 'drift-issue': 'true' });
    expect(first.code).toBe(0);
    const ours = () => github.issues.filter((i) => i.labels.some((l) => l.name === 'account-catalog-drift'));
    expect(ours()).toHaveLength(1);
    expect(ours()[0]).toMatchObject({ state: 'open', title: 'AWS differs from the account catalog (0 drifted, 1 unmanaged)' });
    expect(ours()[0].body).toContain('|stray|');
    expect(first.stdout).toContain(`Drift issue #${ours()[0].number} created.`);

    const second = await driftRun(yaml, { 'drift-issue': 'true' }, 'workflow_dispatch', { inputs: {}, ref: 'refs/heads/master', repository: webhook('push').repository, sender: webhook('push').sender });
    expect(second.code).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(second.stdout).toContain(`Drift issue #${ours()[0].number} updated.`);

    fake.accounts.delete(stray.Id);
    const third = await driftRun(yaml, { 'drift-issue': 'true' });
    expect(third.code).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]).toMatchObject({ state: 'closed', state_reason: 'completed', title: 'AWS matches the account catalog' });
    expect(github.issues[0].state).toBe('open');

    // Matching and no open issue: nothing is created.
    const fourth = await driftRun(yaml, { 'drift-issue': 'true' });
    expect(fourth.stdout).toContain('AWS matches the catalog: no drift issue is open.');
    expect(github.requestsTo('POST', /\/issues$/)).toHaveLength(1);
  });

  test('without issues: write the step fails with one clear line', async () => {
    const yaml = catalogYaml(seedMatching(1));
    fake.putAccount({ name: 'stray', email: 'stray@acme.com', ou: '/Sandbox' });
    github.issuesForbidden = true;
    const run = await driftRun(yaml, { 'drift-issue': 'true' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::drift-issue: true needs the token to write issues: add `permissions: issues: write` to the job (GitHub answered 403).');
  });

  test('on a pull request, mode drift refuses with one line', async () => {
    const pr = webhook('pull_request.opened');
    const run = await driftRun(catalogYaml([{ name: 'svc0-dev' }]), {}, 'pull_request', pr);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::mode: drift reads the whole organization: run it on schedule or workflow_dispatch');
  });
});
