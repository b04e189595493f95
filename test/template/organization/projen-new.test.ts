// End to end, as a platform team does it: pack this package, `projen new --from <tarball>
// aws-organization-repo` in an empty directory, `npx projen build` there (catalog validation with the
// CLI, the roles' stack test, cdk synth), then run the generated PR workflow's Action step as GitHub
// would: its `with:` inputs from the generated YAML, a real webhook payload, `node dist/index.js`
// against the loopback GitHub API (and the AWS fake for `live: true`, standing in for the OIDC step).
// Slow (npm installs aws-cdk-lib): one generated repo serves every assertion.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { APPROVALS_TOKEN, GITHUB_TOKEN, runAction } from '../../action/run-action';
import { startFakeAws, type FakeAws } from '../../support/fake-aws';
import { FakeGitHub } from '../../support/fake-github';
import { MINUTE, packPackage, PROJEN, run, tree } from '../e2e-support';

const WEBHOOKS = '/work/shared/fixtures/github-webhooks';
const LOCAL_WEBHOOKS = path.join(__dirname, '..', '..', 'action', 'fixtures', 'webhooks');
const BASE = 'b'.repeat(40);
const HEAD = '1'.repeat(40);

/** A real pull_request webhook payload (the shared fixtures, else this repo's copy of them). */
function pullRequestOpened(): Record<string, any> {
  const dir = fs.existsSync(path.join(WEBHOOKS, 'pull_request.opened.json')) ? WEBHOOKS : LOCAL_WEBHOOKS;
  const payload = JSON.parse(fs.readFileSync(path.join(dir, 'pull_request.opened.json'), 'utf8'));
  payload.pull_request.base.sha = BASE;
  payload.pull_request.head.sha = HEAD;
  return payload;
}

/** A step's `with:` as the runner passes it: `${{ secrets.X }}` and `${{ github.token }}` evaluated, the rest literal. */
function evaluateWith(inputs: Record<string, unknown>, secrets: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(inputs)) {
    out[name] = String(value).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
      const secret = /^secrets\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(expr);
      if (secret) return secrets[secret[1]] ?? '';
      if (expr === 'github.token') return GITHUB_TOKEN;
      throw new Error(`the test cannot evaluate \${{ ${expr} }} in with.${name}`);
    });
  }
  return out;
}

