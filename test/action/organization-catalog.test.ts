// A team repository's PR check judged by the organization's real catalog (input organization-catalog):
// the bundled Action reads the organization repository's files through the loopback GitHub API with
// organization-token, merges them with the team's own file, and fails closed when it cannot read them.
import { orgSynth } from '../template/organization/support';
import { synth as teamSynth } from '../template/support';
import { FakeGitHub } from '../support/fake-github';
import { GITHUB_TOKEN, pullRequestPayload, runAction } from './run-action';

const BASE = 'b'.repeat(40);
const HEAD = '1'.repeat(40);
const ORG_TOKEN = 'github_pat_FAKEorgREADER0123456789abcdefABCDEF';

const org = orgSynth({ teams: ['ship', 'dock'], emailDomain: 'example.com' });
const orgFiles = Object.fromEntries(Object.keys(org).filter((f) => f.startsWith('catalog/')).map((f) => [f, org[f] as string]));
const teamFile = (options = {}): string => teamSynth({ team: 'ship', githubTeam: 'acme/ship', organizationCatalog: 'acme/aws-accounts', ...options })['catalog/ship.yaml'];

let github: FakeGitHub;

/** What a user sees: the log without the ::add-mask:: commands (the runner hides those values), and the summary. */
function visible(run: { stdout: string; stderr: string; summary: string }): string {
  return [run.stdout.replace(/^::add-mask::.*$/gm, ''), run.stderr, run.summary].join('\n');
}

beforeEach(async () => {
  github = new FakeGitHub();
  github.identities[GITHUB_TOKEN] = 'github-actions[bot]';
  github.identities[ORG_TOKEN] = 'org-reader';
  await github.start();
  github.addRepository('acme/aws-accounts', { trees: { main: orgFiles }, readers: [ORG_TOKEN] });
  github.commits = [{ sha: HEAD, date: '2026-01-01T10:00:00Z' }];
});

afterEach(() => github.stop());

function check(base: string | undefined, head: string, inputs: Record<string, string> = {}) {
  github.setTree(BASE, base === undefined ? {} : { 'catalog/ship.yaml': base });
  github.pullBase = BASE;
  github.setTree(HEAD, { 'catalog/ship.yaml': head });
  return runAction({
    workspace: { 'catalog/ship.yaml': head },
    event: pullRequestPayload({ baseSha: BASE, headSha: HEAD }),
    apiUrl: github.url,
    inputs: { 'catalog': 'catalog/ship.yaml', 'organization-catalog': 'acme/aws-accounts', 'organization-token': ORG_TOKEN, ...inputs },
  });
}

describe('organization-catalog (bundled Action)', () => {
  test('green: the team file is judged with the organization\'s policy, teams and OUs', async () => {
    const run = await check(teamFile(), teamFile());
    expect(run.stdout).not.toMatch(/::error/);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.plan).summary.errors).toBe(0);
    expect(run.summary).toContain('Judged with the organization catalog acme/aws-accounts/catalog');
    // read with the organization token, never with the workflow token
    const reads = github.requests.filter((r) => r.path.startsWith('/repos/acme/aws-accounts'));
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((r) => r.authorization?.includes(ORG_TOKEN))).toBe(true);
    expect(visible(run)).not.toContain(ORG_TOKEN);
  });

  test('red: a budget raise above the organization\'s threshold without its finance approval', async () => {
    const run = await check(teamFile(), teamFile({ prodMonthlyBudgetUsd: 5000 }));
    expect(run.code).toBe(1);
    const plan = JSON.parse(run.outputs.plan);
    expect(plan.findings.filter((f: any) => f.severity === 'error').map((f: any) => f.rule)).toEqual(['budget-approval']);
  });

  test('red: an OU the organization does not declare (the team file cannot declare its own)', async () => {
    const run = await check(teamFile(), teamFile({ devOu: '/Skunkworks' }));
    expect(run.code).toBe(1);
    expect(JSON.parse(run.outputs.plan).findings.map((f: any) => f.rule)).toContain('account-ou-known');
  });

  test('the team\'s first pull request is judged by the organization\'s policy too', async () => {
    const run = await check(undefined, teamFile({ prodMonthlyBudgetUsd: 5000 }));
    expect(run.code).toBe(1);
    expect(run.summary).not.toContain('judged as a first catalog');
    expect(JSON.parse(run.outputs.plan).findings.filter((f: any) => f.severity === 'error').map((f: any) => f.rule)).toEqual(['budget-approval']);
  });

  test('fails closed when the organization catalog cannot be read', async () => {
    const run = await check(teamFile(), teamFile(), { 'organization-token': '' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::Input organization-catalog acme\/aws-accounts\/catalog: the repository or ref cannot be read \(HTTP 404\)\. The check cannot judge/);
    expect(run.stdout).not.toMatch(/\n\s+at /);
    expect(visible(run)).not.toContain(GITHUB_TOKEN);
    const missing = await check(teamFile(), teamFile(), { 'organization-catalog': 'acme/aws-accounts/nothing-here' });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/::error::Input organization-catalog acme\/aws-accounts\/nothing-here: no \.yaml or \.yml files there/);
  });

  test('a malformed input is one clear line', async () => {
    const run = await check(teamFile(), teamFile(), { 'organization-catalog': 'acme/../x' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::Input organization-catalog must look like owner\/repo\[\/path\]\[@ref\]/);
  });
});
