import * as fs from 'node:fs';
import * as path from 'node:path';

// Catalog files and directories must be real files and directories inside the repository. A
// symbolic link is never followed: a pull request could point one at any file the runner can
// read (actions/checkout leaves the token in .git/config), and the GitHub API lists a link, not
// its target, so a change to the target would not show as a change of the catalog.

/** `relative` (from path.relative) leaves its root: `..`, `../x`, or another drive. */
export function isOutside(relative: string): boolean {
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}

/** What lies at a path inside a root, seen without following any link on the way. */
export type PathKind =
  | { readonly kind: 'link'; /** The first link on the way, relative to the root, `/`-separated. */ readonly link: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'entry'; readonly stat: fs.Stats; /** Each directory on the way (root first), to see later that none was swapped. */ readonly trail: readonly DirectoryMark[] };

export interface DirectoryMark {
  readonly absolute: string;
  readonly dev: number;
  readonly ino: number;
}

/**
 * Walks from `root` to `root/relative` one name at a time with lstat, so a symbolic link anywhere
 * on the way (the path itself or a parent directory) is found and never followed. The root itself
 * is the caller's to trust. Other errors than "not found" are thrown as they come.
 */
export function lstatInside(root: string, relative: string): PathKind {
  const names = relative === '' ? [] : relative.split(path.sep).filter((n) => n !== '' && n !== '.');
  let current = root;
  let stat = fs.statSync(root);
  const trail: DirectoryMark[] = [];
  for (let i = 0; i < names.length; i++) {
    trail.push(directoryMark(current, stat));
    current = path.join(current, names[i]);
    try {
      stat = fs.lstatSync(current);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
      throw e;
    }
    if (stat.isSymbolicLink()) return { kind: 'link', link: names.slice(0, i + 1).join('/') };
    if (i < names.length - 1 && !stat.isDirectory()) return { kind: 'missing' };
  }
  return { kind: 'entry', stat, trail };
}

/** A directory as it is now, to compare with later. */
export function directoryMark(absolute: string, stat: fs.Stats): DirectoryMark {
  return { absolute, dev: stat.dev, ino: stat.ino };
}

/** True when every directory of a trail is still the same directory (none was replaced, e.g. by a link). */
export function trailUnchanged(trail: readonly DirectoryMark[]): boolean {
  return trail.every((d) => {
    try {
      const stat = fs.lstatSync(d.absolute);
      return stat.isDirectory() && stat.dev === d.dev && stat.ino === d.ino;
    } catch {
      return false;
    }
  });
}

// O_NOFOLLOW: opening a link fails (ELOOP) instead of opening its target. O_NONBLOCK: a FIFO put
// in a file's place cannot hang the open. Neither exists on Windows, where both are 0.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

/** An open regular file, or why it is not one. */
export type OpenedFile = { readonly fd: number; readonly stat: fs.Stats } | { readonly refused: 'link' | 'not-regular' };

/**
 * Opens a file that was seen as a regular file, refusing it if it has become a link or something
 * else since (the descriptor is checked with fstat, so what is read is what was checked).
 */
export function openRegularFile(absolute: string): OpenedFile {
  let fd: number;
  try {
    fd = fs.openSync(absolute, OPEN_FLAGS);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') return { refused: 'link' };
    throw e;
  }
  const stat = fs.fstatSync(fd);
  if (!stat.isFile()) {
    fs.closeSync(fd);
    return { refused: 'not-regular' };
  }
  return { fd, stat };
}
