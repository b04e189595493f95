// Runs the compiled CLI as users do: `node lib/cli/bin.js ...` (the test task compiles first).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'lib', 'cli', 'bin.js');
const FIXTURES = path.join(__dirname, 'fixtures');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ACCOUNT_CATALOG_DEBUG: '', ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fixture = (name: string) => path.relative(ROOT, path.join(FIXTURES, name));

/** One line on stderr, and nothing that looks like a stack. */
function expectOneLineError(run: Run, pattern: RegExp): void {
  expect(run.status).toBe(2);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

beforeAll(() => {
  if (!fs.existsSync(BIN)) throw new Error(`${BIN} is missing: run 'npx projen compile' (npm test does) first`);
});

describe('account-catalog', () => {
  test('--help lists the commands; --version prints the version', () => {
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['validate', 'plan', 'demo']) expect(help.stdout).toContain(`  ${command}`);
    const version = cli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    expect(cli(['validate', '--help']).stdout).toContain('--format text');
  });

  test('usage errors exit 2 with one line', () => {
    const bare = cli([]);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('Usage: account-catalog <command>');
    expectOneLineError(cli(['frobnicate']), /unknown command 'frobnicate'/);
    expectOneLineError(cli(['validate', fixture('good.yaml'), '--bogus']), /validate: Unknown option '--bogus'/);
    expectOneLineError(cli(['validate', fixture('good.yaml'), '--format', 'xml']), /--format must be one of text, json, github/);
    expectOneLineError(cli(['validate']), /give at least one catalog/);
    expectOneLineError(cli(['plan', '--head', fixture('good.yaml')]), /give both --base/);
  });

  test('a missing file exits 2 with one line and no stack', () => {
    expectOneLineError(cli(['validate', 'no/such/catalog.yaml']), /no\/such\/catalog\.yaml/);
    expectOneLineError(cli(['plan', '--base', 'nope.yaml', '--head', fixture('good.yaml')]), /nope\.yaml/);
  });
});

