import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CatalogInputError, catalogFromMemory, MAX_CATALOG_FILE_BYTES, readCatalog } from '../../src/fs/read-catalog';

const ORG = 'version: 1\nteams:\n  platform: { email: p@acme.com }\naccounts:\n  - name: core-prod\n';
const SHIP = 'version: 1\nteams:\n  ship: { email: s@acme.com }\naccounts:\n  - name: ship-dev\n';

let dir: string;
let cwd: string;

beforeEach(() => {
  cwd = process.cwd();
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-')));
  process.chdir(dir);
});

afterEach(() => {
  process.chdir(cwd);
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

function inputError(run: () => unknown): CatalogInputError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(CatalogInputError);
    expect((e as Error).message).not.toMatch(/\n/);
    return e as CatalogInputError;
  }
  throw new Error('expected a CatalogInputError');
}

describe('readCatalog', () => {
  test('a directory: its own *.yaml and *.yml files, sorted, hidden and other files skipped', () => {
    write('catalog/b-ship.yml', SHIP);
    write('catalog/a-org.yaml', ORG);
    write('catalog/.draft.yaml', 'version: 2\n');
    write('catalog/notes.txt', 'not yaml');
    write('catalog/old/archived.yaml', 'version: 3\n');
    const catalog = readCatalog(['catalog']);
    expect(catalog.files).toEqual(['catalog/a-org.yaml', 'catalog/b-ship.yml']);
    expect(catalog.findings).toEqual([]);
    expect((catalog.data.accounts as unknown[]).length).toBe(2);
    expect(catalog.locate(['accounts', 1, 'name'])).toEqual({ file: 'catalog/b-ship.yml', line: 5, column: 5 });
  });

  test('one file, whatever its name; paths shown relative to the current directory', () => {
    write('sub/accounts.catalog', ORG);
    const catalog = readCatalog([path.join(dir, 'sub', 'accounts.catalog')]);
    expect(catalog.files).toEqual(['sub/accounts.catalog']);
    process.chdir(path.join(dir, 'sub'));
    expect(readCatalog(['accounts.catalog']).locate(['teams', 'platform'])).toEqual({ file: 'accounts.catalog', line: 3, column: 3 });
  });

  test('several paths are merged; the same file named twice is read once', () => {
    write('org.yaml', ORG);
    write('teams/ship.yaml', SHIP);
    const catalog = readCatalog(['org.yaml', 'teams', './org.yaml']);
    expect(catalog.files).toEqual(['org.yaml', 'teams/ship.yaml']);
    expect(catalog.findings).toEqual([]);
  });

  test('an entry in two files is reported with both places', () => {
    write('c/a.yaml', ORG);
    write('c/b.yaml', 'teams:\n  platform: {}\n');
    const catalog = readCatalog(['c']);
    expect(catalog.findings).toHaveLength(1);
    expect(catalog.findings[0].message).toBe('teams.platform is defined twice: in c/a.yaml:3 and in c/b.yaml:2. Keep one definition.');
    expect(catalog.findings[0]).toMatchObject({ file: 'c/b.yaml', line: 2, column: 3 });
  });

  test('a missing path, an empty directory, nothing given: one-line input errors', () => {
    expect(inputError(() => readCatalog(['nope.yaml'])).message).toBe('nope.yaml does not exist: check the path.');
    fs.mkdirSync(path.join(dir, 'empty'));
    write('empty/readme.md', '# no yaml');
    expect(inputError(() => readCatalog(['empty'])).message).toMatch(/^empty has no \*\.yaml or \*\.yml files/);
    expect(inputError(() => readCatalog([])).message).toMatch(/No catalog given/);
  });

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  (isRoot ? test.skip : test)('an unreadable file is an input error', () => {
    const file = write('secret.yaml', ORG);
    fs.chmodSync(file, 0o000);
    expect(inputError(() => readCatalog(['secret.yaml'])).message).toBe('secret.yaml cannot be read: permission denied.');
  });

  test('a file over 50 MB is refused before it is read', () => {
    const file = write('huge.yaml', '');
    fs.truncateSync(file, MAX_CATALOG_FILE_BYTES + 1); // sparse: nothing is written
    expect(inputError(() => readCatalog(['huge.yaml'])).message).toBe(
      'huge.yaml is 50.0 MB, over the 50 MB limit for a catalog file: split the catalog into a directory of smaller files.',
    );
    // 3 GB: reading it whole would fail with a different error, so the size is checked first.
    fs.truncateSync(file, 3 * 1024 ** 3);
    expect(inputError(() => readCatalog(['huge.yaml'])).message).toMatch(/^huge\.yaml is 3072\.0 MB, over the 50 MB limit/);
    // Exactly at the limit is allowed (it is read; here it is all NUL bytes, so a binary-file finding).
    fs.truncateSync(file, 1000);
    expect(readCatalog(['huge.yaml']).findings[0].message).toMatch(/binary/);
  });

  test('binary and non-UTF-8 files are findings; the rest of the catalog still loads', () => {
    write('c/a.yaml', ORG);
    write('c/logo.yaml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    write('c/latin1.yml', Buffer.from('version: 1\nname: caf\xe9\n', 'latin1'));
    const catalog = readCatalog(['c']);
    expect(catalog.findings.map((f) => [f.file, f.rule, f.severity])).toEqual([
      ['c/latin1.yml', 'yaml-syntax', 'error'],
      ['c/logo.yaml', 'yaml-syntax', 'error'],
    ]);
    expect(catalog.findings[0].message).toMatch(/not UTF-8/);
    expect(catalog.findings[1].message).toMatch(/binary/);
    expect(catalog.data.teams).toEqual({ platform: { email: 'p@acme.com' } });
  });

  test('CRLF and BOM files are valid input', () => {
    write('crlf.yaml', ORG.replace(/\n/g, '\r\n'));
    write('bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SHIP)]));
    const catalog = readCatalog(['crlf.yaml', 'bom.yaml']);
    expect(catalog.findings).toEqual([]);
    expect(catalog.data.accounts).toEqual([{ name: 'core-prod' }, { name: 'ship-dev' }]);
    expect(catalog.locate(['version'])).toEqual({ file: 'crlf.yaml', line: 1, column: 1 });
    expect(catalog.locate(['teams', 'ship'])).toEqual({ file: 'bom.yaml', line: 3, column: 3 });
  });

  test('empty files and top-level lists are findings, not input errors', () => {
    write('c/empty.yaml', '');
    write('c/list.yaml', '- a\n- b\n');
    const catalog = readCatalog(['c']);
    expect(catalog.findings.map((f) => [f.file, f.severity])).toEqual([
      ['c/empty.yaml', 'warning'],
      ['c/list.yaml', 'error'],
    ]);
  });
});

describe('symbolic links and paths outside the root', () => {
  // actions/checkout leaves the token in .git/config; a catalog path linked there must never be read.
  const TOKEN_LINE = '\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX1NFQ1JFVA==\n';
  beforeEach(() => write('.git/config', `[http "https://github.com/"]\n${TOKEN_LINE}`));

  function refusals(catalog: ReturnType<typeof readCatalog>): [string, string, string][] {
    return catalog.findings.map((f) => [f.file, f.rule, f.severity]);
  }
  function expectNoSecret(catalog: ReturnType<typeof readCatalog>): void {
    expect(JSON.stringify(catalog.findings)).not.toContain('eC1hY2Nlc3M');
    expect(JSON.stringify(catalog.data)).not.toContain('eC1hY2Nlc3M');
  }

  test('a catalog file that is a link is a yaml-syntax error, never read', () => {
    fs.symlinkSync('.git/config', path.join(dir, 'accounts.yaml'));
    const catalog = readCatalog(['accounts.yaml']);
    expect(refusals(catalog)).toEqual([['accounts.yaml', 'yaml-syntax', 'error']]);
    expect(catalog.findings[0].message).toMatch(/^This is a symbolic link, so it is not read: catalog files and directories must be real ones/);
    expectNoSecret(catalog);
  });

  test('a link to a regular catalog file inside the repository is refused too', () => {
    write('real.yaml', ORG);
    fs.symlinkSync('real.yaml', path.join(dir, 'accounts.yaml'));
    expect(refusals(readCatalog(['accounts.yaml']))).toEqual([['accounts.yaml', 'yaml-syntax', 'error']]);
  });

  test('a linked parent directory: nothing under it is read, the finding names the link', () => {
    write('real/accounts.yaml', ORG);
    fs.symlinkSync('real', path.join(dir, 'linked'));
    fs.mkdirSync(path.join(dir, 'deep'));
    fs.symlinkSync('../.git', path.join(dir, 'deep', 'git'));
    const catalog = readCatalog(['linked/accounts.yaml', 'linked', 'deep/git/config']);
    expect(refusals(catalog)).toEqual([
      ['linked', 'yaml-syntax', 'error'],
      ['deep/git', 'yaml-syntax', 'error'],
    ]);
    expect(catalog.findings[0].message).toMatch(/^This directory is a symbolic link, so nothing under it is read \(the catalog path linked\/accounts\.yaml goes through it\)/);
    expectNoSecret(catalog);
  });

  test('a link found listing a directory catalog is refused; the real files still load', () => {
    write('catalog/a-org.yaml', ORG);
    fs.symlinkSync('../.git/config', path.join(dir, 'catalog', 'b-secret.yaml'));
    fs.symlinkSync('../.git/config', path.join(dir, 'catalog', 'notes.txt')); // not a catalog name: ignored
    fs.symlinkSync('../.git', path.join(dir, 'catalog', 'sub')); // a directory catalog does not recurse
    const catalog = readCatalog(['catalog']);
    expect(refusals(catalog)).toEqual([['catalog/b-secret.yaml', 'yaml-syntax', 'error']]);
    expect(catalog.files).toEqual(['catalog/a-org.yaml', 'catalog/b-secret.yaml']);
    expect(catalog.data.teams).toEqual({ platform: { email: 'p@acme.com' } });
    expectNoSecret(catalog);
  });

  test('a directory of links only is refused, not "no yaml files"', () => {
    fs.mkdirSync(path.join(dir, 'catalog'));
    fs.symlinkSync('../.git/config', path.join(dir, 'catalog', 'a.yaml'));
    expect(refusals(readCatalog(['catalog']))).toEqual([['catalog/a.yaml', 'yaml-syntax', 'error']]);
  });

  test('the catalog directory itself given as a link', () => {
    write('real/a.yaml', ORG);
    fs.symlinkSync('real', path.join(dir, 'catalog'));
    expect(refusals(readCatalog(['catalog']))).toEqual([['catalog', 'yaml-syntax', 'error']]);
  });

  test('refused: input-error makes a link an input error (a base catalog must be read whole)', () => {
    fs.symlinkSync('.git/config', path.join(dir, 'accounts.yaml'));
    expect(inputError(() => readCatalog(['accounts.yaml'], { refused: 'input-error' })).message).toMatch(/^accounts\.yaml: This is a symbolic link/);
  });

  test('paths outside the root are input errors: .., absolute elsewhere, through .. from inside', () => {
    const outside = path.join(path.dirname(dir), `outside-${path.basename(dir)}.yaml`);
    fs.writeFileSync(outside, ORG);
    try {
      expect(inputError(() => readCatalog([outside])).message).toMatch(/is outside the current directory: catalog files must be inside the repository/);
      expect(inputError(() => readCatalog([`../${path.basename(outside)}`])).message).toMatch(/is outside the current directory/);
      write('sub/x.yaml', ORG);
      expect(inputError(() => readCatalog([`sub/../../${path.basename(outside)}`])).message).toMatch(/is outside/);
      // Absolute paths inside the root are fine.
      expect(readCatalog([path.join(dir, 'sub/x.yaml')]).files).toEqual(['sub/x.yaml']);
    } finally {
      fs.rmSync(outside);
    }
  });

  test('a root option: paths resolve against it and are shown relative to it', () => {
    write('repo/accounts.yaml', ORG);
    process.chdir(os.tmpdir());
    expect(readCatalog(['accounts.yaml'], { root: path.join(dir, 'repo') }).files).toEqual(['accounts.yaml']);
    expect(inputError(() => readCatalog(['../x.yaml'], { root: path.join(dir, 'repo') })).message).toMatch(/^\.\.\/x\.yaml is outside .*repo/);
  });

  test('an empty path is an input error, not the current directory', () => {
    write('accounts.yaml', ORG);
    expect(inputError(() => readCatalog([''])).message).toBe('A catalog path is empty: name a YAML file or a directory of YAML files.');
    expect(inputError(() => readCatalog(['accounts.yaml', ''])).message).toMatch(/empty/);
  });

  test('a FIFO named like a catalog file in a directory is refused without opening it', () => {
    write('catalog/a.yaml', ORG);
    const fifo = path.join(dir, 'catalog', 'b.yaml');
    const made = require('node:child_process').spawnSync('mkfifo', [fifo]);
    if (made.status !== 0) return; // no mkfifo here
    expect(refusals(readCatalog(['catalog']))).toEqual([['catalog/b.yaml', 'yaml-syntax', 'error']]);
  });
});

describe('catalogFromMemory', () => {
  test('texts and bytes, as the Action reads them from the GitHub API', () => {
    const catalog = catalogFromMemory([
      { path: 'catalog/org.yaml', content: ORG },
      { path: 'catalog/ship.yaml', content: Buffer.from(SHIP) },
    ]);
    expect(catalog.findings).toEqual([]);
    expect(catalog.locate(['accounts', 1])).toEqual({ file: 'catalog/ship.yaml', line: 5, column: 5 });
  });

  test('as a directory: only *.yaml/*.yml, not hidden, sorted', () => {
    const catalog = catalogFromMemory(
      [
        { path: 'c/z.yaml', content: SHIP },
        { path: 'c/README.md', content: '# hi' },
        { path: 'c/.hidden.yml', content: 'version: 9\n' },
        { path: 'c/a.yml', content: ORG },
      ],
      { directory: true },
    );
    expect(catalog.files).toEqual(['c/a.yml', 'c/z.yaml']);
    expect(catalog.findings).toEqual([]);
  });

  test('the same size limit and input errors', () => {
    expect(inputError(() => catalogFromMemory([{ path: 'big.yaml', content: new Uint8Array(MAX_CATALOG_FILE_BYTES + 1) }])).message).toMatch(/^big\.yaml is 50\.0 MB/);
    expect(inputError(() => catalogFromMemory([{ path: 'x.md', content: '' }], { directory: true })).message).toMatch(/no \*\.yaml/);
  });
});
