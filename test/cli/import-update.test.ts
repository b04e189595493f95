// `import --update` edits a catalog in place: ids for the entries AWS has, the accounts it lacks
// marked for review, every other byte as it was. And `plan --live` shows what apply will do.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startFakeAws, type FakeAws } from '../support/fake-aws';
import { cli, ensureBuilt, expectOneLineFailure, tempDir } from './aws-cli';

let fake: FakeAws;
let work: string;

beforeAll(() => ensureBuilt());
beforeEach(async () => {
  fake = await startFakeAws();
  work = tempDir('update-');
});
afterEach(async () => {
  await fake.close();
  fs.rmSync(work, { recursive: true, force: true });
});

const run = (args: string[]) => cli(args, { cwd: work, fake });
const read = (file: string) => fs.readFileSync(path.join(work, file), 'utf8');

// Comments, odd spacing, a flow entry and a CRLF-free file: all must survive byte for byte.
const CATALOG = `# The platform team's catalog.   (a comment with trailing spaces)   
version: 1
organization:
  managementAccountId: "111111111111"
teams:
  ship: { email: ship@acme.com }   # ship's mail
organizationalUnits: [/Workloads/Dev, /Workloads/Prod]
accounts:
  # made by apply last week
  - name: ship-dev
    email: AWS+Ship-Dev@acme.com     # case differs from AWS
    owner: ship
    environment: dev
    ou: /Workloads/Dev
    tags: { cost-center: cc-1 }

  - { name: ship-prod, email: aws+ship-prod@acme.com, owner: ship, environment: prod, ou: /Workloads/Prod }

  - name: ship-staging   # not created yet
    email: aws+ship-staging@acme.com
    owner: ship
    environment: staging
    ou: /Workloads/Dev
# trailing comment that belongs to the file
policy:
  budget: { defaultMonthlyUsd: 500 }
`;

function seed(): { dev: string; prod: string; stray: string } {
  const dev = fake.putAccount({ name: 'ship-dev', email: 'aws+ship-dev@acme.com', ou: '/Workloads/Dev', tags: { 'cost-center': 'cc-1' } }).Id;
  const prod = fake.putAccount({ name: 'ship-prod', email: 'aws+ship-prod@acme.com', ou: '/Workloads/Prod' }).Id;
  const stray = fake.putAccount({ name: 'Forgotten_Dev', email: 'forgotten@acme.com', ou: '/Workloads/Dev', tags: { owner: 'ship' } }).Id;
  return { dev, prod, stray };
}

/** The update's own insertions taken out again: id lines, flow `, id: "…"`, and the appended entries. */
function withoutInsertions(after: string): string {
  return after
    .replace(/^ {4}id: "\d{12}"\n/gm, '')
    .replace(/, id: "\d{12}" \}/g, ' }')
    .replace(/\n {2}# review: added by[\s\S]*?(?=# trailing comment)/, '');
}

