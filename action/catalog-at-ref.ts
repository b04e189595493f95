import type { CatalogContent } from '../src/core/load/contents';
import { globRoot, globToRegExp, isCatalogPath, isGlob, normalizeEntry } from './catalog-paths';
import { ExpectedError } from './expected-error';
import { httpStatus, type GitHubClient } from './github-client';

export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

/** The catalog's files at one commit, and a fingerprint that changes when any of them does. */
export interface CatalogSnapshot {
  readonly files: readonly CatalogContent[];
  /** Paths and blob SHAs: equal fingerprints mean equal catalogs. */
  readonly fingerprint: string;
}

/** File contents by blob SHA: content-addressed, so an entry is never stale. */
const BLOBS = new Map<string, Uint8Array>();

/** A glob at a commit lists at most this many directories (one request each). */
const MAX_GLOB_DIRECTORIES = 100;

interface ContentEntry {
  readonly type: string;
  readonly path: string;
  readonly sha: string;
  readonly size?: number;
  readonly content?: string;
  readonly encoding?: string;
}

/**
 * Reads the catalog at a commit through the contents API, so the Action works with
 * actions/checkout's default fetch-depth of 1 (the workspace holds only the merge commit).
 * Returns undefined when the catalog does not exist at that commit (a first pull request).
 * File contents are cached by blob SHA (content-addressed, so never stale): the base and every
 * commit of a history walk fetch each version of a file once.
 */
export async function readCatalogAtRef(
  api: GitHubClient,
  repository: Repository,
  ref: string,
  entries: readonly string[],
): Promise<CatalogSnapshot | undefined> {
  const found = new Map<string, ContentEntry>();
  for (const raw of entries) {
    const entry = normalizeEntry(raw);
    if (isGlob(entry)) {
      const pattern = globToRegExp(entry);
      for (const file of await listTree(api, repository, ref, globRoot(entry))) {
        if (pattern.test(file.path) && isCatalogPath(file.path)) found.set(file.path, file);
      }
      continue;
    }
    const content = await getContent(api, repository, ref, entry);
    if (Array.isArray(content)) {
      for (const item of content) if (item.type === 'file' && isCatalogPath(item.path)) found.set(item.path, item);
    } else if (content && content.type === 'file') {
      found.set(content.path, content);
    }
  }
  if (found.size === 0) return undefined;
  const sorted = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // Fetched together; the throttling plugin bounds how many are in flight.
  const files: CatalogContent[] = await Promise.all(
    sorted.map(async (entry) => {
      let content = BLOBS.get(entry.sha);
      if (content === undefined) {
        content = await fileBytes(api, repository, ref, entry);
        BLOBS.set(entry.sha, content);
      }
      return { path: entry.path, content };
    }),
  );
  return { files, fingerprint: [...found.values()].map((e) => `${e.path}@${e.sha}`).sort().join('\n') };
}

async function getContent(api: GitHubClient, repository: Repository, ref: string, path: string): Promise<ContentEntry | ContentEntry[] | undefined> {
  try {
    const { data } = await api.rest.repos.getContent({ ...repository, path: path === '.' ? '' : path, ref });
    return data as ContentEntry | ContentEntry[];
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}

async function listTree(api: GitHubClient, repository: Repository, ref: string, root: string): Promise<ContentEntry[]> {
  const files: ContentEntry[] = [];
  const queue = [root];
  for (let listed = 0; queue.length > 0; listed++) {
    if (listed >= MAX_GLOB_DIRECTORIES) throw new ExpectedError(`Input catalog: the glob spans more than ${MAX_GLOB_DIRECTORIES} directories; name a narrower directory.`);
    const content = await getContent(api, repository, ref, queue.shift()!);
    if (!Array.isArray(content)) continue;
    for (const item of content) {
      if (item.type === 'dir') queue.push(item.path);
      else if (item.type === 'file') files.push(item);
    }
  }
  return files;
}

/**
 * A file's bytes (decoded by the loader exactly as it decodes workspace files): inline base64 up to
 * 1 MB; larger files come back raw (up to 100 MB).
 */
async function fileBytes(api: GitHubClient, repository: Repository, ref: string, entry: ContentEntry): Promise<Uint8Array> {
  if (entry.encoding === 'base64' && typeof entry.content === 'string' && (entry.content !== '' || entry.size === 0)) {
    return Buffer.from(entry.content, 'base64');
  }
  const { data } = await api.rest.repos.getContent({ ...repository, path: entry.path, ref, mediaType: { format: 'raw' } });
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : new Uint8Array(data as unknown as ArrayBuffer);
}
