import type { LoadedCatalog } from '../src/core/model';
import { catalogFromMemory, readCatalog } from '../src/fs/read-catalog';
import { readCatalogAtRef, type Repository } from './catalog-at-ref';
import { resolveWorkspaceCatalog } from './catalog-paths';
import type { GitHubClient } from './github-client';

/**
 * The head catalog: the checked-out workspace (the PR's merge commit on pull_request events).
 * Only real files inside the workspace are read; a symbolic link is a finding, never followed.
 */
export function readWorkspaceCatalog(entries: readonly string[], workspace: string): LoadedCatalog {
  return readCatalog(resolveWorkspaceCatalog(entries, workspace), { root: workspace });
}

/**
 * The catalog at a commit (the PR's base SHA; the head's on pull_request_target), read through the
 * contents API so a shallow checkout (fetch-depth 1) is enough. Undefined when the commit has no
 * catalog (a first PR).
 */
export async function readBaseCatalog(api: GitHubClient, repository: Repository, sha: string, entries: readonly string[]): Promise<LoadedCatalog | undefined> {
  const snapshot = await readCatalogAtRef(api, repository, sha, entries);
  return snapshot ? catalogFromMemory(snapshot.files) : undefined;
}
