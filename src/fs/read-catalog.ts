import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCatalogContents, type CatalogContent, type CatalogSource } from '../core/load/contents';
import type { LoadedCatalog } from '../core/model';
import { directoryMark, isOutside, lstatInside, openRegularFile, trailUnchanged, type DirectoryMark } from './repository-path';

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

export interface ReadCatalogOptions {
  /**
   * The repository root (default: the current directory). Every path must lie inside it, and is
   * resolved against it; findings name files relative to it.
   */
  readonly root?: string;
  /**
   * What a refused path (a symbolic link, not a regular file) becomes: a `yaml-syntax` error in
   * the catalog (default), or an input error, for a catalog that judges another and so must be whole.
   */
  readonly refused?: 'finding' | 'input-error';
}

/**
 * Reads a catalog from files and directories. A directory contributes its own `*.yaml`/`*.yml`
 * files (not those of subdirectories, not hidden ones), sorted by name; a file named directly is
 * read whatever its name.
 *
 * Only real files and directories inside the root are read. A path that leaves the root is an
 * input error. A symbolic link (the path, a parent directory, or a catalog file in a directory)
 * is never followed nor opened: it becomes a `yaml-syntax` error in the catalog, so the check fails.
 */
export function readCatalog(paths: readonly string[], options: ReadCatalogOptions = {}): LoadedCatalog {
  if (paths.length === 0) throw new CatalogInputError('No catalog given: name a YAML file or a directory of YAML files.');
  const root = path.resolve(options.root ?? process.cwd());
  const display = (absolute: string): string => displayPath(root, absolute);
  const files = new Map<string, CatalogFile>(); // absolute path -> what to read there
  for (const given of paths) {
    if (given === '') throw new CatalogInputError('A catalog path is empty: name a YAML file or a directory of YAML files.');
    const absolute = path.resolve(root, given);
    const relative = path.relative(root, absolute);
    if (isOutside(relative)) throw new CatalogInputError(`${given} is outside ${rootName(root)}: catalog files must be inside the repository (run account-catalog from its root).`);
    const found = lookOrThrow(() => lstatInside(root, relative), given);
    if (found.kind === 'missing') throw new CatalogInputError(`${given} does not exist: check the path.`);
    if (found.kind === 'link') {
      const link = path.join(root, ...found.link.split('/'));
      if (!files.has(link)) files.set(link, { refused: link === absolute ? LINK_FILE : linkedParent(given) });
      continue;
    }
    const { stat, trail } = found;
    if (stat.isDirectory()) {
      const entries = lookOrThrow(() => fs.readdirSync(absolute, { withFileTypes: true }), given).filter((e) => isCatalogFileName(e.name) && !e.isDirectory());
      if (entries.length === 0) throw new CatalogInputError(`${given} has no *.yaml or *.yml files: name a catalog file or a directory that holds one.`);
      for (const entry of entries.sort((a, b) => byCodePoint(a.name, b.name))) {
        const file = path.join(absolute, entry.name);
        files.set(file, entry.isSymbolicLink() ? { refused: LINK_FILE } : entry.isFile() ? { trail: [...trail, directoryMark(absolute, stat)] } : { refused: NOT_REGULAR });
      }
    } else if (stat.isFile()) {
      files.set(absolute, { trail });
    } else {
      throw new CatalogInputError(`${given} is neither a file nor a directory.`);
    }
  }
  const contents: CatalogSource[] = [];
  for (const [absolute, file] of files) {
    const shown = display(absolute);
    const source = 'refused' in file ? { path: shown, refused: file.refused } : readRegular(absolute, shown, file.trail);
    if ('refused' in source && options.refused === 'input-error') throw new CatalogInputError(`${shown}: ${source.refused}`);
    contents.push(source);
  }
  return parseCatalogContents(contents);
}

/** A file to read (with the directories it was found through), or why it is refused. */
type CatalogFile = { readonly trail: readonly DirectoryMark[] } | { readonly refused: string };

const LINK_FILE =
  'This is a symbolic link, so it is not read: catalog files and directories must be real ones in the repository (a link can point anywhere, such as .git/config). Replace the link with the file or directory it points to.';
const NOT_REGULAR = 'This is not a regular file (a FIFO, socket or device), so it is not read: catalog files must be regular files in the repository.';

function linkedParent(given: string): string {
  return `This directory is a symbolic link, so nothing under it is read (the catalog path ${given} goes through it): catalog files and directories must be real ones in the repository (a link can point anywhere, such as .git). Replace the link with the directory it points to.`;
}

/** Opens without following a link and checks the descriptor, so what is read is what was checked. */
function readRegular(absolute: string, shown: string, trail: readonly DirectoryMark[]): CatalogSource {
  const opened = lookOrThrow(() => openRegularFile(absolute), shown);
  if ('refused' in opened) return { path: shown, refused: opened.refused === 'link' ? LINK_FILE : NOT_REGULAR };
  try {
    if (opened.stat.size > MAX_CATALOG_FILE_BYTES) throw tooBig(shown, opened.stat.size);
    const content = lookOrThrow(() => fs.readFileSync(opened.fd), shown);
    // A directory on the way replaced while the file was opened (say, by a link) could have led elsewhere.
    if (!trailUnchanged(trail)) throw new CatalogInputError(`${shown} changed while it was read: run the check again on a tree nobody is changing.`);
    return { path: shown, content };
  } finally {
    fs.closeSync(opened.fd);
  }
}

function rootName(root: string): string {
  return root === process.cwd() ? 'the current directory' : root;
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

function displayPath(root: string, absolute: string): string {
  const relative = path.relative(root, absolute);
  return (relative === '' ? '.' : relative).split(path.sep).join('/');
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Runs a file-system call; its error becomes a one-line input error naming `shown`. */
function lookOrThrow<T>(call: () => T, shown: string): T {
  try {
    return call();
  } catch (e) {
    if (e instanceof CatalogInputError) throw e;
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
