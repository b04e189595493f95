import * as path from 'node:path';
import type { CatalogContent } from '../src/core/load/contents';
import { readCatalogAtRef } from './catalog-at-ref';
import { ExpectedError } from './expected-error';
import { httpStatus, type GitHubClient } from './github-client';

/** The `organization-catalog` input: the organization repository's catalog, read through the API. */
export interface OrganizationCatalogRef {
  readonly owner: string;
  readonly repo: string;
  /** The catalog directory or file in that repository. */
  readonly path: string;
  /** Branch, tag or SHA; undefined: the repository's default branch. */
  readonly ref?: string;
}

const REF = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9_.-]{1,100})((?:\/[A-Za-z0-9_.-]+)*)(?:@([A-Za-z0-9_./-]{1,200}))?$/;

/** The organization's own file: a team repository's file never replaces it. */
export const SHARED_FILE = 'organization.yaml';

/** Parses `owner/repo[/path][@ref]` (path default `catalog`). */
export function parseOrganizationCatalogRef(value: string): OrganizationCatalogRef {
  const m = REF.exec(value);
  const segments = m?.[3] ? m[3].slice(1).split('/') : [];
  if (!m || [m[2], ...segments].some((s) => s === '.' || s === '..') || m[4]?.includes('..')) {
    throw new ExpectedError('Input organization-catalog must look like owner/repo[/path][@ref], e.g. acme/aws-accounts or acme/aws-accounts/catalog@main.');
  }
  return { owner: m[1], repo: m[2], path: segments.length > 0 ? segments.join('/') : 'catalog', ...(m[4] ? { ref: m[4] } : {}) };
}

export function describeRef(r: OrganizationCatalogRef): string {
  return `${r.owner}/${r.repo}/${r.path}${r.ref ? `@${r.ref}` : ''}`;
}

/** The organization's files as shown in findings: `owner/repo:path`, never a path of this repository. */
export function isOrganizationFile(file: string): boolean {
  return /^[A-Za-z0-9-]+\/[A-Za-z0-9_.-]+:/.test(file);
}

/**
 * Reads the organization repository's catalog files at one commit (the ref, else the default branch's
 * head), so the team's entries are judged by the organization's real policy, teams and OUs, on both
 * sides of the pull request. Fails closed: if the files cannot be read, the check cannot judge.
 */
export async function readOrganizationCatalog(api: GitHubClient, r: OrganizationCatalogRef): Promise<CatalogContent[]> {
  const where = describeRef(r);
  const refused = (why: string): ExpectedError =>
    new ExpectedError(`Input organization-catalog ${where}: ${why} The check cannot judge this catalog without the organization's policy, so it fails. Give organization-token a token that can read that repository (contents: read).`);
  let ref = r.ref;
  try {
    if (!ref) ref = (await api.rest.repos.get({ owner: r.owner, repo: r.repo })).data.default_branch;
    const snapshot = await readCatalogAtRef(api, { owner: r.owner, repo: r.repo }, ref, [r.path]);
    if (!snapshot) throw refused('no .yaml or .yml files there.');
    return snapshot.files.map((f) => ({ path: `${r.owner}/${r.repo}:${f.path}`, content: f.content }));
  } catch (error) {
    if (error instanceof ExpectedError) throw error;
    const status = httpStatus(error);
    if (status === 401 || status === 403 || status === 404) throw refused(`the repository or ref cannot be read (HTTP ${status}).`);
    throw error;
  }
}

/**
 * The organization's files merged with this repository's: an organization file with the same name as
 * one of ours (our team's own file) is replaced by ours; organization.yaml never is.
 */
export function withOrganizationFiles<T extends { readonly path: string }>(organization: readonly CatalogContent[], own: readonly T[]): (CatalogContent | T)[] {
  const ownNames = new Set(own.map((f) => path.posix.basename(f.path)));
  const kept = organization.filter((f) => {
    const name = path.posix.basename(f.path.slice(f.path.indexOf(':') + 1));
    return name === SHARED_FILE || !ownNames.has(name);
  });
  return [...kept, ...own];
}