/** The catalog directory's files, relative to the repo. */
function catalogFiles(repo: string): Record<string, string> {
  const dir = path.join(repo, 'catalog');
  return Object.fromEntries(fs.readdirSync(dir).map((f) => [`catalog/${f}`, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

describe('projen new --from aws-account-catalog aws-organization-repo', () => {
  let work: string;
  let repo: string;

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-organization-repo-e2e-'));
    const tarball = packPackage(work);
    repo = path.join(work, 'aws-accounts');
    fs.mkdirSync(repo);
    run(
      process.execPath,
      [
        PROJEN, 'new', '--from', `aws-account-catalog@file:${tarball}`, 'aws-organization-repo',
        '--org', 'acme', '--management-account-id', '111111111111', '--github-repo', 'acme/aws-accounts', '--no-git',
      ],
      repo,
      15 * MINUTE,
    );
  }, 16 * MINUTE);

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  test('writes the catalog, the three workflows, CODEOWNERS, the CDK app and a .projenrc.ts with the options', () => {
    for (const f of [
      '.projenrc.ts', 'catalog/organization.yaml', 'catalog/example.yaml', '.github/CODEOWNERS', 'roles.json', 'README.md',
      '.github/workflows/account-catalog.yml', '.github/workflows/account-catalog-apply.yml', '.github/workflows/account-catalog-drift.yml',
      'src/main.ts', 'src/roles-stack.ts', 'src/roles-config.ts', 'test/roles-stack.test.ts',
    ]) {
      expect([f, fs.existsSync(path.join(repo, f))]).toEqual([f, true]);
    }
    const projenrc = fs.readFileSync(path.join(repo, '.projenrc.ts'), 'utf8');
    expect(projenrc).toContain('new AwsOrganizationRepo(');
    // the id stays text (yargs reads it as a number), so .projenrc.ts type-checks
    expect(projenrc).toMatch(/managementAccountId: ["']111111111111["']/);
    expect(JSON.parse(fs.readFileSync(path.join(repo, 'roles.json'), 'utf8'))).toMatchObject({ githubRepo: 'acme/aws-accounts', managementAccountId: '111111111111' });
  });

  test('npx projen build passes: catalog validation, the roles\' stack test, cdk synth of the roles', () => {
    const out = run('npx', ['projen', 'build'], repo, 25 * MINUTE);
    expect(out).toMatch(/validate-catalog \| account-catalog validate catalog\//);
    expect(out).toMatch(/^0 errors/m);
    const template = JSON.parse(fs.readFileSync(path.join(repo, 'cdk.out', 'account-catalog-roles.template.json'), 'utf8'));
    const roles = Object.values(template.Resources as Record<string, any>).filter((r) => r.Type === 'AWS::IAM::Role');
    const subjects = roles.map((r) => [r.Properties.RoleName, r.Properties.AssumeRolePolicyDocument.Statement[0].Condition.StringEquals['token.actions.githubusercontent.com:sub']]);
    expect(subjects.sort()).toEqual([
      ['account-catalog-apply', 'repo:acme/aws-accounts:environment:aws-apply'],
      ['account-catalog-drift', 'repo:acme/aws-accounts:ref:refs/heads/main'],
      ['account-catalog-plan', 'repo:acme/aws-accounts:pull_request'],
    ]);
    const actions = roles.flatMap((r) => r.Properties.Policies.flatMap((p: any) => p.PolicyDocument.Statement.flatMap((st: any) => [st.Action].flat())));
    expect(actions).toContain('organizations:CreateAccount');
    expect(actions.filter((a: string) => a.includes('*'))).toEqual([]);
  }, 26 * MINUTE);

  test('npx projen again changes nothing', () => {
    const before = tree(repo);
    run('npx', ['projen'], repo, 5 * MINUTE);
    expect(tree(repo)).toEqual(before);
  }, 6 * MINUTE);

  describe('the generated PR workflow\'s Action step, run as GitHub runs it', () => {
    let github: FakeGitHub;
    let aws: FakeAws;
    let workflow: Record<string, any>;
    let step: Record<string, any>;

    beforeAll(() => {
      workflow = parse(fs.readFileSync(path.join(repo, '.github/workflows/account-catalog.yml'), 'utf8'));
      step = workflow.jobs.plan.steps.find((s: any) => /\/aws-account-catalog@/.test(String(s.uses)));
    });

    beforeEach(async () => {
      github = new FakeGitHub();
      github.identities[GITHUB_TOKEN] = 'github-actions[bot]';
      github.identities[APPROVALS_TOKEN] = 'org-reader';
      github.orgReaderToken = APPROVALS_TOKEN;
      await github.start();
      aws = await startFakeAws();
      for (const ou of ['/Workloads/Dev', '/Workloads/Prod', '/Sandbox']) aws.addOu(ou);
    });

    afterEach(async () => {
      github.stop();
      await aws.close();
    });

    async function runStep(head: Record<string, string>) {
      const event = pullRequestOpened();
      // GitHub starts the workflow only for the events and types it lists.
      expect(workflow.on.pull_request.types).toContain(event.action);
      const base = catalogFiles(repo);
      github.setTree(BASE, base);
      github.pullBase = BASE;
      github.setTree(HEAD, head);
      github.commits = [{ sha: HEAD, date: '2026-01-01T10:00:00Z' }];
      return runAction({
        workspace: head,
        event,
        eventName: 'pull_request',
        apiUrl: github.url,
        inputs: evaluateWith(step.with, { ACCOUNT_CATALOG_APPROVALS_TOKEN: APPROVALS_TOKEN }),
        // The configure-aws-credentials step before it: credentials for the (fake) plan role.
        env: aws.env(),
      });
    }

    test('green on a clean pull request: the plan, the sticky comment', async () => {
      expect(step.with).toMatchObject({ catalog: 'catalog/', mode: 'plan', live: 'true' });
      const head = { ...catalogFiles(repo) };
      head['catalog/example.yaml'] = head['catalog/example.yaml'].replace('ou: /Workloads/Dev', 'ou: /Sandbox');
      const result = await runStep(head);
      expect(result.stdout).not.toMatch(/^::error/m);
      expect(result.code).toBe(0);
      const plan = JSON.parse(result.outputs.plan);
      expect(plan.summary.errors).toBe(0);
      expect(plan.changes).toEqual([expect.objectContaining({ account: 'example-dev', action: 'update' })]);
      expect(github.comments).toHaveLength(1);
      expect(github.comments[0].body).toContain('<!-- aws-account-catalog:plan -->');
    }, 3 * MINUTE);

    test('red on an unapproved budget raise', async () => {
      const head = { ...catalogFiles(repo) };
      head['catalog/example.yaml'] = head['catalog/example.yaml'].replace(/(name: example-prod[\s\S]*?monthlyUsd: )500/, '$15000');
      expect(head['catalog/example.yaml']).toContain('monthlyUsd: 5000');
      const result = await runStep(head);
      expect(result.code).toBe(1);
      const plan = JSON.parse(result.outputs.plan);
      expect(plan.findings.filter((f: any) => f.severity === 'error').map((f: any) => [f.rule, f.account])).toEqual([['budget-approval', 'example-prod']]);
      expect(result.stdout).toMatch(/^::error .*file=catalog\/example\.yaml,line=\d+/m);
    }, 3 * MINUTE);
  });
});
