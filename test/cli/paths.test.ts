// The CLI reads only real files inside the directory it runs in (spec section 8; issue 8, items 4
// and 8): a catalog path linked to .git/config (where actions/checkout leaves the token) is refused,
// never read, and an empty path is a usage error. Runs the compiled CLI as users do.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const BIN = path.resolve(__dirname, '..', '..', 'lib', 'cli', 'bin.js');
const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');

const TOKEN = 'ghs_CLIsecretTOKEN0123456789abcdefABCDEF';
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');

let repo: string;
beforeEach(() => {
  repo = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cli-paths-')));
  fs.mkdirSync(path.join(repo, '.git'));
  // What actions/checkout writes (persist-credentials, the default).
  fs.writeFileSync(path.join(repo, '.git', 'config'), `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${BASIC}\n`);
  fs.cpSync(path.join(EXAMPLES, 'head'), path.join(repo, 'catalog'), { recursive: true });
});
afterEach(() => fs.rmSync(repo, { recursive: true, force: true }));

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, ACCOUNT_CATALOG_DEBUG: '' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function expectNoToken(run: { stdout: string; stderr: string }): void {
  const all = run.stdout + run.stderr;
  expect(all).not.toContain(BASIC);
  expect(all).not.toContain(BASIC.slice(0, 20));
  expect(all).not.toContain(TOKEN);
  expect(all).not.toContain('extraheader');
}

describe('symbolic links are refused, never read', () => {
  test.each(['text', 'json', 'github'])('validate on a link to .git/config (--format %s): an error finding, exit 1, no token', (format) => {
    fs.symlinkSync('.git/config', path.join(repo, 'accounts.yaml'));
    const run = cli(['validate', 'accounts.yaml', '--format', format]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/symbolic link/);
    expect(run.stdout).toContain('yaml-syntax');
    expectNoToken(run);
  });

  test('a link in a directory catalog, and a linked parent directory', () => {
    fs.symlinkSync('../.git/config', path.join(repo, 'catalog', 'zz-config.yaml'));
    const listed = cli(['validate', 'catalog']);
    expect(listed.status).toBe(1);
    expect(listed.stdout).toMatch(/^catalog\/zz-config\.yaml:1:1 +error +yaml-syntax +This is a symbolic link/m);
    expectNoToken(listed);

    fs.symlinkSync('.git', path.join(repo, 'linked'));
    const parent = cli(['validate', 'linked/config']);
    expect(parent.status).toBe(1);
    expect(parent.stdout).toMatch(/^linked:1:1 +error +yaml-syntax +This directory is a symbolic link/m);
    expectNoToken(parent);
  });

  test('plan: a linked head is an error finding; a linked base is an input error (exit 2)', () => {
    fs.symlinkSync('.git/config', path.join(repo, 'accounts.yaml'));
    const head = cli(['plan', '--base', 'catalog', '--head', 'accounts.yaml', '--format', 'text']);
    expect(head.status).toBe(1);
    expect(head.stdout).toMatch(/accounts\.yaml:1:1 +error +yaml-syntax +This is a symbolic link/);
    expectNoToken(head);

    const base = cli(['plan', '--base', 'accounts.yaml', '--head', 'catalog']);
    expect(base.status).toBe(2);
    expect(base.stderr).toMatch(/^account-catalog: accounts\.yaml: This is a symbolic link/);
    expectNoToken(base);
  });

  test('render-config on a linked catalog reports the refusal (exit 1), not the file', () => {
    fs.symlinkSync('.git/config', path.join(repo, 'accounts.yaml'));
    const run = cli(['render-config', 'accounts.yaml', '--sso-start-url', 'https://acme.awsapps.com/start', '--sso-region', 'eu-west-1']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/symbolic link/);
    expectNoToken(run);
  });
});

describe('paths outside the current directory are refused', () => {
  test.each([
    ['..', () => '../outside.yaml'],
    ['an absolute path elsewhere', () => path.join(path.dirname(repo), 'outside.yaml')],
    ['.. from a subdirectory', () => 'catalog/../../outside.yaml'],
  ])('%s: exit 2, one line', (_name, target) => {
    const run = cli(['validate', target()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is outside the current directory: catalog files must be inside the repository/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('an empty path is a usage error (exit 2), never the current directory', () => {
  test.each([
    [['validate', ''], /^account-catalog: validate: the catalog path is empty: give a file or directory/],
    [['validate', 'catalog', ''], /^account-catalog: validate: the catalog path is empty/],
    [['plan', '--base', '', '--head', 'catalog'], /^account-catalog: plan: --base is empty: give a file or directory/],
    [['plan', '--base', 'catalog', '--head', ''], /^account-catalog: plan: --head is empty/],
    [['plan', '--head', ''], /^account-catalog: plan: --head is empty/],
    [['render-config', ''], /^account-catalog: render-config: the path is empty/],
  ])('%j', (args, message) => {
    // The current directory holds a catalog file: reading it would exit 1 with findings.
    fs.writeFileSync(path.join(repo, 'stray.yaml'), 'version: 1\naccounts: [\n');
    const run = cli(args as string[]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stdout).toBe('');
  });
});
