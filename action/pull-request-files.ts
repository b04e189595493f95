import * as path from 'node:path';
import type { ProtectedFileChange, PullRequestContext } from '../src/core/model';
import { globToRegExp, isCatalogPath, isGlob, normalizeEntry } from './catalog-paths';
import type { PullRequestEvent } from './event';
import { httpStatus, type GitHubClient } from './github-client';

/** GitHub lists at most this many files of a pull request: a longer list may hide any file. */
export const MAX_LISTED_FILES = 3000;

/** Directories whose files decide how the check runs: the workflows, and local actions they use. */
const CHECK_DIRECTORIES = ['.github/workflows/', '.github/actions/'];

interface PullFile {
  readonly filename: string;
  readonly status: string;
  readonly previous_filename?: string;
}

/**
 * The files the pull request changes that decide how it is checked (spec section 8): a workflow or
 * local action edited, or a catalog file deleted, moved or changed in type. Read from the pull
 * request's file list (GET /repos/{owner}/{repo}/pulls/{n}/files); when it cannot be read in full,
 * the reason is given instead, and the change needs the same approval.
 */
export async function readProtectedFileChanges(
  api: GitHubClient,
  event: PullRequestEvent,
  entries: readonly string[],
): Promise<Pick<PullRequestContext, 'protectedFileChanges' | 'fileListUnavailable'>> {
  let files: PullFile[];
  try {
    files = (await api.paginate(api.rest.pulls.listFiles, { ...event.repository, pull_number: event.number, per_page: 100 })) as PullFile[];
  } catch (error) {
    const status = httpStatus(error);
    if (status === undefined) throw error;
    return { protectedFileChanges: [], fileListUnavailable: `GitHub answered HTTP ${status}` };
  }
  const protectedFileChanges = protectedChanges(files, entries);
  if (files.length >= MAX_LISTED_FILES) {
    return { protectedFileChanges, fileListUnavailable: `GitHub lists at most ${MAX_LISTED_FILES.toLocaleString('en-US')} files of a pull request, and this one has that many or more` };
  }
  return { protectedFileChanges };
}

/** Which listed changes touch the check's own files or remove catalog files. */
export function protectedChanges(files: readonly PullFile[], entries: readonly string[]): ProtectedFileChange[] {
  const inCatalog = catalogMatcher(entries);
  const changes: ProtectedFileChange[] = [];
  for (const file of files) {
    const from = file.previous_filename;
    const touched = [file.filename, ...(from !== undefined ? [from] : [])];
    if (touched.some(isCheckFile)) {
      const what = from !== undefined && from !== file.filename ? `moves ${from} to ${file.filename}` : `${verb(file.status)} ${file.filename}`;
      changes.push({ file: file.filename, what: `${what} (a workflow or local action)` });
    } else if (file.status === 'removed' && inCatalog(file.filename)) {
      changes.push({ file: file.filename, what: `deletes the catalog file ${file.filename}` });
    } else if (file.status === 'renamed' && from !== undefined && inCatalog(from)) {
      changes.push({ file: file.filename, what: `moves the catalog file ${from} to ${file.filename}` });
    } else if (file.status === 'changed' && inCatalog(file.filename)) {
      changes.push({ file: file.filename, what: `changes the file mode or type of the catalog file ${file.filename}` });
    }
  }
  return changes;
}

function isCheckFile(file: string): boolean {
  return CHECK_DIRECTORIES.some((dir) => file.startsWith(dir));
}

function verb(status: string): string {
  return status === 'added' ? 'adds' : status === 'removed' ? 'deletes' : status === 'renamed' ? 'moves' : 'edits';
}

/** Whether a repository path is one of the catalog's files: named, in a named directory, or matched by a glob. */
function catalogMatcher(entries: readonly string[]): (file: string) => boolean {
  const tests = entries.map((raw) => {
    const entry = normalizeEntry(raw);
    if (isGlob(entry)) {
      const pattern = globToRegExp(entry);
      return (file: string) => pattern.test(file) && isCatalogPath(file);
    }
    return (file: string) => file === entry || (path.posix.dirname(file) === entry && isCatalogPath(file));
  });
  return (file) => tests.some((test) => test(file));
}
