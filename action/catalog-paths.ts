import * as fs from 'node:fs';
import * as path from 'node:path';
import { isCatalogFileName } from '../src/fs/read-catalog';
import { lstatInside } from '../src/fs/repository-path';
import { ExpectedError } from './expected-error';

/** A file a directory or glob contributes: `*.yaml`/`*.yml`, not hidden, as the loader reads directories. */
export function isCatalogPath(file: string): boolean {
  return isCatalogFileName(path.posix.basename(file));
}

/** True when a `catalog` entry is a glob rather than a file or directory path. */
export function isGlob(entry: string): boolean {
  return /[*?[]/.test(entry);
}

/** A repository-relative path in `/` form, without `./`; refuses to leave the repository. */
export function normalizeEntry(entry: string): string {
  const normal = path.posix.normalize(entry.replace(/\\/g, '/')).replace(/^\.\/+/, '').replace(/\/+$/, '');
  if (normal === '..' || normal.startsWith('../') || path.posix.isAbsolute(normal)) {
    throw new ExpectedError(`Input catalog must be a path inside the repository; got ${JSON.stringify(entry)}.`);
  }
  return normal === '' ? '.' : normal;
}

/** `*` and `?` stay within one path segment, `**` crosses segments. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        out += '(?:.*/)?';
      } else out += '.*';
    } else if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else out += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/**
 * True when something inside directory `dir` (repository-relative) could match `glob`: the walk
 * enters only such directories, and a symbolic link there is refused, as it could hide matches.
 */
export function globMayEnter(glob: string, dir: string): boolean {
  const pattern = glob.split('/');
  const names = dir === '.' ? [] : dir.split('/');
  for (let i = 0; i < names.length; i++) {
    if (i >= pattern.length) return false;
    if (pattern[i].includes('**')) return true;
    if (!globToRegExp(pattern[i]).test(names[i])) return false;
  }
  return pattern.length > names.length;
}

/** The directory part of a glob before its first wildcard segment ('.' for none). */
export function globRoot(glob: string): string {
  const segments = glob.split('/');
  const fixed: string[] = [];
  for (const segment of segments) {
    if (isGlob(segment)) break;
    fixed.push(segment);
  }
  return fixed.length === segments.length ? path.posix.dirname(glob) : fixed.join('/') || '.';
}

/**
 * True when a link leads to a regular file (or nowhere), so no match can hide behind it. Only the
 * target's metadata is looked at (stat); it is never opened.
 */
function linksToFile(absolute: string): boolean {
  try {
    return fs.statSync(absolute).isFile();
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/** Directories a glob walk never enters. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);

/**
 * Turns the `catalog` input into repository-relative paths the loader reads (files and
 * directories), expanding globs against the workspace. A glob that matches nothing is an error.
 * A symbolic link a glob would match or look into is returned as a path too, never followed: the
 * loader then refuses it with a finding.
 */
export function resolveWorkspaceCatalog(entries: readonly string[], workspace: string): string[] {
  const result: string[] = [];
  for (const raw of entries) {
    const entry = normalizeEntry(raw);
    if (!isGlob(entry)) {
      result.push(entry);
      continue;
    }
    const matches = walk(workspace, entry);
    if (matches.length === 0) throw new ExpectedError(`Input catalog: the glob ${JSON.stringify(raw)} matches no .yaml or .yml file.`);
    result.push(...matches);
  }
  return [...new Set(result)];
}

/** The files a glob matches, and the links it meets, walking only real directories. */
function walk(workspace: string, glob: string): string[] {
  const pattern = globToRegExp(glob);
  const found: string[] = [];
  const visit = (relative: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(workspace, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = relative === '.' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && globMayEnter(glob, child)) visit(child);
      } else if (pattern.test(child) && isCatalogPath(child)) {
        found.push(child); // a file, or a link or other entry in a file's place: the loader decides
      } else if (entry.isSymbolicLink() && !SKIPPED_DIRECTORIES.has(entry.name) && globMayEnter(glob, child) && !linksToFile(path.join(workspace, child))) {
        found.push(child); // a link to a directory (or to what cannot be told) where the glob would look inside
      }
    }
  };
  const root = globRoot(glob);
  const at = lstatInside(workspace, root === '.' ? '' : root.split('/').join(path.sep));
  if (at.kind === 'link') found.push(at.link);
  else if (at.kind === 'entry' && at.stat.isDirectory()) visit(root);
  return found.sort();
}
