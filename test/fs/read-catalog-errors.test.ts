// File-system errors that a root test run cannot provoke for real (permission denied is ignored
// for root): the adapter's one-line messages for them, with fs calls failing on purpose.
import * as os from 'node:os';
import * as path from 'node:path';

jest.mock('node:fs', () => {
  const actual = jest.requireActual<typeof import('node:fs')>('node:fs');
  return {
    ...actual,
    statSync: jest.fn(actual.statSync),
    lstatSync: jest.fn(actual.lstatSync),
    openSync: jest.fn(actual.openSync),
    readFileSync: jest.fn(actual.readFileSync),
    readdirSync: jest.fn(actual.readdirSync),
  };
});

// eslint-disable-next-line import/order
import * as fs from 'node:fs';
import { CatalogInputError, readCatalog } from '../../src/fs/read-catalog';

function failing(code: string): Error {
  return Object.assign(new Error(`${code}: simulated, with a stack`), { code });
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-errors-'));
  fs.writeFileSync(path.join(dir, 'a.yaml'), 'version: 1\n');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test.each([
  ['EACCES', 'cannot be read: permission denied.'],
  ['EPERM', 'cannot be read: permission denied.'],
  ['EISDIR', 'is a directory where a file was expected.'],
  ['EIO', 'cannot be read (EIO).'],
])('reading a file fails with %s', (code, expected) => {
  (fs.readFileSync as unknown as jest.Mock).mockImplementationOnce(() => {
    throw failing(code);
  });
  let error: unknown;
  try {
    readCatalog(['a.yaml'], { root: dir });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(CatalogInputError);
  expect((error as Error).message).toBe(`a.yaml ${expected}`);
});

test('listing a directory fails with EACCES', () => {
  (fs.readdirSync as unknown as jest.Mock).mockImplementationOnce(() => {
    throw failing('EACCES');
  });
  expect(() => readCatalog([dir], { root: dir })).toThrow(new CatalogInputError(`${dir} cannot be read: permission denied.`));
});

test('a link is never opened nor read: not the link, not its target', () => {
  fs.mkdirSync(path.join(dir, '.git'));
  fs.writeFileSync(path.join(dir, '.git', 'config'), 'extraheader = AUTHORIZATION: basic c2VjcmV0\n');
  fs.symlinkSync('.git/config', path.join(dir, 'link.yaml'));
  fs.mkdirSync(path.join(dir, 'c'));
  fs.symlinkSync('../.git/config', path.join(dir, 'c', 'b.yaml'));
  (fs.openSync as unknown as jest.Mock).mockClear();
  (fs.readFileSync as unknown as jest.Mock).mockClear();
  const catalog = readCatalog(['link.yaml', 'c', 'a.yaml'], { root: dir });
  expect(catalog.findings.map((f) => f.file)).toEqual(['link.yaml', 'c/b.yaml']);
  const touched = [...(fs.openSync as unknown as jest.Mock).mock.calls, ...(fs.readFileSync as unknown as jest.Mock).mock.calls].map((c) => String(c[0]));
  expect(touched.filter((p) => /link\.yaml|b\.yaml|config/.test(p))).toEqual([]);
  expect(touched.filter((p) => p.endsWith('a.yaml'))).toHaveLength(1); // the regular file, opened once
});

test('a file swapped for a link after it was checked (open fails with ELOOP) is refused, not followed', () => {
  (fs.openSync as unknown as jest.Mock).mockImplementationOnce(() => {
    throw failing('ELOOP');
  });
  const catalog = readCatalog(['a.yaml'], { root: dir });
  expect(catalog.findings.map((f) => [f.file, f.rule, f.severity])).toEqual([['a.yaml', 'yaml-syntax', 'error']]);
  expect(catalog.findings[0].message).toMatch(/symbolic link/);
});

test('a parent directory swapped while the file was read is an input error', () => {
  fs.mkdirSync(path.join(dir, 'c'));
  fs.writeFileSync(path.join(dir, 'c', 'x.yaml'), 'version: 1\n');
  const actual = jest.requireActual<typeof import('node:fs')>('node:fs');
  let calls = 0;
  // The second look at c (after the file was opened) finds another directory there.
  (fs.lstatSync as unknown as jest.Mock).mockImplementation((p: string, ...rest: unknown[]) => {
    const stat = (actual.lstatSync as (...a: unknown[]) => fs.Stats)(p, ...rest);
    if (p === path.join(dir, 'c') && ++calls > 1) return Object.assign(Object.create(Object.getPrototypeOf(stat)), stat, { ino: stat.ino + 1 });
    return stat;
  });
  try {
    expect(() => readCatalog(['c/x.yaml'], { root: dir })).toThrow(new CatalogInputError('c/x.yaml changed while it was read: run the check again on a tree nobody is changing.'));
  } finally {
    (fs.lstatSync as unknown as jest.Mock).mockImplementation(actual.lstatSync);
  }
});