describe('import --update', () => {
  test('a single file: ids added by email, the missing account appended for review, every other byte kept; idempotent', async () => {
    const ids = seed();
    fs.writeFileSync(path.join(work, 'accounts.yaml'), CATALOG);

    const dry = await run(['import', '--update', 'accounts.yaml', '--dry-run']);
    expect(dry.status).toBe(0);
    expect(read('accounts.yaml')).toBe(CATALOG);
    expect(dry.stdout).toMatch(/^--- a\/accounts\.yaml\n\+\+\+ b\/accounts\.yaml\n@@ /);
    expect(dry.stdout).toContain(`+    id: "${ids.dev}"`);
    expect(dry.stderr).toContain('Dry run: nothing was written.');

    const result = await run(['import', '--update', 'accounts.yaml']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`accounts.yaml:15: id ${ids.dev} for ship-dev (matched by email aws+ship-dev@acme.com)`);
    // The management account is in AWS and not in the catalog's accounts: added for review too.
    expect(result.stdout).toMatch(/2 accounts AWS has and the catalog lacked, added at the end for review: management, Forgotten_Dev/);
    const after = read('accounts.yaml');
    expect(after).toContain(`    ou: /Workloads/Dev\n    id: "${ids.dev}"\n    tags: { cost-center: cc-1 }`);
    expect(after).toContain(`ou: /Workloads/Prod, id: "${ids.prod}" }`);
    // The new entry closes the accounts list, before the trailing comment and policy.
    expect(after).toMatch(new RegExp(`# review: added by \`account-catalog import --update\`[^\\n]*\\n(?:\\s+#.*\\n)*\\s+- name: Forgotten_Dev\\n(?:.*\\n)*?\\s+id: "${ids.stray}"\\n(?:.*\\n)*?# trailing comment that belongs to the file\\npolicy:`));
    expect(after).not.toContain('ship-staging   # not created yet\n    id:');
    // What the update did not add is the original, byte for byte (comments, spacing, order).
    expect(after.length).toBeGreaterThan(CATALOG.length);
    expect(withoutInsertions(after)).toBe(CATALOG);

    const again = await run(['import', '--update', 'accounts.yaml']);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/is in step with AWS/);
    expect(read('accounts.yaml')).toBe(after);
    // The updated catalog still loads: ids are quoted strings, the new entry parses.
    const validate = JSON.parse((await run(['validate', 'accounts.yaml', '--format', 'json'])).stdout);
    expect(validate.findings.filter((f: { rule: string }) => f.rule === 'schema' || f.rule === 'yaml-syntax')).toEqual([]);
  });

  test('a directory: other files untouched except the ids, the new accounts in one new file that validates', async () => {
    const ids = seed();
    fs.mkdirSync(path.join(work, 'catalog'));
    const organization = '# shared\nversion: 1\nteams:\n  ship: { email: ship@acme.com }\norganizationalUnits: [/Workloads/Dev, /Workloads/Prod]\n';
    const ship = '# ship team\r\naccounts:\r\n  - name: ship-dev\r\n    email: aws+ship-dev@acme.com\r\n    owner: ship\r\n    environment: dev\r\n    ou: /Workloads/Dev\r\n    tags: { cost-center: cc-1 }\r\n  - name: ship-prod\r\n    email: aws+ship-prod@acme.com\r\n    owner: ship\r\n    environment: prod\r\n    ou: /Workloads/Prod\r\n';
    fs.writeFileSync(path.join(work, 'catalog', 'organization.yaml'), organization);
    fs.writeFileSync(path.join(work, 'catalog', 'ship.yaml'), ship);
    const result = await run(['import', '--update', 'catalog']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(read('catalog/organization.yaml')).toBe(organization);
    // CRLF kept; each id on its own line after the ou.
    expect(read('catalog/ship.yaml')).toBe(
      ship
        .replace('ou: /Workloads/Dev\r\n', `ou: /Workloads/Dev\r\n    id: "${ids.dev}"\r\n`)
        .replace('ou: /Workloads/Prod\r\n', `ou: /Workloads/Prod\r\n    id: "${ids.prod}"\r\n`),
    );
    const added = read('catalog/imported-accounts.yaml');
    expect(added).toMatch(/^# review: added by `account-catalog import --update`/);
    expect(added).toContain('name: Forgotten_Dev');
    expect(added).toContain(`id: "${ids.stray}"`);
    // The management account is in AWS and not in the catalog: added too, as an account to review.
    expect(added).toContain('name: management');
    const validate = JSON.parse((await run(['validate', 'catalog', '--format', 'json'])).stdout);
    expect(validate.findings.filter((f: { rule: string }) => f.rule === 'schema' || f.rule === 'yaml-syntax')).toEqual([]);
    const again = await run(['import', '--update', 'catalog']);
    expect(again.stdout).toMatch(/is in step with AWS/);
  });

  test('a catalog that does not parse is not touched', async () => {
    fs.writeFileSync(path.join(work, 'bad.yaml'), 'accounts: [\n');
    expectOneLineFailure(await run(['import', '--update', 'bad.yaml']), /bad\.yaml:\d+: .*Fix the YAML first/);
    expect(fake.calls).toEqual([]);
  });
});

describe('plan --live', () => {
  const HEAD = (ids: { dev: string; prod: string; legacy: string }) => `version: 1
teams:
  ship: { email: ship@acme.com }
  dock: { email: dock@acme.com }
organizationalUnits: [/Workloads/Dev, /Workloads/Prod, /Legacy]
policy:
  closing: { approval: { label: account-closure-approved, users: [] } }
accounts:
  - { name: ship-dev, email: aws+ship-dev@acme.com, owner: ship, environment: dev, ou: /Workloads/Dev, id: "${ids.dev}", budget: { monthlyUsd: 500 } }
  - { name: ship-prod, email: aws+ship-prod@acme.com, owner: ship, environment: prod, ou: /Workloads/Prod, id: "${ids.prod}", budget: { monthlyUsd: 750 } }
  - { name: ship-staging, email: aws+ship-staging@acme.com, owner: ship, environment: staging, ou: /Workloads/Dev }
  - { name: dock-legacy-dev, email: aws+dock-legacy@acme.com, owner: dock, environment: dev, ou: /Legacy, id: "${ids.legacy}", state: closed }
`;

  function seedLive(): { dev: string; prod: string; legacy: string } {
    const ALERTS = [{ percent: 80 }, { percent: 100 }, { percent: 100, type: 'forecasted' }];
    const dev = fake.putAccount({ name: 'ship-dev', email: 'aws+ship-dev@acme.com', ou: '/Workloads/Dev' }).Id;
    const prod = fake.putAccount({ name: 'ship-prod', email: 'aws+ship-prod@acme.com', ou: '/Workloads/Prod' }).Id;
    const legacy = fake.putAccount({ name: 'dock-legacy-dev', email: 'aws+dock-legacy@acme.com', ou: '/Legacy' }).Id;
    fake.putBudget(dev, 500, ALERTS, ['ship@acme.com']);
    fake.putBudget(prod, 500, ALERTS, ['ship@acme.com']);
    fake.putBudget(legacy, 500, ALERTS, ['dock@acme.com']);
    return { dev, prod, legacy };
  }

  test('Markdown: "On merge, apply will" lists the steps in plain words, in apply order; the drift table says what apply does', async () => {
    const ids = seedLive();
    fs.writeFileSync(path.join(work, 'head.yaml'), HEAD(ids));
    const markdown = await run(['plan', '--live', '--head', 'head.yaml']);
    expect(markdown.stderr).toBe('');
    const section = markdown.stdout.slice(markdown.stdout.indexOf('#### On merge, apply will'));
    expect(section).toMatch(
      /^#### On merge, apply will \(4\)\n\n1\. raise the budget of ship-prod from \\\$500 to \\\$750\n2\. create account ship-staging in \/Workloads\/Dev\n3\. create the budget of ship-staging: \\\$500 a month\n4\. close dock-legacy-dev\n/,
    );
    // An account AWS lacks is not a blank cell: the drift table says what apply does about it.
    expect(markdown.stdout).toContain('|ship-staging||state|active|_not in AWS yet: apply creates it_|');
    expect(markdown.status).toBe(0);

    const text = await run(['plan', '--live', '--head', 'head.yaml', '--format', 'text']);
    expect(text.stdout).toContain('On merge, apply will (4 steps):\nstep       raise the budget of ship-prod from $500 to $750\nstep       create account ship-staging in /Workloads/Dev\nstep       create the budget of ship-staging: $500 a month\nstep       close dock-legacy-dev\n');

    const json = JSON.parse((await run(['plan', '--live', '--head', 'head.yaml', '--format', 'json'])).stdout);
    expect(json.steps.map((s: { kind: string }) => s.kind)).toEqual(['update-budget', 'create-account', 'move-account', 'create-budget', 'close-account']);
    expect(json.steps[0]).toEqual({ kind: 'update-budget', account: 'ship-prod', id: ids.prod, from: { monthlyUsd: 500, alerts: expect.any(Array), recipients: ['ship@acme.com'] }, budget: expect.objectContaining({ monthlyUsd: 750 }) });

    // With a base: the changes and the live steps together; an error finding exits 1 as `plan` does.
    fs.writeFileSync(path.join(work, 'base.yaml'), HEAD(ids).replace(', state: closed', ''));
    fs.writeFileSync(path.join(work, 'bad-head.yaml'), HEAD(ids).replace('name: ship-staging, email: aws+ship-staging@acme.com, owner: ship', 'name: ship-staging, email: aws+ship-staging@acme.com, owner: nobody'));
    const withBase = JSON.parse((await run(['plan', '--live', '--base', 'base.yaml', '--head', 'head.yaml', '--format', 'json'])).stdout);
    expect(withBase.changes.map((c: { account: string; action: string }) => `${c.action} ${c.account}`)).toEqual(['close dock-legacy-dev']);
    expect(withBase.steps.map((s: { kind: string }) => s.kind)).toContain('close-account');
    const bad = await run(['plan', '--live', '--base', 'base.yaml', '--head', 'bad-head.yaml']);
    expect(bad.stdout).toContain('account-owner-known');
    expect(bad.status).toBe(1);
  });

  test('plan without --live needs --base; --profile needs --live', async () => {
    fs.writeFileSync(path.join(work, 'head.yaml'), 'version: 1\naccounts: []\n');
    expectOneLineFailure(await run(['plan', '--head', 'head.yaml']), /give both --base/);
    expectOneLineFailure(await run(['plan', '--base', 'head.yaml', '--head', 'head.yaml', '--profile', 'x']), /--profile and --region go with --live/);
    expect(fake.calls).toEqual([]);
  });
});
