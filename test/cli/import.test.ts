// `account-catalog import` and `plan --live`, run as a user runs them (node lib/cli/bin.js) against
// the loopback AWS fake that speaks the Organizations and Budgets JSON 1.1 protocols.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startFakeAws, type FakeAws } from '../support/fake-aws';
import { cli, ensureBuilt, expectOneLineFailure, tempDir } from './aws-cli';

const ALERTS = [{ percent: 80 }, { percent: 100 }, { percent: 100, type: 'forecasted' }];

/** Nested OUs, two OUs named Apps, tagged, untagged, suspended and closing accounts, names outside kebab-case. */
function seedMixed(fake: FakeAws): Record<string, string> {
  const ids: Record<string, string> = {};
  const put = (name: string, ou: string, tags: Record<string, string> = {}, status = 'ACTIVE') => {
    ids[name] = fake.putAccount({ name, email: `aws+${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}@acme.com`, ou, tags, status }).Id;
  };
  put('ship-dev', '/Workloads/Dev', { owner: 'ship', environment: 'dev', 'cost-center': 'cc-1', 'aws:cloudformation:stack-name': 'x' });
  put('ship-prod', '/Workloads/Prod', { Owner: 'ship@acme.com' });
  put('dock-apps', '/Teams/Dock/Apps', { team: 'dock', env: 'Staging' });
  put('ship-apps', '/Teams/Ship/Apps', { team: 'ship' });
  put('Legacy_Prod', '/Legacy');
  put('Old Sandbox', '/Sandbox', {}, 'SUSPENDED');
  put('dock-legacy-dev', '/Legacy', { team: 'dock' }, 'PENDING_CLOSURE');
  fake.putBudget(ids['ship-dev'], 300, ALERTS, ['ship@acme.com']);
  fake.putBudget(ids['ship-prod'], 750, [{ percent: 80 }], ['finance@acme.com']);
  return ids;
}

let fake: FakeAws;
let work: string;

beforeAll(() => ensureBuilt());
beforeEach(async () => {
  fake = await startFakeAws();
  work = tempDir();
});
afterEach(async () => {
  await fake.close();
  fs.rmSync(work, { recursive: true, force: true });
});

const run = (args: string[], env: Record<string, string> = {}) => cli(args, { cwd: work, fake, env });
const read = (file: string) => fs.readFileSync(path.join(work, file), 'utf8');

