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
 * The base catalog at the PR's base SHA, read through the contents API so a shallow checkout
 * (fetch-depth 1) is enough. Undefined when the base has no catalog yet (a first PR).
 */
export async function readBaseCatalog(api: GitHubClient, repository: Repository, baseSha: string, entries: readonly string[]): Promise<LoadedCatalog | undefined> {
  const snapshot = await readCatalogAtRef(api, repository, baseSha, entries);
  return snapshot ? catalogFromMemory(snapshot.files) : undefined;
}