describe('validate', () => {
  test('a good catalog: exit 0, text', () => {
    const run = cli(['validate', fixture('good.yaml')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/(No problems found\.|0 errors, \d+ warnings?)\n$/);
  });

  test('a bad catalog: exit 1, file:line:col  severity  rule  message', () => {
    const run = cli(['validate', fixture('duplicate-key.yaml')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^test\/cli\/fixtures\/duplicate-key\.yaml:5:\d+ {2}error {2}yaml-syntax {2}\S.*$/m);
    expect(run.stdout).toMatch(/^\d+ errors?, \d+ warnings?$/m);
  });

  test('--format json', () => {
    const good = cli(['validate', fixture('good.yaml'), '--format', 'json']);
    expect(good.status).toBe(0);
    const parsed = JSON.parse(good.stdout);
    expect(Object.keys(parsed)).toEqual(['findings', 'errors', 'warnings']);
    expect(parsed.errors).toBe(0);
    const bad = cli(['validate', fixture('duplicate-key.yaml'), '--format=json']);
    expect(bad.status).toBe(1);
    const findings = JSON.parse(bad.stdout).findings as { rule: string }[];
    expect(findings.find((f) => f.rule === 'yaml-syntax')).toMatchObject({ rule: 'yaml-syntax', severity: 'error', file: 'test/cli/fixtures/duplicate-key.yaml', line: 5 });
  });

  test('--format github prints annotations', () => {
    const run = cli(['validate', fixture('duplicate-key.yaml'), '--format', 'github']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=test\/cli\/fixtures\/duplicate-key\.yaml,line=5,col=\d+,title=yaml-syntax::\S/m);
    expect(cli(['validate', fixture('good.yaml'), '--format', 'github']).status).toBe(0);
  });

  test('catalog text never reaches the terminal raw nor starts a workflow command', () => {
    for (const format of ['text', 'github']) {
      const run = cli(['validate', fixture('evil.yaml'), '--format', format]);
      expect([0, 1]).toContain(run.status);
      expect(run.stdout).not.toContain('\u001b');
      const commands = run.stdout.split('\n').filter((l) => l.startsWith('::'));
      for (const line of commands) expect(line).toMatch(/^::(error|warning) file=[^:]*,line=\d+,col=\d+,title=[a-z-]+::/);
      expect(commands.some((l) => /^::error::/.test(l))).toBe(false);
    }
  });

  test('more than 10 findings: 10 annotations, errors first, and a count of the rest', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'many-'));
    const accounts = Array.from({ length: 12 }, (_, i) => `  - { name: "${'x'.repeat(51)}${i}", email: "a${i}@acme.com", owner: ship, environment: dev, ou: /W }`);
    fs.writeFileSync(path.join(dir, 'c.yaml'), `version: 1\nteams: { ship: { email: ship@acme.com } }\norganizationalUnits: [/W]\naccounts:\n${accounts.join('\n')}\n`);
    const run = spawnSync(process.execPath, [BIN, 'validate', 'c.yaml', '--format', 'github'], { cwd: dir, encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    const commands = lines.filter((l) => l.startsWith('::'));
    expect(commands).toHaveLength(10);
    expect(commands.every((l) => l.startsWith('::error file=c.yaml,'))).toBe(true);
    expect(lines).toContainEqual(expect.stringMatching(/^\d+ more findings are not annotated/));
  });

  test('malformed input ends in findings or one line, never a stack', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-'));
    const cases: Record<string, string | Buffer> = {
      'empty.yaml': '',
      'list.yaml': '- a\n- b\n',
      'binary.yaml': Buffer.from([0, 1, 2, 255, 254, 0, 0x1b, 0x5b, 0x32, 0x4a]),
      'bomb.yaml': `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`).join('\n')}\n`,
      'huge-number.yaml': 'version: 1\naccounts:\n  - { name: a-dev, email: a@acme.com, owner: x, environment: dev, ou: /W, budget: { monthlyUsd: 1e309 } }\n',
      'syntax.yaml': 'version: 1\naccounts: [\n',
    };
    try {
      for (const [name, content] of Object.entries(cases)) {
        fs.writeFileSync(path.join(dir, name), content);
        const run = spawnSync(process.execPath, [BIN, 'validate', name], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
        expect({ name, status: run.status }).toEqual({ name, status: expect.any(Number) });
        expect([1, 2]).toContain(run.status);
        expect(run.stderr).not.toMatch(/\n\s+at /);
        expect(run.stderr.trimEnd().split('\n').length).toBeLessThanOrEqual(1);
        expect(run.stdout).not.toContain('\u001b');
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a directory is one catalog', () => {
    const run = cli(['validate', 'examples/base', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('plan', () => {
  test('--format json has the spec shape', () => {
    const run = cli(['plan', '--base', 'examples/base', '--head', 'examples/head', '--format', 'json']);
    expect(run.stderr).toBe('');
    const plan = JSON.parse(run.stdout);
    expect(Object.keys(plan)).toEqual(['version', 'changes', 'findings', 'summary']);
    expect(plan.version).toBe(1);
    expect(Object.keys(plan.summary)).toEqual(['create', 'update', 'close', 'errors', 'warnings', 'budgetDeltaUsd', 'budgetTotalUsd']);
    // A raise (+$250), a new account ($200) and a closing (-$100).
    expect(plan.summary).toMatchObject({ create: 1, update: 3, close: 1, budgetDeltaUsd: 350, budgetTotalUsd: 3250 });
    for (const change of plan.changes) expect(Object.keys(change)).toEqual(['account', 'action', 'fields']);
    expect(plan.changes).toContainEqual({ account: 'dock-tools-dev', action: 'update', fields: [{ path: 'ou', from: '/Workloads/Dev', to: '/Sandbox' }] });
    expect(plan.changes).toContainEqual({ account: 'ship-jobs-dev', action: 'update', fields: [{ path: 'name', from: 'ship-batch-dev', to: 'ship-jobs-dev' }] });
    expect(plan.changes).toContainEqual({ account: 'ship-prod', action: 'update', fields: [{ path: 'budget.monthlyUsd', from: 500, to: 750 }] });
    expect(run.status).toBe(plan.summary.errors > 0 ? 1 : 0);
  });

  test('markdown is the default format', () => {
    const run = cli(['plan', '--base', 'examples/base', '--head', 'examples/head']);
    expect(run.stdout.startsWith('<!-- aws-account-catalog:plan -->\n')).toBe(true);
    expect(run.stdout).toContain('💰 **+\\$350/month in total:** 1 raise (+\\$250), 1 new account (\\$200), 1 closing (−\\$100) · all active accounts after the change: \\$3,250/month');
  });

  test('text shows the total budget change under the counts', () => {
    const run = cli(['plan', '--base', 'examples/base', '--head', 'examples/head', '--format', 'text']);
    expect(run.stdout).toContain('1 to create, 3 to update, 1 to close\nBudgets: +$350/month in total: 1 raise (+$250), 1 new account ($200), 1 closing (−$100). All active accounts after the change: $3,250/month.\n');
  });

  test('--labels approve the budget raise and the close', () => {
    const without = JSON.parse(cli(['plan', '--base', 'examples/base', '--head', 'examples/head', '--format', 'json']).stdout);
    const withLabels = JSON.parse(
      cli(['plan', '--base', 'examples/base', '--head', 'examples/head', '--format', 'json', '--labels', 'finance-approved,account-closure-approved']).stdout,
    );
    const approvalRules = (plan: { findings: { rule: string }[] }) => plan.findings.filter((f) => /approval/.test(f.rule)).map((f) => f.rule);
    expect(approvalRules(without)).toEqual(expect.arrayContaining(['budget-approval', 'account-closure-approval']));
    expect(approvalRules(withLabels)).toEqual([]);
  });

  test('--format text', () => {
    const run = cli(['plan', '--base', 'examples/base', '--head', 'examples/head', '--format', 'text']);
    expect(run.stdout).toMatch(/^update +dock-tools-dev {2}ou: \/Workloads\/Dev -> \/Sandbox$/m);
    expect(run.stdout).toContain('1 to create, 3 to update, 1 to close');
  });
});

describe('demo', () => {
  test('prints the example plan as the PR comment, from any directory', () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-'));
    const result = spawnSync(process.execPath, [BIN, 'demo'], { cwd, encoding: 'utf8' });
    fs.rmSync(cwd, { recursive: true, force: true });
    expect(result.status).toBe(0);
    const md = result.stdout;
    expect(md.startsWith('<!-- aws-account-catalog:plan -->\n')).toBe(true);
    expect(md).toContain('|create|ship-staging|ship|staging|/Workloads/Dev|200|');
    expect(md).toContain('|update|dock-tools-dev|dock|dev|/Workloads/Dev → /Sandbox|');
    expect(md).toContain('|update|ship-batch-dev → ship-jobs-dev|');
    expect(md).toContain('|500 → 750|');
    expect(md).toContain('|**close**|dock-legacy-dev|');
    expect(md).toContain('❌ **1 error**');
    expect(md).toContain('**account-email-domain** examples/head/ship.yaml:');
    expect(result.stderr).toMatch(/^demo: .*demo exits 0/);
  });

  test('exits 2 without a stack when the example is missing (simulated by a broken install)', () => {
    // A copy of lib/ without examples/ next to it.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'broken-'));
    fs.cpSync(path.join(ROOT, 'lib'), path.join(dir, 'lib'), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    const result = spawnSync(process.execPath, [path.join(dir, 'lib', 'cli', 'bin.js'), 'demo'], { encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true, force: true });
    expectOneLineError({ status: result.status, stdout: result.stdout, stderr: result.stderr }, /examples/);
  });
});

describe('unexpected errors', () => {
  test('one line and "please report"; the stack only with ACCOUNT_CATALOG_DEBUG=1', () => {
    // A catalog the loader cannot represent is a finding, so provoke a crash from outside: a
    // preloaded module that breaks JSON.stringify, which every json report uses.
    const preload = path.join(os.tmpdir(), `crash-${process.pid}.js`);
    fs.writeFileSync(preload, 'JSON.stringify = () => { throw new Error("boom"); };\n');
    try {
      const args = ['-r', preload, BIN, 'validate', fixture('good.yaml'), '--format', 'json'];
      const plain = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ACCOUNT_CATALOG_DEBUG: '' } });
      expectOneLineError({ status: plain.status, stdout: plain.stdout, stderr: plain.stderr }, /unexpected error: boom; please report/);
      const debug = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ACCOUNT_CATALOG_DEBUG: '1' } });
      expect(debug.status).toBe(2);
      expect(debug.stderr).toMatch(/\n\s+at /);
    } finally {
      fs.rmSync(preload, { force: true });
    }
  });
});
