// End to end, as a newcomer does it: pack this package, `projen new --from <tarball> aws-account-repo`
// in an empty directory, then build the new repo (compile, its stack test, cdk synth), print the AWS
// profiles, and re-synth. Slow (npm installs aws-cdk-lib): minutes, not seconds.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { MINUTE, packPackage, PROJEN, run, tree } from './e2e-support';

describe('projen new --from aws-account-catalog aws-account-repo', () => {
  let work: string;
  let repo: string;

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-account-repo-e2e-'));
    const tarball = packPackage(work);

    repo = path.join(work, 'ship-accounts');
    fs.mkdirSync(repo);
    // A tarball path must be given as name@file:... or it lands in devDependencies as a bare path.
    run(
      process.execPath,
      [
        PROJEN, 'new', '--from', `aws-account-catalog@file:${tarball}`, 'aws-account-repo',
        '--team', 'ship', '--dev-account-id', '111111111111', '--prod-account-id', '222222222222', '--no-git',
      ],
      repo,
      15 * MINUTE,
    );
  }, 16 * MINUTE);

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  test('writes the managed files, the skeleton and a .projenrc.ts with the options', () => {
    for (const f of ['.projenrc.ts', 'CONST.inc', 'aws-cli.config.tpl', 'catalog/ship.yaml', '.github/workflows/account-catalog.yml', 'src/main.ts', 'src/infra-stack.ts', 'test/infra-stack.test.ts', 'README.md']) {
      expect([f, fs.existsSync(path.join(repo, f))]).toEqual([f, true]);
    }
    const projenrc = fs.readFileSync(path.join(repo, '.projenrc.ts'), 'utf8');
    expect(projenrc).toContain('new AwsAccountRepo(');
    // ids stay text (yargs reads them as numbers), so .projenrc.ts type-checks
    expect(projenrc).toMatch(/devAccountId: ["']111111111111["']/);
    expect(fs.readFileSync(path.join(repo, 'CONST.inc'), 'utf8')).toContain("PROD_AWS_ACCOUNT_ID='222222222222'");
    const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
    expect(pkg.devDependencies['aws-account-catalog']).toMatch(/^file:/);
  });

  test('npx projen build passes: compile, the stack test, cdk synth of dev and prod', () => {
    run('npx', ['projen', 'build'], repo, 15 * MINUTE);
    for (const stack of ['ship-dev-infra', 'ship-prod-infra']) {
      const template = fs.readFileSync(path.join(repo, 'cdk.out', `${stack}.template.json`), 'utf8');
      for (const role of ['ship-AdminR', 'ship-OpsR', 'ship-ReadR']) expect([stack, template.includes(`"${role}"`)]).toEqual([stack, true]);
      expect(template).toContain('aws:MultiFactorAuthPresent');
    }
  }, 16 * MINUTE);

  test('npx projen aws-config prints named profiles, never [default]', () => {
    const out = run('npx', ['projen', 'aws-config'], repo, 2 * MINUTE);
    expect(out).toMatch(/^\[sso-session ship\]$/m);
    expect(out).toMatch(/^\[profile ship-dev-ReadR\]$/m);
    expect(out).toMatch(/^\[profile ship-prod-ReadR\]$/m);
    expect(out).toMatch(/^sso_account_id = 222222222222$/m);
    expect(out).not.toMatch(/^\[(profile )?default\]$/m);
    expect(out).not.toContain('${');
  }, 3 * MINUTE);

  test('npx projen again changes nothing', () => {
    const before = tree(repo);
    run('npx', ['projen'], repo, 5 * MINUTE);
    expect(tree(repo)).toEqual(before);
  }, 6 * MINUTE);

  test('a changed option updates the managed files and leaves the team\'s files alone', () => {
    const rc = path.join(repo, '.projenrc.ts');
    const text = fs.readFileSync(rc, 'utf8');
    fs.writeFileSync(
      rc,
      // projen new's eslint --fix may have changed the quotes
      text
        .replace(/import \{ AwsAccountRepo \} from (["'])aws-account-catalog\1;/, "import { AwsAccountRepo, IdentityMode } from 'aws-account-catalog';")
        .replace(/team: (["'])ship\1,/, "team: 'ship',\n  identityMode: IdentityMode.IAM_USERS,\n  usersAccountId: '333333333333',\n  prodMonthlyBudgetUsd: 750,"),
    );
    expect(fs.readFileSync(rc, 'utf8')).toContain('IdentityMode.IAM_USERS');
    fs.appendFileSync(path.join(repo, 'src', 'infra-stack.ts'), '\n// edited by the team\n');
    const before = tree(repo);
    run('npx', ['projen'], repo, 5 * MINUTE);
    const after = tree(repo);

    const changed = Object.keys({ ...before, ...after }).filter((f) => before[f] !== after[f]).sort();
    expect(changed).toEqual(['.gitattributes', '.gitignore', '.projen/files.json', 'CONST.inc', 'aws-cli.config.tpl', 'aws-cli.credentials.tpl', 'catalog/ship.yaml'].sort());
    expect(fs.readFileSync(path.join(repo, 'src', 'infra-stack.ts'), 'utf8')).toContain('// edited by the team');
    expect(fs.readFileSync(path.join(repo, 'CONST.inc'), 'utf8')).toContain("USERS_AWS_ACCOUNT_ID='333333333333'");
    expect(fs.readFileSync(path.join(repo, 'catalog', 'ship.yaml'), 'utf8')).toMatch(/monthlyUsd: 750/);

    // the new mode's profiles render too, once the person names their IAM user
    const out = run('npx', ['projen', 'aws-config', '--var', 'AWS_IAM_USER_NAME=alice'], repo, 2 * MINUTE);
    expect(out).toMatch(/^\[profile ship-prod-OpsR\]$/m);
    expect(out).toMatch(/^mfa_serial = arn:aws:iam::333333333333:mfa\/alice$/m);
  }, 8 * MINUTE);
});