describe('import: the round trip', () => {
  test('import, then validate with 0 errors, then plan --live with no drift and only the budgets the summary named', async () => {
    const ids = seedMixed(fake);
    const imported = await run(['import', '--output', 'catalog.yaml']);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    const text = read('catalog.yaml');
    expect(text).toContain(`managementAccountId: "${fake.managementAccountId}"`);
    // Same-named OUs under different parents stay distinct; full paths.
    expect(text).toContain('  - /Teams/Dock/Apps\n');
    expect(text).toContain('  - /Teams/Ship/Apps\n');
    // Suspended and closing accounts are closed; names outside kebab-case keep their names.
    expect(text).toMatch(/name: Old Sandbox\n(?:.*\n)*?\s+state: closed/);
    expect(text).toMatch(/name: dock-legacy-dev\n(?:.*\n)*?\s+state: closed/);
    expect(text).toContain('name: Legacy_Prod');
    expect(text).toContain('Legacy_Prod');
    expect(text).not.toContain('aws:cloudformation');
    // Owners: tag, email tag, missing; environments: tag, OU, name suffix.
    expect(text).toMatch(/ship:\n\s+email: ship@acme.com/);
    expect(text).toMatch(/# review: owner: no owner\/team\/Owner\/Team tag; choose the owning team\n(?:.*\n)?\s+- name: Legacy_Prod/);
    expect(text).toMatch(/# review: environment: guessed from the OU \/Workloads\/Prod\n\s+- name: ship-prod/);
    expect(text).toMatch(/# review: environment: guessed from the name suffix "Prod"\n(?:.*\n)?\s+- name: Legacy_Prod/);
    expect(text).toMatch(/name: dock-apps\n\s+email: \S+\n\s+owner: dock\n\s+environment: staging/);
    expect(text).toMatch(/name: ship-prod\n(?:.*\n)*?\s+budget:\n\s+monthlyUsd: 750\n\s+alerts:\n\s+- \{ percent: 80 \}\n\s+recipients: \[ finance@acme.com \]/);

    const summary = imported.stdout;
    expect(summary).toMatch(/^Wrote catalog\.yaml\./);
    expect(summary).toContain('Legacy_Prod');
    const budgetLines = summary.split('\n').filter((l) => /^ {2}- create the budget of /.test(l)).map((l) => l.replace(/^ {2}- create the budget of (.+): \$500 a month$/, '$1')).sort();
    expect(budgetLines).toEqual(['Legacy_Prod', 'dock-apps', 'management', 'ship-apps']);

    const validate = await run(['validate', 'catalog.yaml', '--format', 'json']);
    expect(JSON.parse(validate.stdout).errors).toBe(0);
    expect(validate.status).toBe(0);

    const plan = await run(['plan', '--live', '--head', 'catalog.yaml', '--format', 'json']);
    expect(plan.stderr).toBe('');
    expect(plan.status).toBe(0);
    const json = JSON.parse(plan.stdout);
    expect(json.unmanaged).toEqual([]);
    expect(json.steps.map((s: { kind: string; account: string }) => `${s.kind} ${s.account}`).sort()).toEqual(budgetLines.map((n) => `create-budget ${n}`).sort());
    // The only drift is the budgets AWS does not have yet.
    for (const d of json.drift) expect(d.fields).toEqual([{ path: 'budget.monthlyUsd', from: 500 }]);
    expect(json.drift.map((d: { account: string }) => d.account).sort()).toEqual(budgetLines);
    expect(ids['ship-dev']).toMatch(/^\d{12}$/);
  });

  test('importing the same organization twice gives the same bytes; an existing file is never replaced without --force', async () => {
    seedMixed(fake);
    expect((await run(['import', '--output', 'a.yaml'])).status).toBe(0);
    expect((await run(['import', '--output', 'b.yaml'])).status).toBe(0);
    expect(read('a.yaml')).toBe(read('b.yaml'));
    const before = read('a.yaml');
    const calls = fake.calls.length;
    expectOneLineFailure(await run(['import', '--output', 'a.yaml']), /a\.yaml exists: pass --force/);
    expect(fake.calls.length).toBe(calls);
    expect(read('a.yaml')).toBe(before);
    const forced = await run(['import', '--output', 'a.yaml', '--force']);
    expect(forced.status).toBe(0);
    expect(read('a.yaml')).toBe(before);
    expect(fs.readdirSync(work).sort()).toEqual(['a.yaml', 'b.yaml']);
  });

  test('without --output the catalog goes to stdout and the summary to stderr', async () => {
    seedMixed(fake);
    const result = await run(['import']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^# Imported from AWS/);
    expect(result.stderr).toMatch(/^Read 8 accounts/);
  });

  test.each(['owner', 'ou'])('--split-by %s writes organization.yaml plus one file per group, which validates with 0 errors', async (split) => {
    seedMixed(fake);
    const result = await run(['import', '--output', 'catalog', '--split-by', split]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const files = fs.readdirSync(path.join(work, 'catalog')).sort();
    if (split === 'owner') expect(files).toEqual(['dock.yaml', 'organization.yaml', 'ship.yaml', 'unassigned.yaml']);
    else expect(files).toEqual(['legacy.yaml', 'organization.yaml', 'root.yaml', 'sandbox.yaml', 'teams-dock-apps.yaml', 'teams-ship-apps.yaml', 'workloads-dev.yaml', 'workloads-prod.yaml']);
    const organization = read('catalog/organization.yaml');
    for (const key of ['version', 'organization', 'environments', 'teams', 'organizationalUnits', 'policy']) expect(organization).toMatch(new RegExp(`^${key}:`, 'm'));
    expect(organization).not.toMatch(/^accounts:/m);
    const validate = await run(['validate', 'catalog', '--format', 'json']);
    expect(JSON.parse(validate.stdout).errors).toBe(0);
    const plan = JSON.parse((await run(['plan', '--live', '--head', 'catalog', '--format', 'json'])).stdout);
    expect(plan.steps.every((s: { kind: string }) => s.kind === 'create-budget')).toBe(true);
    // A directory that already holds catalog files is not written without --force.
    expectOneLineFailure(await run(['import', '--output', 'catalog', '--split-by', split]), /already holds catalog files/);
  });

  test('untagged accounts only: every account is named for review, and the catalog still validates', async () => {
    fake.putAccount({ name: 'alpha', email: 'alpha@acme.com', ou: '/X' });
    fake.putAccount({ name: 'beta', email: 'beta@acme.com', ou: '/X/Y' });
    const result = await run(['import', '--output', 'c.yaml']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/3 accounts have no owner tag and belong to team "unassigned" for now: management, alpha, beta\./);
    expect(result.stdout).toMatch(/no environment found \(set to "unclassified", treated as production\)/);
    expect(read('c.yaml')).toMatch(/unclassified: \{ production: true \}/);
    expect(JSON.parse((await run(['validate', 'c.yaml', '--format', 'json'])).stdout).errors).toBe(0);
  });

  test('two accounts with one name (AWS allows it): the rule is set to warn and the summary says so', async () => {
    fake.putAccount({ name: 'shared', email: 'one@acme.com', tags: { owner: 'a', env: 'dev' } });
    fake.putAccount({ name: 'Shared', email: 'two@acme.com', tags: { owner: 'a', env: 'dev' } });
    const result = await run(['import', '--output', 'c.yaml']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/policy\.rules\.account-name-unique is set to warn/);
    expect(read('c.yaml')).toMatch(/rules:\n\s+account-name-unique: warn/);
    expect(JSON.parse((await run(['validate', 'c.yaml', '--format', 'json'])).stdout).errors).toBe(0);
  });
});

describe('import: 1,000 accounts in 50 OUs', () => {
  test('validates with 0 errors and plan --live has no drift and no steps', async () => {
    const leaves: string[] = [];
    for (const top of ['Workloads', 'Sandbox', 'Security', 'Infrastructure', 'Suspended']) for (let i = 0; i < 9; i++) leaves.push(`/${top}/team-${i}`);
    for (let i = 0; i < 1000; i++) {
      const env = ['dev', 'staging', 'prod'][i % 3];
      const a = fake.putAccount({ name: `svc${String(i).padStart(4, '0')}-${env}`, email: `aws+svc${i}@acme.com`, ou: leaves[i % leaves.length], tags: { owner: `team-${i % 7}`, environment: env } });
      fake.putBudget(a.Id, 100 + (i % 5) * 50, ALERTS, [`team-${i % 7}@acme.com`]);
    }
    fake.putBudget(fake.managementAccountId, 1000, ALERTS, ['cloud@acme.com']);
    const result = await run(['import', '--output', 'big', '--split-by', 'owner']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('every open account has its catalog budget');
    expect(JSON.parse((await run(['validate', 'big', '--format', 'json'])).stdout).errors).toBe(0);
    const plan = JSON.parse((await run(['plan', '--live', '--head', 'big', '--format', 'json'])).stdout);
    expect(plan.steps).toEqual([]);
    expect(plan.drift).toEqual([]);
    expect(plan.unmanaged).toEqual([]);
  }, 300_000);
});

describe('import: failures are one line, exit 2, and write nothing', () => {
  const noFile = () => expect(fs.existsSync(path.join(work, 'c.yaml'))).toBe(false);

  test('no credentials: names the ways to provide them', async () => {
    const result = await cli(['import', '--output', 'c.yaml'], { cwd: work, env: { AWS_ENDPOINT_URL: fake.url, AWS_REGION: 'us-east-1' } });
    expectOneLineFailure(result, /No AWS credentials found: run `aws sso login --profile <name>` and pass --profile <name> \(or set AWS_PROFILE\), or set AWS_ACCESS_KEY_ID/);
    noFile();
  });

  test('access denied: names the IAM action', async () => {
    seedMixed(fake);
    fake.denied.add('ListAccountsForParent');
    expectOneLineFailure(await run(['import', '--output', 'c.yaml']), /AWS denied ListAccountsForParent \(AccessDeniedException\): the credentials need organizations:ListAccountsForParent/);
    noFile();
  });

  test('a partial read writes nothing: budgets denied after the accounts were read', async () => {
    seedMixed(fake);
    fake.denied.add('DescribeBudgets');
    expectOneLineFailure(await run(['import', '--output', 'c.yaml']), /budgets:ViewBudget/);
    noFile();
    expect(fs.readdirSync(work)).toEqual([]);
  });

  test('the organization is not enabled', async () => {
    fake.fault('DescribeOrganization', { status: 400, type: 'AWSOrganizationsNotInUseException', message: 'Your account is not a member of an organization.', times: 5 });
    expectOneLineFailure(await run(['import', '--output', 'c.yaml']), /not in an AWS Organization \(AWSOrganizationsNotInUseException\)/);
    noFile();
  });

  test('the endpoint cannot be reached', async () => {
    const result = await run(['import', '--output', 'c.yaml'], { AWS_ENDPOINT_URL: 'http://127.0.0.1:9', AWS_MAX_ATTEMPTS: '2' });
    expectOneLineFailure(result, /Cannot reach the AWS endpoint 127\.0\.0\.1:9 \(ECONNREFUSED\) after 2 attempts/);
    noFile();
  });

  test('throttling is retried, and reported only when it persists', async () => {
    seedMixed(fake);
    fake.fault('ListRoots', { status: 400, type: 'ThrottlingException', message: 'Rate exceeded', times: 2 });
    const retried = await run(['import', '--output', 'c.yaml']);
    expect(retried.status).toBe(0);
    expect(fake.count().ListRoots).toBe(3);
    fake.fault('ListAccountsForParent', { status: 400, type: 'TooManyRequestsException', message: 'Rate exceeded', times: 10 });
    expectOneLineFailure(await run(['import', '--output', 'd.yaml']), /AWS kept throttling the requests \(TooManyRequestsException\) after 3 attempts/);
    expect(fs.existsSync(path.join(work, 'd.yaml'))).toBe(false);
  });

  test('usage errors', async () => {
    expectOneLineFailure(await run(['import', '--split-by', 'team']), /--split-by must be one of none, owner, ou/);
    expectOneLineFailure(await run(['import', '--split-by', 'owner']), /--split-by owner writes a directory: give --output <dir>/);
    expectOneLineFailure(await run(['import', '--dry-run']), /--dry-run goes with --update/);
    expect(fake.calls).toEqual([]);
  });
});

describe('endpoints and credentials', () => {
  test('AWS_ENDPOINT_URL_ORGANIZATIONS and AWS_ENDPOINT_URL_BUDGETS win over AWS_ENDPOINT_URL', async () => {
    seedMixed(fake);
    const result = await run(['import', '--output', 'c.yaml'], { AWS_ENDPOINT_URL: 'http://127.0.0.1:9', AWS_ENDPOINT_URL_ORGANIZATIONS: fake.url, AWS_ENDPOINT_URL_BUDGETS: fake.url });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(fake.count().DescribeBudgets).toBe(1);
  });

  test('--profile picks the profile from the shared credentials file', async () => {
    seedMixed(fake);
    const credentials = path.join(work, 'credentials');
    fs.writeFileSync(credentials, '[audit]\naws_access_key_id = AKIAPROFILEPROFILE\naws_secret_access_key = secret\n');
    const env = { AWS_ENDPOINT_URL: fake.url, AWS_REGION: 'us-east-1', AWS_SHARED_CREDENTIALS_FILE: credentials };
    const result = await cli(['import', '--profile', 'audit', '--output', 'c.yaml'], { cwd: work, env });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(new Set(fake.calls.map((c) => c.accessKeyId))).toEqual(new Set(['AKIAPROFILEPROFILE']));
    const missing = await cli(['import', '--profile', 'nope', '--output', 'd.yaml'], { cwd: work, env });
    expect(missing.status).toBe(2);
  });
});

describe('the AWS SDK is loaded only by import and plan --live', () => {
  test('validate, plan and render-config never require the SDK, the adapter or import', () => {
    const fixture = path.join(__dirname, 'fixtures', 'good.yaml');
    // Runs the CLI's main in a process that then lists every module it loaded.
    const probe = `
      const { main } = require(${JSON.stringify(path.join(__dirname, '..', '..', 'lib', 'cli', 'main.js'))});
      const quiet = { stdout() {}, stderr() {}, env: process.env };
      main(['validate', ${JSON.stringify(fixture)}], quiet);
      main(['plan', '--base', ${JSON.stringify(fixture)}, '--head', ${JSON.stringify(fixture)}, '--format', 'json'], quiet);
      main(['render-config', ${JSON.stringify(fixture)}, '--sso-start-url', 'https://x.awsapps.com/start', '--sso-region', 'eu-west-1'], quiet);
      process.stdout.write(JSON.stringify(Object.keys(require.cache)));`;
    const out = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    const loaded: string[] = JSON.parse(out.stdout);
    expect(loaded.some((m) => m.includes('lib/cli/main.js'))).toBe(true);
    expect(loaded.filter((m) => /import-run|lib[\\/]core[\\/]import|lib-aws|[\\/]lib[\\/]aws[\\/]|@aws-sdk|@smithy/.test(m))).toEqual([]);
  });
});
