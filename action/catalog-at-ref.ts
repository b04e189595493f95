import type { CatalogContent } from '../src/core/load/contents';
import { globMayEnter, globRoot, globToRegExp, isCatalogPath, isGlob, normalizeEntry } from './catalog-paths';
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
/** The contents API lists at most 1,000 entries of a directory: a full listing may be cut. */
const MAX_LISTED_ENTRIES = 1000;
/** Up to this size the contents API gives a file's content inline (base64); larger ones only raw. */
const MAX_INLINE_BYTES = 1024 * 1024;

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
 *
 * Asked for a symbolic link to a file, the contents API answers with the target's content; in a
 * listing it shows the link as `type: "symlink"`. So every path is looked up in its parent's
 * listing, from the root down, and a link (or submodule) anywhere the catalog is read from fails
 * the run: skipping it would hide its target's changes from the approval check (the base, or a
 * commit of the history walk, would look as if the link's file were not there).
 */
export async function readCatalogAtRef(
  api: GitHubClient,
  repository: Repository,
  ref: string,
  entries: readonly string[],
): Promise<CatalogSnapshot | undefined> {
  const tree = new TreeAtRef(api, repository, ref);
  const found = new Map<string, ContentEntry>();
  for (const raw of entries) {
    const entry = normalizeEntry(raw);
    if (isGlob(entry)) {
      for (const file of await tree.glob(entry)) found.set(file.path, file);
      continue;
    }
    const item = await tree.lookUp(entry);
    if (item?.type === 'dir') {
      for (const child of (await tree.list(item.path)) ?? []) {
        if (!isCatalogPath(child.path) || child.type === 'dir') continue;
        if (child.type !== 'file') throw refused(ref, child);
        found.set(child.path, child);
      }
    } else if (item?.type === 'file') {
      found.set(item.path, item);
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

/** The repository at one commit, as directory listings (each listed once). */
class TreeAtRef {
  private readonly listings = new Map<string, Promise<ContentEntry[] | undefined>>();

  constructor(
    private readonly api: GitHubClient,
    private readonly repository: Repository,
    private readonly ref: string,
  ) {}

  /** A directory's entries; undefined when it does not exist or is not a directory. */
  list(dir: string): Promise<ContentEntry[] | undefined> {
    const key = dir === '.' ? '' : dir;
    let listing = this.listings.get(key);
    if (!listing) {
      listing = getContent(this.api, this.repository, this.ref, key).then((content) => {
        if (!Array.isArray(content)) return undefined;
        if (content.length >= MAX_LISTED_ENTRIES) {
          throw new ExpectedError(`The directory ${key || 'at the repository root'} has ${MAX_LISTED_ENTRIES} or more entries at ${shortSha(this.ref)}, more than the contents API lists: move the catalog to a smaller directory.`);
        }
        return content;
      });
      this.listings.set(key, listing);
    }
    return listing;
  }

  /**
   * What a repository path is, from its parent's listing, each directory on the way checked too:
   * undefined when it does not exist; a link or submodule on the way fails the run.
   */
  async lookUp(target: string): Promise<ContentEntry | undefined> {
    if (target === '.') return { type: 'dir', path: '.', sha: '' };
    const names = target.split('/');
    let parent = '';
    let item: ContentEntry | undefined;
    for (let i = 0; i < names.length; i++) {
      const path = parent === '' ? names[i] : `${parent}/${names[i]}`;
      item = (await this.list(parent))?.find((e) => e.path === path);
      if (!item) return undefined;
      if (item.type !== 'dir' && item.type !== 'file') throw refused(this.ref, item);
      if (i < names.length - 1 && item.type !== 'dir') return undefined;
      parent = item.path;
    }
    return item;
  }

  /** The files a glob matches; a link it would match or look into fails the run. */
  async glob(glob: string): Promise<ContentEntry[]> {
    const pattern = globToRegExp(glob);
    const root = globRoot(glob);
    if ((await this.lookUp(root))?.type !== 'dir') return [];
    const files: ContentEntry[] = [];
    const queue = [root];
    for (let listed = 0; queue.length > 0; listed++) {
      if (listed >= MAX_GLOB_DIRECTORIES) throw new ExpectedError(`Input catalog: the glob spans more than ${MAX_GLOB_DIRECTORIES} directories; name a narrower directory.`);
      for (const item of (await this.list(queue.shift()!)) ?? []) {
        const matches = pattern.test(item.path) && isCatalogPath(item.path);
        if (item.type === 'dir') {
          if (globMayEnter(glob, item.path)) queue.push(item.path);
        } else if (item.type === 'file') {
          if (matches) files.push(item);
        } else if (matches || (globMayEnter(glob, item.path) && !(await this.linksToFile(item)))) {
          throw refused(this.ref, item);
        }
      }
    }
    return files;
  }

  /** A link the API resolves to a file of the repository: no match can hide behind it. */
  private async linksToFile(item: ContentEntry): Promise<boolean> {
    if (item.type !== 'symlink') return false;
    const content = await getContent(this.api, this.repository, this.ref, item.path);
    return !Array.isArray(content) && content?.type === 'file';
  }
}

function refused(ref: string, item: ContentEntry): ExpectedError {
  const what = item.type === 'symlink' ? 'a symbolic link' : item.type === 'submodule' ? 'a submodule' : `a ${item.type}`;
  return new ExpectedError(
    `The catalog at commit ${shortSha(ref)} reads ${item.path}, which is ${what}: catalog files and directories must be real ones in the repository (a link is never followed, and a change to its target would not show as a change of the catalog). Replace it with the file or directory itself.`,
  );
}

function shortSha(ref: string): string {
  return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 7) : ref;
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

/**
 * A file's bytes, for an entry its directory listing showed as a file (decoded by the loader
 * exactly as it decodes workspace files): inline base64 up to 1 MB, checked to be that same blob;
 * larger files only come raw (up to 100 MB).
 */
async function fileBytes(api: GitHubClient, repository: Repository, ref: string, entry: ContentEntry): Promise<Uint8Array> {
  if ((entry.size ?? 0) <= MAX_INLINE_BYTES) {
    const data = (await getContent(api, repository, ref, entry.path)) as ContentEntry | ContentEntry[] | undefined;
    const file = Array.isArray(data) ? undefined : data;
    if (!file || file.type !== 'file' || file.sha !== entry.sha) {
      throw new ExpectedError(`The catalog at commit ${shortSha(ref)}: ${entry.path} is listed as a file, but the contents API does not give that file: replace it with a regular file.`);
    }
    if (file.encoding === 'base64' && typeof file.content === 'string' && (file.content !== '' || file.size === 0)) return Buffer.from(file.content, 'base64');
  }
  const { data } = await api.rest.repos.getContent({ ...repository, path: entry.path, ref, mediaType: { format: 'raw' } });
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : new Uint8Array(data as unknown as ArrayBuffer);
}
