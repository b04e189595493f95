// File-system errors that a root test run cannot provoke for real (permission denied is ignored
// for root): the adapter's one-line messages for them, with fs calls failing on purpose.
import * as os from 'node:os';
import * as path from 'node:path';

jest.mock('node:fs', () => {
  const actual = jest.requireActual<typeof import('node:fs')>('node:fs');
  return { ...actual, statSync: jest.fn(actual.statSync), readFileSync: jest.fn(actual.readFileSync), readdirSync: jest.fn(actual.readdirSync) };
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
  const file = path.join(dir, 'a.yaml');
  let error: unknown;
  try {
    readCatalog([file]);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(CatalogInputError);
  expect((error as Error).message).toBe(`${path.relative(process.cwd(), file)} ${expected}`);
});

test('listing a directory fails with EACCES', () => {
  (fs.readdirSync as unknown as jest.Mock).mockImplementationOnce(() => {
    throw failing('EACCES');
  });
  expect(() => readCatalog([dir])).toThrow(new CatalogInputError(`${dir} cannot be read: permission denied.`));
});
