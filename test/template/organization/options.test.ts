import { parse } from 'yaml';
import { catalogFromMemory } from '../../../src/fs/read-catalog';
import { evaluate } from '../../../src/core/engine';
import { orgSynth } from './support';

function catalogOf(out: Record<string, any>) {
  const files = Object.keys(out).filter((f) => /^catalog\/[^/]+\.yaml$/.test(f)).sort().map((path) => ({ path, content: out[path] as string }));
  return evaluate({ head: catalogFromMemory(files) }).plan;
}

describe('aws-organization-repo: the catalog', () => {
  const out = orgSynth();

  test('organization.yaml holds version, organization, environments, OUs, policy with approver teams and the platform team', () => {
    const org = parse(out['catalog/organization.yaml']);
    expect(Object.keys(org)).toEqual(['version', 'organization', 'environments', 'teams', 'organizationalUnits', 'policy']);
    expect(org.organization.managementAccountId).toBe('111111111111');
    expect(org.teams).toEqual({ platform: { github: 'acme/platform', email: 'platform@example.com' } });
    expect(org.policy.budget.approval.teams).toEqual(['acme/finance']);
    expect(org.policy.closing.approval.teams).toEqual(['acme/platform']);
    expect(org.accounts).toBeUndefined();
  });

  test('one file per team (an example team by default), with the schema modeline; the whole catalog has 0 errors', () => {
    expect(Object.keys(out).filter((f) => f.startsWith('catalog/')).sort()).toEqual(['catalog/example.yaml', 'catalog/organization.yaml']);
    for (const f of ['catalog/example.yaml', 'catalog/organization.yaml']) {
      expect(out[f].split('\n')[0]).toBe('# yaml-language-server: $schema=../node_modules/aws-account-catalog/schema/catalog.schema.json');
    }
    const plan = catalogOf(out);
    expect(plan.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(plan.changes.map((c) => c.account)).toEqual([]);
    const teams = orgSynth({ teams: ['ship', 'dock'] });
    expect(Object.keys(teams).filter((f) => f.startsWith('catalog/')).sort()).toEqual(['catalog/dock.yaml', 'catalog/organization.yaml', 'catalog/ship.yaml']);
    expect(catalogOf(teams).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('catalog files are written once (owned by their teams); the workflows, CODEOWNERS and roles.json are managed', () => {
    const managed: string[] = out['.projen/files.json'].files;
    for (const f of ['.github/workflows/account-catalog.yml', '.github/workflows/account-catalog-apply.yml', '.github/workflows/account-catalog-drift.yml', '.github/CODEOWNERS', 'roles.json']) {
      expect([f, managed.includes(f)]).toEqual([f, true]);
    }
    for (const f of ['catalog/organization.yaml', 'catalog/example.yaml', 'src/roles-stack.ts', 'test/roles-stack.test.ts', 'README.md']) {
      expect([f, managed.includes(f)]).toEqual([f, false]);
    }
  });

  test('CODEOWNERS: organization.yaml, .github/ and .projenrc.ts to the platform team, each team file to its team (last match wins)', () => {
    const lines = orgSynth({ teams: ['ship', 'dock'], platformTeam: 'cloud' })['.github/CODEOWNERS'].split('\n').filter((l: string) => l && !l.startsWith('#'));
    expect(lines).toEqual([
      '* @acme/cloud',
      '/catalog/organization.yaml @acme/cloud',
      '/.github/ @acme/cloud',
      '/.projenrc.ts @acme/cloud',
      '/catalog/ship.yaml @acme/ship',
      '/catalog/dock.yaml @acme/dock',
    ]);
  });

  test('npx projen build validates the catalog with the CLI before the tests', () => {
    const tasks = out['.projen/tasks.json'].tasks;
    expect(tasks['validate-catalog'].steps).toEqual([{ exec: 'account-catalog validate catalog/' }]);
    expect(tasks.test.steps[0]).toEqual({ spawn: 'validate-catalog' });
    expect(out['package.json'].devDependencies['aws-account-catalog']).toBeDefined();
  });
});

describe('aws-organization-repo: the workflows', () => {
  const out = orgSynth({ actionRef: 'acme/aws-account-catalog@0123456789abcdef0123456789abcdef01234567' });
  const plan = parse(out['.github/workflows/account-catalog.yml']);
  const apply = parse(out['.github/workflows/account-catalog-apply.yml']);
  const drift = parse(out['.github/workflows/account-catalog-drift.yml']);
  const actionStep = (wf: any, job: string) => wf.jobs[job].steps.find((s: any) => String(s.uses).startsWith('acme/aws-account-catalog@'));

  test('every workflow runs the Action at the pinned ref', () => {
    for (const [wf, job] of [[plan, 'plan'], [apply, 'apply'], [drift, 'drift']]) {
      expect(actionStep(wf, job).uses).toBe('acme/aws-account-catalog@0123456789abcdef0123456789abcdef01234567');
    }
  });

  test('the PR check: pull_request with label changes, one run per PR, the plan role, live plan and the sticky comment', () => {
    expect(plan.on).toEqual({ pull_request: { types: ['opened', 'synchronize', 'reopened', 'labeled', 'unlabeled'] } });
    expect(plan.on.pull_request_target).toBeUndefined();
    expect(plan.permissions).toEqual({ 'contents': 'read', 'pull-requests': 'write', 'id-token': 'write' });
    expect(plan.concurrency).toEqual({ 'group': 'account-catalog-pr-${{ github.event.pull_request.number }}', 'cancel-in-progress': true });
    expect(plan.jobs.plan.name).toBe('account-catalog');
    const creds = plan.jobs.plan.steps.find((s: any) => String(s.uses).startsWith('aws-actions/configure-aws-credentials'));
    expect(creds.with['role-to-assume']).toBe('arn:aws:iam::111111111111:role/account-catalog-plan');
    expect(actionStep(plan, 'plan').with).toEqual({
      'catalog': 'catalog/', 'mode': 'plan', 'comment': 'true', 'live': 'true', 'aws-region': 'us-east-1',
      'approvals-token': '${{ secrets.ACCOUNT_CATALOG_APPROVALS_TOKEN }}',
    });
  });

  test('apply: on push to the default branch, in the protected environment, with the apply role, never cancelled', () => {
    expect(apply.on).toEqual({ push: { branches: ['main'], paths: ['catalog/**'] } });
    expect(apply.permissions).toEqual({ 'contents': 'read', 'id-token': 'write' });
    expect(apply.concurrency).toEqual({ 'group': 'account-catalog-apply', 'cancel-in-progress': false });
    expect(apply.jobs.apply.environment).toBe('aws-apply');
    expect(apply.jobs.apply.steps[1].with['role-to-assume']).toBe('arn:aws:iam::111111111111:role/account-catalog-apply');
    expect(actionStep(apply, 'apply').with).toMatchObject({ catalog: 'catalog/', mode: 'apply' });
  });

  test('drift: schedule and workflow_dispatch, the drift role, mode drift with one issue', () => {
    expect(drift.on).toEqual({ schedule: [{ cron: '17 6 * * 1-5' }], workflow_dispatch: {} });
    expect(drift.permissions).toEqual({ 'contents': 'read', 'id-token': 'write', 'issues': 'write' });
    expect(drift.jobs.drift.if).toBe("github.ref == 'refs/heads/main'");
    expect(drift.jobs.drift.steps[1].with['role-to-assume']).toBe('arn:aws:iam::111111111111:role/account-catalog-drift');
    expect(actionStep(drift, 'drift').with).toMatchObject({ 'catalog': 'catalog/', 'mode': 'drift', 'drift-issue': 'true', 'fail-on-drift': 'false' });
  });

  test('options reach the workflows and roles.json', () => {
    const o = orgSynth({ defaultReleaseBranch: 'trunk', applyEnvironment: '', region: 'eu-west-1', identityCenter: true, createOidcProvider: false, roleNamePrefix: 'cat', githubRepo: 'acme/cloud-accounts' });
    const a = parse(o['.github/workflows/account-catalog-apply.yml']);
    expect(a.on.push.branches).toEqual(['trunk']);
    expect(a.jobs.apply.environment).toBeUndefined();
    expect(a.jobs.apply.steps[1].with).toMatchObject({ 'role-to-assume': 'arn:aws:iam::111111111111:role/cat-apply', 'aws-region': 'eu-west-1' });
    expect(o['roles.json']).toMatchObject({
      managementAccountId: '111111111111', region: 'eu-west-1', githubRepo: 'acme/cloud-accounts', defaultBranch: 'trunk',
      applyEnvironment: '', createOidcProvider: false, identityCenter: true, roleNames: { plan: 'cat-plan', drift: 'cat-drift', apply: 'cat-apply' },
    });
    expect(orgSynth()['roles.json'].githubRepo).toBe('acme/aws-accounts');
  });
});

describe('aws-organization-repo: bad options fail with one clear line', () => {
  test.each([
    [{ managementAccountId: '1234' }, /managementAccountId "1234" must be the 12-digit id/],
    [{ org: 'acme corp' }, /org "acme corp" must be a GitHub organization name/],
    [{ githubRepo: 'acme' }, /githubRepo "acme" must be owner\/name/],
    [{ teams: ['Ship'] }, /team "Ship" must be lower-case kebab-case/],
    [{ teams: ['organization'] }, /team "organization" is taken/],
    [{ teams: ['platform'] }, /team "platform" is the platform team/],
    [{ teams: ['ship', 'ship'] }, /team "ship" is listed twice/],
    [{ teams: [] }, /teams must name at least one team/],
    [{ applyEnvironment: 'a b' }, /applyEnvironment "a b"/],
    [{ defaultReleaseBranch: 'main\nx' }, /control character/],
    [{ driftSchedule: 'daily' }, /driftSchedule "daily" must be a 5-field cron/],
    [{ actionRef: 'not a ref' }, /aws-organization-repo: actionRef "not a ref"/],
    [{ emailDomain: 'not a domain' }, /the options give an invalid account catalog/],
  ] as const)('%j', (options, message) => {
    let error: unknown;
    try {
      orgSynth(options as any);
    } catch (e) {
      error = e;
    }
    expect(String(error)).toMatch(message);
    expect((error as Error).stack).not.toMatch(/\n\s+at /);
  });
});
