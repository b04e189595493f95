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
  github.pullBase = BASE;
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

  test('the comment shows what apply will do on merge, and says an account AWS lacks is created by apply', async () => {
    const ship = aws.putAccount({ name: 'ship-dev', email: 'aws+ship-dev@acme.com', ou: '/Sandbox' });
    aws.putBudget(ship.Id, 100, [{ percent: 80 }, { percent: 100 }, { percent: 100, type: 'forecasted' }], ['ship@acme.com']);
    const yaml = catalogYaml([{ name: 'ship-dev', id: ship.Id }, { name: 'ship-staging', monthlyUsd: 200 }]);
    const run = await livePlan(yaml, yaml);
    expect(run.code).toBe(0);
    const comment = github.comments[0]?.body ?? '';
    expect(comment).toContain('#### On merge, apply will (3)\n\n1. move ship-dev from /Sandbox to /Workloads/Dev\n2. create account ship-staging in /Workloads/Dev\n3. create the budget of ship-staging: \\$200 a month\n');
    expect(comment).toContain('|ship-staging||state|active|_not in AWS yet: apply creates it_|');
    expect(comment).not.toMatch(/\|ship-staging\|\|state\|active\|\|/);
    expect(JSON.parse(run.outputs.plan).steps.map((s: { kind: string }) => s.kind)).toEqual(['move-account', 'create-account', 'move-account', 'create-budget']);
  });

  test('spend beside each changed budget: the comment, the budget-approval finding, the warning below the forecast and the plan output', async () => {
    const prod = aws.putAccount({ name: 'ship-prod', email: 'aws+ship-prod@acme.com', ou: '/Workloads/Dev' });
    aws.putBudget(prod.Id, 500, [{ percent: 80 }, { percent: 100 }, { percent: 100, type: 'forecasted' }], ['ship@acme.com'], { actual: '412', forecast: '680' });
    const dev = aws.putAccount({ name: 'ship-dev', email: 'aws+ship-dev@acme.com', ou: '/Workloads/Dev' });
    aws.putBudget(dev.Id, 200, [{ percent: 80 }, { percent: 100 }, { percent: 100, type: 'forecasted' }], ['ship@acme.com'], { actual: '150.75', forecast: '260.1' });
    const bare = aws.putAccount({ name: 'ship-bare', email: 'aws+ship-bare@acme.com', ou: '/Workloads/Dev' });
    const base = catalogYaml([
      { name: 'ship-prod', id: prod.Id, monthlyUsd: 500 },
      { name: 'ship-dev', id: dev.Id, monthlyUsd: 200 },
      { name: 'ship-bare', id: bare.Id, monthlyUsd: 100 },
    ]);
    const head = catalogYaml([
      { name: 'ship-prod', id: prod.Id, monthlyUsd: 750 },
      { name: 'ship-dev', id: dev.Id, monthlyUsd: 180 },
      { name: 'ship-bare', id: bare.Id, monthlyUsd: 150 },
    ]);
    const run = await livePlan(base, head);
    expect(run.code).toBe(1); // the raise needs finance approval
    const comment = github.comments[0]?.body ?? '';
    expect(comment).toContain('💰 **+\\$280/month in total:** 2 raises (+\\$300), 1 cut (−\\$20) · all active accounts after the change: \\$1,080/month');
    expect(comment).toContain('|Budget USD/month|Spent · forecast this month|Other fields|');
    expect(comment).toContain('|update|ship-prod|ship|dev|/Workloads/Dev|500 → 750|\\$412 · \\$680|');
    expect(comment).toContain('|update|ship-dev|ship|dev|/Workloads/Dev|200 → 180|\\$150.75 · \\$260.10|');
    expect(comment).toContain('|update|ship-bare|ship|dev|/Workloads/Dev|100 → 150|no budget in AWS|');
    expect(comment).toMatch(/\*\*budget-approval\*\* .*raises its budget from \\\$500 to \\\$750\/month, above the \\\$500 approval threshold \(spent \\\$412 so far this month, forecast \\\$680\)/);
    expect(comment).toMatch(/\*\*budget-below-forecast\*\* .*Account "ship-dev": the new budget of \\\$180\/month is below this month's forecast of \\\$260\.10 \(\\\$150\.75 spent so far\), so its 80 % actual, 100 % actual, 100 % forecasted alerts will fire this month/);
    const plan = JSON.parse(run.outputs.plan);
    expect(plan.summary).toMatchObject({ budgetDeltaUsd: 280, budgetTotalUsd: 1080 });
    const now = new Date();
    const period = { start: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString(), end: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString() };
    expect(plan.changes.map((c: { account: string; spend: unknown }) => [c.account, c.spend])).toEqual([
      ['ship-prod', { budgetInAws: true, actualUsd: 412, forecastUsd: 680, period }],
      ['ship-dev', { budgetInAws: true, actualUsd: 150.75, forecastUsd: 260.1, period }],
      ['ship-bare', { budgetInAws: false }],
    ]);
    expect(run.summary).toContain('Spent · forecast this month');
    // Still read-only, and the only Budgets read is the usual one.
    expect(aws.calls.filter((c) => /^(Create|Update|Delete|Move|Tag|Untag|Close)/.test(c.operation))).toEqual([]);
    expect(aws.calls.filter((c) => c.service === 'budgets').map((c) => c.operation).sort()).toEqual([
      'DescribeBudgets',
      'DescribeNotificationsForBudget',
      'DescribeNotificationsForBudget',
      ...Array(6).fill('DescribeSubscribersForNotification'),
    ]);
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
