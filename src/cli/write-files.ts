// Writes a catalog without ever leaving half of one: every file goes to a temporary name in its
// directory first and is renamed into place, so a reader sees the old file or the new one.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isCatalogFileName } from '../fs/read-catalog';
import { CliFailure } from './errors';

export interface FileToWrite {
  readonly path: string;
  readonly text: string;
}

function temporaryName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.tmp-${process.pid}-${Date.now().toString(36)}`);
}

/** Refuses to replace an existing file (or a directory holding catalog files) unless `force`. */
export function checkDestination(target: string, kind: 'file' | 'dir', names: readonly string[], force: boolean): void {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(target);
  } catch {
    return;
  }
  if (kind === 'file') {
    if (stat.isDirectory()) throw new CliFailure(`${target} is a directory: give a file name, or a directory with --split-by owner|ou.`);
    if (!force) throw new CliFailure(`${target} exists: pass --force to replace it, or choose another --output.`);
    return;
  }
  if (!stat.isDirectory()) throw new CliFailure(`${target} exists and is not a directory: choose another --output.`);
  const present = fs.readdirSync(target).filter((n) => isCatalogFileName(n)).sort();
  if (present.length === 0) return;
  if (!force) throw new CliFailure(`${target} already holds catalog files (${present.slice(0, 5).join(', ')}${present.length > 5 ? ', ...' : ''}): pass --force to replace them, or choose another --output.`);
  const others = present.filter((n) => !names.includes(n));
  if (others.length > 0) {
    throw new CliFailure(`${target} holds other catalog files (${others.slice(0, 5).join(', ')}) that would be merged with the import: remove them or choose an empty directory.`);
  }
}

/** Writes every file to a temporary name first, then renames them all; on any error nothing new is left behind. */
export function writeFilesAtomically(files: readonly FileToWrite[]): void {
  const written: { temp: string; target: string }[] = [];
  try {
    for (const file of files) {
      fs.mkdirSync(path.dirname(file.path), { recursive: true });
      const temp = temporaryName(file.path);
      fs.writeFileSync(temp, file.text, { flag: 'wx' });
      written.push({ temp, target: file.path });
    }
    for (const { temp, target } of written) fs.renameSync(temp, target);
  } catch (e) {
    for (const { temp } of written) fs.rmSync(temp, { force: true });
    const error = e as NodeJS.ErrnoException;
    throw new CliFailure(`cannot write ${error.path ?? 'the catalog'} (${error.code ?? error.message}): nothing was written.`);
  }
}
