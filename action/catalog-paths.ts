import * as fs from 'node:fs';
import * as path from 'node:path';
import { isCatalogFileName } from '../src/fs/read-catalog';
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

/** Directories a glob walk never enters. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);

/**
 * Turns the `catalog` input into repository-relative paths the loader reads (files and
 * directories), expanding globs against the workspace. A glob that matches nothing is an error.
 */
export function resolveWorkspaceCatalog(entries: readonly string[], workspace: string): string[] {
  const result: string[] = [];
  for (const raw of entries) {
    const entry = normalizeEntry(raw);
    if (!isGlob(entry)) {
      result.push(entry);
      continue;
    }
    const pattern = globToRegExp(entry);
    const matches = walk(workspace, globRoot(entry)).filter((file) => pattern.test(file) && isCatalogPath(file));
    if (matches.length === 0) throw new ExpectedError(`Input catalog: the glob ${JSON.stringify(raw)} matches no .yaml or .yml file.`);
    result.push(...matches);
  }
  return [...new Set(result)];
}

function walk(workspace: string, dir: string): string[] {
  const files: string[] = [];
  const visit = (relative: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(workspace, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = relative === '.' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) visit(child);
      else if (entry.isFile()) files.push(child);
    }
  };
  visit(dir);
  return files.sort();
}
