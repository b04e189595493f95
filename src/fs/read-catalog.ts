import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCatalogContents, type CatalogContent } from '../core/load/contents';
import type { LoadedCatalog } from '../core/model';

/** A file larger than this is refused before it is read: no catalog comes near it. */
export const MAX_CATALOG_FILE_BYTES = 50 * 1024 * 1024;

/** An input problem (missing path, nothing to read, permissions, size): the CLI exits 2. */
export class CatalogInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogInputError';
  }
}

/** A catalog file in a directory: `*.yaml` or `*.yml`, not hidden. */
export function isCatalogFileName(name: string): boolean {
  return !name.startsWith('.') && /\.ya?ml$/i.test(name);
}

/**
 * Reads a catalog from files and directories. A directory contributes its own `*.yaml`/`*.yml`
 * files (not those of subdirectories, not hidden ones), sorted by name; a file named directly is
 * read whatever its name. Findings name files relative to the current directory.
 */
export function readCatalog(paths: readonly string[]): LoadedCatalog {
  return parseCatalogContents(readCatalogContents(paths));
}

/** The files `readCatalog` reads, unparsed, in the same order and with the same checks. */
export function readCatalogContents(paths: readonly string[]): CatalogContent[] {
  if (paths.length === 0) throw new CatalogInputError('No catalog given: name a YAML file or a directory of YAML files.');
  const files = new Map<string, string>(); // absolute path -> display path
  for (const given of paths) {
    const absolute = path.resolve(given);
    const stat = statOrThrow(absolute, given);
    if (stat.isDirectory()) {
      const names = readDirOrThrow(absolute, given).filter((name) => isCatalogFileName(name) && isFile(path.join(absolute, name)));
      if (names.length === 0) throw new CatalogInputError(`${given} has no *.yaml or *.yml files: name a catalog file or a directory that holds one.`);
      for (const name of names.sort(byCodePoint)) files.set(path.join(absolute, name), displayPath(path.join(absolute, name)));
    } else if (stat.isFile()) {
      files.set(absolute, displayPath(absolute));
    } else {
      throw new CatalogInputError(`${given} is neither a file nor a directory.`);
    }
  }
  const contents: CatalogContent[] = [];
  for (const [absolute, display] of files) {
    const size = statOrThrow(absolute, display).size;
    if (size > MAX_CATALOG_FILE_BYTES) throw tooBig(display, size);
    contents.push({ path: display, content: readOrThrow(absolute, display) });
  }
  return contents;
}

/**
 * A catalog from files already in memory (the Action reads the base branch's through the GitHub
 * API): the same name filter, order and size limit as `readCatalog`, without touching the disk.
 * Every file given is used; pass `directory: true` to keep only `*.yaml`/`*.yml` files as a
 * directory listing would.
 */
export function catalogFromMemory(files: readonly CatalogContent[], options: { directory?: boolean } = {}): LoadedCatalog {
  const chosen = options.directory ? files.filter((f) => isCatalogFileName(path.posix.basename(f.path))) : [...files];
  if (chosen.length === 0) throw new CatalogInputError('The catalog has no *.yaml or *.yml files.');
  for (const file of chosen) {
    const size = typeof file.content === 'string' ? Buffer.byteLength(file.content, 'utf8') : file.content.byteLength;
    if (size > MAX_CATALOG_FILE_BYTES) throw tooBig(file.path, size);
  }
  return parseCatalogContents(options.directory ? chosen.sort((a, b) => byCodePoint(a.path, b.path)) : chosen);
}

function tooBig(display: string, size: number): CatalogInputError {
  const mb = (size / 1024 / 1024).toFixed(1);
  return new CatalogInputError(`${display} is ${mb} MB, over the 50 MB limit for a catalog file: split the catalog into a directory of smaller files.`);
}

function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return (relative === '' ? '.' : relative).split(path.sep).join('/');
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isFile(absolute: string): boolean {
  try {
    return fs.statSync(absolute).isFile();
  } catch {
    return false;
  }
}

function statOrThrow(absolute: string, shown: string): fs.Stats {
  try {
    return fs.statSync(absolute);
  } catch (e) {
    throw ioError(e, shown);
  }
}

function readDirOrThrow(absolute: string, shown: string): string[] {
  try {
    return fs.readdirSync(absolute);
  } catch (e) {
    throw ioError(e, shown);
  }
}

function readOrThrow(absolute: string, shown: string): Uint8Array {
  try {
    return fs.readFileSync(absolute);
  } catch (e) {
    throw ioError(e, shown);
  }
}

/** A one-line message for a file-system error, without a stack. */
function ioError(e: unknown, shown: string): CatalogInputError {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new CatalogInputError(`${shown} does not exist: check the path.`);
    case 'EACCES':
    case 'EPERM':
      return new CatalogInputError(`${shown} cannot be read: permission denied.`);
    case 'EISDIR':
      return new CatalogInputError(`${shown} is a directory where a file was expected.`);
    default:
      return new CatalogInputError(`${shown} cannot be read (${code ?? (e as Error).message}).`);
  }
}
