import type { CatalogContent } from '../src/core/load/contents';
import { parseCatalogContents } from '../src/core/load/contents';
import type { LoadedCatalog } from '../src/core/model';
import { catalogFromMemory, readCatalogContents } from '../src/fs/read-catalog';
import { readCatalogAtRef, type Repository } from './catalog-at-ref';
import { resolveWorkspaceCatalog } from './catalog-paths';
import type { GitHubClient } from './github-client';
import { withOrganizationFiles } from './organization-catalog';

/**
 * The head catalog: the checked-out workspace (the PR's merge commit on pull_request events).
 * Only real files inside the workspace are read; a symbolic link is a finding, never followed.
 * A team repo's check puts the organization repository's files first (organization-catalog).
 */
export function readWorkspaceCatalog(entries: readonly string[], workspace: string, organization?: readonly CatalogContent[]): LoadedCatalog {
  const own = readCatalogContents(resolveWorkspaceCatalog(entries, workspace), { root: workspace });
  return parseCatalogContents(organization ? withOrganizationFiles(organization, own) : own);
}

/**
 * The catalog at a commit (the PR's base SHA; the head's on pull_request_target), read through the
 * contents API so a shallow checkout (fetch-depth 1) is enough. Undefined when the commit has no
 * catalog (a first PR).
 */
export async function readBaseCatalog(
  api: GitHubClient,
  repository: Repository,
  sha: string,
  entries: readonly string[],
  organization?: Promise<readonly CatalogContent[]>,
): Promise<LoadedCatalog | undefined> {
  const snapshot = await readCatalogAtRef(api, repository, sha, entries);
  // A team repo's base is its own files at the base with the organization's: the organization's
  // policy decides even on the team's first pull request.
  if (organization) return catalogFromMemory(withOrganizationFiles(await organization, snapshot?.files ?? []));
  return snapshot ? catalogFromMemory(snapshot.files) : undefined;
}
