// The process is really killed (SIGKILL) right after the fake has carried out and answered call N,
// then the bundled Action runs again: AWS ends in the catalog's state, with one account per email.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startFakeAws, type FakeAws } from '../support/fake-aws';
import { catalogYaml } from '../live/support';
import { BUNDLE, webhook } from './run-action';

const POLL = { ACCOUNT_CATALOG_POLL_INTERVAL_MS: '5', ACCOUNT_CATALOG_POLL_MAX_INTERVAL_MS: '20', ACCOUNT_CATALOG_POLL_TIMEOUT_MS: '10000' };

/** Runs `node dist/index.js` in mode apply; kills it with SIGKILL when the fake reaches its crash point. */
async function runApply(fake: FakeAws, yaml: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; summary: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-aws-crash-'));
  try {
    fs.writeFileSync(path.join(dir, 'accounts.yaml'), yaml);
    fs.writeFileSync(path.join(dir, 'event.json'), JSON.stringify(webhook('push')));
    fs.writeFileSync(path.join(dir, 'summary.md'), '');
    fs.writeFileSync(path.join(dir, 'output.txt'), '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
      GITHUB_OUTPUT: path.join(dir, 'output.txt'),
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
      GITHUB_WORKSPACE: dir,
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_REF: 'refs/heads/master',
      INPUT_MODE: 'apply',
      INPUT_CATALOG: 'accounts.yaml',
      'INPUT_GITHUB-TOKEN': 'ghs_FAKE',
      'INPUT_DRY-RUN': 'false',
      INPUT_LIVE: 'false',
      ...fake.env(),
      ...POLL,
    };
    const child = spawn(process.execPath, [BUNDLE], { cwd: dir, env });
    fake.onCrash = () => child.kill('SIGKILL');
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', () => undefined);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    fake.onCrash = undefined;
    return { code, signal, stdout, summary: fs.readFileSync(path.join(dir, 'summary.md'), 'utf8') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function scenario() {
  const fake = await startFakeAws({ createPolls: 2 });
  fake.addOu('/Workloads/Dev');
  const change = fake.putAccount({ name: 'change-dev', email: 'aws+change-dev@acme.com', ou: '/Workloads/Dev', tags: { stale: 'x' } });
  fake.putBudget(change.Id, 100, [{ percent: 80 }], ['ship@acme.com']);
  const close = fake.putAccount({ name: 'close-dev', email: 'aws+close-dev@acme.com', ou: '/Workloads/Dev' });
  const yaml = catalogYaml(
    [
      { name: 'new-dev', ou: '/Team/New', tags: { 'cost-center': 'cc-9' } },
      { name: 'change-dev', id: change.Id, ou: '/Team/New', monthlyUsd: 150, tags: { 'cost-center': 'cc-2' } },
      { name: 'close-dev', id: close.Id, state: 'closed' },
    ],
    { ous: ['/Workloads', '/Workloads/Dev', '/Team', '/Team/New'] },
  );
  return { fake, yaml, change, close };
}

describe('SIGKILL after a call, then re-run (bundled Action)', () => {
  let writePoints: number[] = [];

  test('an uninterrupted run: find the calls that change AWS', async () => {
    const { fake, yaml } = await scenario();
    try {
      const run = await runApply(fake, yaml);
      expect(run.code).toBe(0);
      // Crash right after each write and after the first status poll of the new account.
      writePoints = fake.calls.flatMap((c, i) => (/^(Create|Update|Delete|Move|Tag|Untag|Close)/.test(c.operation) || (c.operation === 'DescribeCreateAccountStatus' && fake.calls[i - 1]?.operation === 'CreateAccount') ? [i + 1] : []));
      expect(writePoints.length).toBeGreaterThanOrEqual(9);
    } finally {
      await fake.close();
    }
  });

  test('each crash point ends in the catalog state, one account per email, CreateAccount once', async () => {
    for (const n of writePoints) {
      const { fake, yaml, change, close } = await scenario();
      try {
        fake.crashAfter(n);
        const killed = await runApply(fake, yaml);
        expect({ n, signal: killed.signal }).toEqual({ n, signal: 'SIGKILL' });
        fake.recover();
        const again = await runApply(fake, yaml);
        expect({ n, code: again.code }).toEqual({ n, code: 0 });
        const created = [...fake.accounts.values()].filter((a) => a.Email === 'aws+new-dev@acme.com');
        expect({ n, accounts: created.length, creates: fake.calls.filter((c) => c.operation === 'CreateAccount').length }).toEqual({ n, accounts: 1, creates: 1 });
        expect(fake.ouPath(created[0].parentId)).toBe('/Team/New');
        expect(fake.budgets.has(`${fake.managementAccountId}/account-catalog-${created[0].Id}`)).toBe(true);
        expect(fake.ouPath(fake.accounts.get(change.Id)!.parentId)).toBe('/Team/New');
        expect(fake.accounts.get(change.Id)!.tags).toEqual({ 'cost-center': 'cc-2' });
        expect(fake.budgets.get(`${fake.managementAccountId}/account-catalog-${change.Id}`)!.budget.BudgetLimit!.Amount).toBe('150.0');
        expect(fake.accounts.get(close.Id)!.Status).toBe('PENDING_CLOSURE');
        // And a third run has nothing left to do.
        const before = fake.calls.length;
        const third = await runApply(fake, yaml);
        expect(third.summary).toContain('AWS already matches the catalog');
        expect(fake.calls.slice(before).some((c) => /^(Create|Update|Delete|Move|Tag|Untag|Close)/.test(c.operation))).toBe(false);
      } finally {
        await fake.close();
      }
    }
  }, 600_000);
});
