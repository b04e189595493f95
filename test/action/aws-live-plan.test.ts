// End to end: a pull request plan with `live: true` — the bundled Action reads the loopback AWS fake
// (through AWS_ENDPOINT_URL) and the PR comment, the summary and the plan output show drift and unmanaged accounts.
import { startFakeAws, type FakeAws } from '../support/fake-aws';
import { FakeGitHub } from '../support/fake-github';
import { catalogYaml } from '../live/support';
import { GITHUB_TOKEN, pullRequestPayload, runAction } from './run-action';

const BASE = 'b'.repeat(40);
const HEAD = '1'.repeat(40);

let github: FakeGitHub;
let aws: FakeAws;

beforeEach(async () => {
  github = new FakeGitHub();
  github.identities[GITHUB_TOKEN] = 'github-actions[bot]';
  await github.start();
  aws = await startFakeAws();
  for (const ou of ['/Workloads/Dev', '/Workloads/Prod', '/Sandbox']) aws.addOu(ou);
});

afterEach(async () => {
  github.stop();
  await aws.close();
});

function livePlan(base: string, head: string, env: Record<string, string> = aws.env()) {
  github.setTree(BASE, { 'accounts.yaml': base });
  github.setTree(HEAD, { 'accounts.yaml': head });
  github.commits = [{ sha: HEAD, date: '2026-01-01T10:00:00Z' }];
  return runAction({
    workspace: { 'accounts.yaml': head },
    event: pullRequestPayload({ baseSha: BASE, headSha: HEAD }),
    apiUrl: github.url,
    inputs: { live: 'true' },
    env,
  });
}

describe('plan with live: true (bundled Action)', () => {
  test('drift and unmanaged accounts reach the comment, the summary and the plan output', async () => {
    const ship = aws.putAccount({ name: 'ship-dev', email: 'aws+ship-dev@acme.com', ou: '/Sandbox', tags: { 'cost-center': 'cc-1' } });
    aws.putBudget(ship.Id, 100, [{ percent: 80 }, { percent: 100 }, { percent: 100, type: 'forecasted' }], ['ship@acme.com']);
    aws.putAccount({ name: 'stray', email: 'stray@acme.com', ou: '/Sandbox' });
    const yaml = catalogYaml([{ name: 'ship-dev', id: ship.Id, tags: { 'cost-center': 'cc-1' } }]);
    const run = await livePlan(yaml, yaml);
    // Node 20 only: the SDK warns that it will need Node 22 (the Action runs on node24).
    expect(run.stderr.replace(/\(node:\d+\) Warning: NodeVersionSupportWarning[\s\S]*?--trace-warnings[^\n]*\n/, '')).toBe('');
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.outputs.plan);
    expect(plan.drift).toEqual([{ account: 'ship-dev', id: ship.Id, fields: [{ path: 'ou', from: '/Workloads/Dev', to: '/Sandbox' }] }]);
    expect(plan.unmanaged).toEqual([expect.objectContaining({ name: 'stray', email: 'stray@acme.com', ou: '/Sandbox', status: 'ACTIVE' })]);
    const comment = github.comments[0]?.body ?? '';
    expect(comment).toContain('Drift: AWS differs from the catalog');
    expect(comment).toContain('Unmanaged: in AWS, not in the catalog');
    expect(run.summary).toContain('Drift');
    // Nothing changed between base and head: tags and budgets are left to the drift run, and the comment says so.
    expect(aws.count().ListTagsForResource).toBeUndefined();
    expect(comment).toContain('Tags and budgets were read in AWS for the 0 accounts this change touches (of 1 managed); the scheduled drift run (`mode: drift`) checks the others');
    // Read-only: the plan never changes AWS.
    expect(aws.calls.filter((c) => /^(Create|Update|Delete|Move|Tag|Untag|Close)/.test(c.operation))).toEqual([]);
  });

  test('a missing permission fails with one line naming it', async () => {
    aws.denied.add('ListTagsForResource');
    aws.putAccount({ name: 'ship-dev', email: 'aws+ship-dev@acme.com', ou: '/Workloads/Dev' });
    // The pull request changes ship-dev, so its tags are read.
    const run = await livePlan(catalogYaml([{ name: 'ship-dev' }]), catalogYaml([{ name: 'ship-dev', monthlyUsd: 200 }]));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('the role needs organizations:ListTagsForResource');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
