import type { Repository } from './catalog-at-ref';
import { isOrganizationFile } from './organization-catalog';

const serverUrl = (): string => (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');

/** Links a finding to its line in the catalog at a commit (github.com or GHES). */
export function sourceLinker(repository: Repository | undefined, sha: string | undefined): ((file: string, line: number) => string | undefined) | undefined {
  if (!repository || !sha) return undefined;
  const base = `${serverUrl()}/${repository.owner}/${repository.repo}/blob/${sha}/`;
  // The organization catalog's files are in another repository (and maybe private): no link.
  return (file, line) => isOrganizationFile(file) ? undefined : `${base}${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;
}

/** This run's page, where the job summary is. */
export function runUrl(repository: Repository | undefined): string | undefined {
  const runId = process.env.GITHUB_RUN_ID;
  if (!repository || !runId || !/^\d+$/.test(runId)) return undefined;
  return `${serverUrl()}/${repository.owner}/${repository.repo}/actions/runs/${runId}`;
}
