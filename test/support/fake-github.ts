// A loopback HTTP server that plays the parts of the GitHub REST API the Action uses, as documented
// (https://docs.github.com/rest), and records every request. Tests point GITHUB_API_URL at it.
import { createHash } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  /** Path and query, e.g. /repos/o/r/issues/1/labels?per_page=100. */
  readonly url: string;
  readonly path: string;
  readonly authorization?: string;
  readonly body?: unknown;
  /** performance.now() when it arrived. */
  readonly at: number;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

export interface FakeCommit {
  readonly sha: string;
  /** Committer date (author-controlled). */
  readonly date: string;
  /** When the fake says it was pushed (repository activity); omitted: not in the activity list. */
  readonly pushedAt?: string;
}

export interface FakeIssue {
  id: number;
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: { id: number; name: string; color: string; default: boolean }[];
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** Set on pull requests, which the issues API lists too. */
  pull_request?: { url: string };
}

export interface FakeLabelEvent {
  readonly label: string;
  readonly actor: string;
  readonly at: string;
  readonly event?: 'labeled' | 'unlabeled';
}

/** One entry of GET /repos/{o}/{r}/pulls/{n}/files, in the API's shape. */
export interface FakePullFile {
  readonly filename: string;
  readonly status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  readonly previous_filename?: string;
}

interface Injection {
  readonly method: string;
  readonly path: RegExp;
  readonly status: number;
  remaining: number;
  readonly headers?: Record<string, string>;
}

const PAGE_DEFAULT = 30;

/** A file as the contents API describes it. Over 1 MB the JSON carries no content (encoding "none"): the raw media type must be used. */
function fileEntry(path: string, text: string): Record<string, unknown> {
  const large = Buffer.byteLength(text) > 1024 * 1024;
  return {
    type: 'file',
    encoding: large ? 'none' : 'base64',
    size: Buffer.byteLength(text),
    name: path.split('/').pop(),
    path,
    sha: blobSha(text),
    content: large ? '' : Buffer.from(text).toString('base64'),
  };
}

/** A symbolic link as a directory listing shows it (its blob is the target path). */
function linkEntry(path: string, link: FakeSymlink): { type: string; path: string; sha: string; size: number; name: string } {
  return { type: 'symlink', path, sha: blobSha(link.symlink), size: Buffer.byteLength(link.symlink), name: path.split('/').pop()! };
}

/** A link's target as a repository path, or undefined when it leaves the repository. */
function posixJoin(link: string, target: string): string | undefined {
  if (target.startsWith('/')) return undefined;
  const parts = link.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** The git blob SHA of a text, as the contents API reports it. */
export function blobSha(text: string): string {
  const data = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${data.length}\0`).update(data).digest('hex');
}

/** A symbolic link in a fake tree: git stores it as a blob holding the target path. */
export interface FakeSymlink {
  readonly symlink: string;
}

/** A tree entry that is a symbolic link to `target` (relative to the link's directory, as `ln -s` writes it). */
export function symlink(target: string): FakeSymlink {
  return { symlink: target };
}

type TreeEntry = string | FakeSymlink;

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  /** commit SHA -> repository path -> file text or symbolic link. */
  readonly trees = new Map<string, Map<string, TreeEntry>>();
  labels: string[] = [];
  events: FakeLabelEvent[] = [];
  /** The pull request's commits, oldest first. */
  commits: FakeCommit[] = [];
  comments: FakeComment[] = [];
  /** Repository issues (GET/POST /repos/{o}/{r}/issues, PATCH /repos/{o}/{r}/issues/{n}). */
  issues: FakeIssue[] = [];
  /** When true, creating or editing issues answers 403 (a token without issues: write). */
  issuesForbidden = false;
  /** org/slug -> login -> membership state. */
  teams: Record<string, Record<string, 'active' | 'pending'>> = {};
  /** Repository role of each collaborator (GET /repos/{o}/{r}/collaborators/{u}/permission); others are 404. */
  collaborators: Record<string, 'admin' | 'maintain' | 'write' | 'triage' | 'read'> = {};
  /** Who each token is (GraphQL viewer). */
  identities: Record<string, string> = {};
  /** The token that may read organization teams (read:org). */
  orgReaderToken?: string;
  /** When true, creating or editing comments answers 403 (a fork's read-only token). */
  commentsForbidden = false;
  /** Pushes to the head branch (repository activity); default: one push per commit at its `pushedAt`. */
  activity?: { after: string; at: string; type?: 'push' | 'force_push' | 'branch_deletion' }[];
  /** When false, GET /repos/{o}/{r}/activity answers 403 as for a token that cannot read it. */
  activityReadable = true;
  /**
   * The pull request's base commit: its files list (GET /pulls/{n}/files) is then the difference between
   * this tree and the last commit's, as GitHub computes it (a removed and an added file with the same
   * content make one `renamed` entry). Without it and without `pullFiles`, the list answers 404.
   */
  pullBase?: string;
  /** The pull request's files list as given, instead of one computed from `pullBase`. */
  pullFiles?: FakePullFile[];
  /** GET /repos/{o}/{r}: the repository's default branch; undefined answers 404 (a token that cannot see it). */
  defaultBranch?: string = 'master';
  private readonly injections: Injection[] = [];
  private nextCommentId = 1000;
  private server?: http.Server;
  url = '';

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          this.handle(req, res, Buffer.concat(chunks).toString('utf8'));
        } catch (error) {
          this.send(res, 500, { message: `fake-github: ${(error as Error).message}` });
        }
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The next `times` requests matching method and path answer `status`. */
  inject(method: string, path: RegExp, status: number, times = 1, headers?: Record<string, string>): void {
    this.injections.push({ method, path, status, remaining: times, ...(headers ? { headers } : {}) });
  }

  /** Other repositories (owner/name), e.g. an organization catalog: default branch, files by ref, and the tokens that may read them (others get 404, as for a private repository). */
  readonly repositories = new Map<string, { defaultBranch: string; trees: Map<string, Map<string, TreeEntry>>; readers?: readonly string[] }>();

  addRepository(fullName: string, options: { defaultBranch?: string; trees: Record<string, Record<string, TreeEntry>>; readers?: readonly string[] }): void {
    const trees = new Map(Object.entries(options.trees).map(([ref, files]) => [ref, new Map(Object.entries(files))]));
    this.repositories.set(fullName, { defaultBranch: options.defaultBranch ?? 'main', trees, ...(options.readers ? { readers: options.readers } : {}) });
  }

  /** Files (and symbolic links) of the repository at a commit. */
  setTree(sha: string, files: Record<string, TreeEntry>): void {
    this.trees.set(sha, new Map(Object.entries(files)));
  }

  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, rawBody: string): void {
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    // GitHub Enterprise Server serves REST under /api/v3 and GraphQL at /api/graphql.
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v3(?=\/)/, '').replace(/^\/api\/graphql$/, '/graphql');
    const body = rawBody ? safeJson(rawBody) : undefined;
    const authorization = req.headers.authorization;
    const token = authorization?.replace(/^(token|bearer)\s+/i, '');
    this.requests.push({ method, url: req.url ?? '/', path, at: performance.now(), ...(authorization ? { authorization } : {}), ...(body !== undefined ? { body } : {}) });

    const injection = this.injections.find((i) => i.remaining > 0 && i.method === method && i.path.test(path));
    if (injection) {
      injection.remaining--;
      return this.send(res, injection.status, { message: injection.status === 403 ? 'Resource not accessible by integration' : 'Server Error' }, injection.headers);
    }
    if (!token || !(token in this.identities)) return this.send(res, 401, { message: 'Bad credentials' });

    let m: RegExpMatchArray | null;
    if (method === 'POST' && path === '/graphql') {
      return this.send(res, 200, { data: { viewer: { login: this.identities[token] } } });
    }
    if (method === 'GET' && path === '/user') {
      return this.identities[token].endsWith('[bot]')
        ? this.send(res, 403, { message: 'Resource not accessible by integration' })
        : this.send(res, 200, { login: this.identities[token], type: 'User' });
    }
    const other = (m = path.match(/^\/repos\/([^/]+\/[^/]+)(\/.*)?$/)) ? this.repositories.get(m[1]) : undefined;
    if (other) {
      if (other.readers && !other.readers.includes(token)) return this.send(res, 404, { message: 'Not Found' });
      if (method === 'GET' && !m![2]) return this.send(res, 200, { full_name: m![1], default_branch: other.defaultBranch, private: true });
      const c = method === 'GET' ? /^\/contents\/?(.*)$/.exec(m![2] ?? '') : null;
      if (c) return this.contents(res, c[1], url.searchParams.get('ref') ?? other.defaultBranch, req.headers.accept ?? '', other.trees);
      return this.send(res, 404, { message: 'Not Found' });
    }
    if (method === 'GET' && (m = path.match(/^\/repos\/[^/]+\/[^/]+\/contents\/?(.*)$/))) {
      return this.contents(res, m[1], url.searchParams.get('ref') ?? '', req.headers.accept ?? '');
    }
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/labels$/.test(path)) {
      return this.page(req, res, url, this.labels.map((name, i) => ({ id: i + 1, name, color: 'ededed', default: false })));
    }
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/events$/.test(path)) {
      return this.page(
        req,
        res,
        url,
        this.events.map((e, i) => ({ id: i + 1, event: e.event ?? 'labeled', actor: { login: e.actor, type: 'User' }, created_at: e.at, label: { name: e.label, color: 'ededed' } })),
      );
    }
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/commits$/.test(path)) {
      return this.page(
        req,
        res,
        url,
        // GitHub lists at most 250 commits of a pull request, the oldest ones.
        this.commits.slice(0, 250).map((c) => ({ sha: c.sha, commit: { author: { name: 'dev', date: c.date }, committer: { name: 'dev', date: c.date }, message: 'change' }, parents: [] })),
      );
    }
    if (method === 'GET' && (m = path.match(/^\/repos\/([^/]+)\/([^/]+)$/))) {
      if (this.defaultBranch === undefined) return this.send(res, 404, { message: 'Not Found' });
      return this.send(res, 200, { id: 1296269, name: m[2], full_name: `${m[1]}/${m[2]}`, owner: { login: m[1], type: 'User' }, private: false, default_branch: this.defaultBranch });
    }
    if (method === 'GET' && (m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/))) {
      const files = this.pullFiles ?? this.filesBetween(this.pullBase, this.commits[this.commits.length - 1]?.sha);
      if (!files) return this.send(res, 404, { message: 'Not Found' });
      const [owner, repo] = [m[1], m[2]];
      const head = this.commits[this.commits.length - 1]?.sha ?? '0'.repeat(40);
      return this.page(
        req,
        res,
        url,
        // GitHub lists at most 3000 files of a pull request.
        files.slice(0, 3000).map((f) => {
          const entry = this.trees.get(head)?.get(f.filename) ?? '';
          const text = typeof entry === 'string' ? entry : entry.symlink;
          return {
            sha: blobSha(text),
            filename: f.filename,
            status: f.status,
            additions: f.status === 'removed' ? 0 : text.split('\n').length,
            deletions: 0,
            changes: text.split('\n').length,
            blob_url: `https://github.com/${owner}/${repo}/blob/${head}/${f.filename}`,
            raw_url: `https://github.com/${owner}/${repo}/raw/${head}/${f.filename}`,
            contents_url: `${this.url}/repos/${owner}/${repo}/contents/${f.filename}?ref=${head}`,
            ...(f.previous_filename !== undefined ? { previous_filename: f.previous_filename } : {}),
          };
        }),
      );
    }
    if (method === 'GET' && (m = path.match(/^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]{40})$/))) {
      const commit = this.commits.find((c) => c.sha === m![1]);
      if (!commit) return this.send(res, 404, { message: 'No commit found for SHA' });
      return this.send(res, 200, { sha: commit.sha, commit: { author: { name: 'dev', date: commit.date }, committer: { name: 'dev', date: commit.date }, message: 'change' }, parents: [] });
    }
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/activity$/.test(path)) {
      if (!this.activityReadable) return this.send(res, 403, { message: 'Resource not accessible by integration' });
      const ref = url.searchParams.get('ref');
      let before = '0000000000000000000000000000000000000000';
      const listed = this.activity ?? this.commits.filter((c) => c.pushedAt).map((c) => ({ after: c.sha, at: c.pushedAt!, type: 'push' as const }));
      // Newest first, as GitHub lists them by default.
      const pushes = listed
        .map((p, i) => {
          const entry = { id: i + 1, node_id: `A_${i}`, before, after: p.after, ref: ref ?? 'refs/heads/feature', timestamp: p.at, activity_type: p.type ?? 'push', actor: { login: 'dev' } };
          before = p.after;
          return entry;
        })
        .reverse();
      return this.page(req, res, url, pushes);
    }
    if (method === 'GET' && (m = path.match(/^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/))) {
      const team = this.teams[`${m[1]}/${m[2]}`.toLowerCase()];
      if (token !== this.orgReaderToken || !team) return this.send(res, 404, { message: 'Not Found' });
      const state = Object.entries(team).find(([login]) => login.toLowerCase() === m![3].toLowerCase())?.[1];
      return state ? this.send(res, 200, { state, role: 'member', url: `${this.url}${path}` }) : this.send(res, 404, { message: 'Not Found' });
    }
    if (method === 'GET' && (m = path.match(/^\/repos\/[^/]+\/[^/]+\/collaborators\/([^/]+)\/permission$/))) {
      const role = Object.entries(this.collaborators).find(([login]) => login.toLowerCase() === m![1].toLowerCase())?.[1];
      if (!role) return this.send(res, 404, { message: 'Not Found' });
      const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
      return this.send(res, 200, { permission, role_name: role, user: { login: m[1] } });
    }
    if (method === 'GET' && (m = path.match(/^\/orgs\/([^/]+)\/teams\/([^/]+)$/))) {
      const team = this.teams[`${m[1]}/${m[2]}`.toLowerCase()];
      return token === this.orgReaderToken && team ? this.send(res, 200, { slug: m[2], name: m[2] }) : this.send(res, 404, { message: 'Not Found' });
    }
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(path)) {
      return this.page(req, res, url, this.comments);
    }
    if (method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(path)) {
      if (this.commentsForbidden) return this.send(res, 403, { message: 'Resource not accessible by integration' });
      const now = new Date().toISOString();
      const comment: FakeComment = { id: this.nextCommentId++, body: String((body as { body?: unknown })?.body ?? ''), user: { login: this.identities[token], type: 'Bot' }, created_at: now, updated_at: now };
      this.comments.push(comment);
      return this.send(res, 201, comment);
    }
    if (method === 'PATCH' && (m = path.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/))) {
      if (this.commentsForbidden) return this.send(res, 403, { message: 'Resource not accessible by integration' });
      const comment = this.comments.find((c) => c.id === Number(m![1]));
      if (!comment) return this.send(res, 404, { message: 'Not Found' });
      if (comment.user.login !== this.identities[token]) return this.send(res, 403, { message: 'Must have admin rights to Repository.' });
      comment.body = String((body as { body?: unknown })?.body ?? '');
      comment.updated_at = new Date().toISOString();
      return this.send(res, 200, comment);
    }
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/issues$/.test(path)) {
      // GitHub: state open (default) | closed | all; labels: comma-separated, all must match; sort created, direction desc (default).
      const state = url.searchParams.get('state') ?? 'open';
      const wanted = (url.searchParams.get('labels') ?? '').split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
      const list = this.issues
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => wanted.every((w) => i.labels.some((l) => l.name.toLowerCase() === w)))
        .sort((a, b) => (url.searchParams.get('direction') === 'asc' ? a.number - b.number : b.number - a.number));
      return this.page(req, res, url, list);
    }
    if (method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/issues$/.test(path)) {
      if (this.issuesForbidden) return this.send(res, 403, { message: 'Resource not accessible by integration' });
      const input = (body ?? {}) as { title?: unknown; body?: unknown; labels?: unknown };
      if (typeof input.title !== 'string' || input.title === '') return this.send(res, 422, { message: 'Validation Failed', errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }] });
      const now = new Date().toISOString();
      const number = this.issues.length + this.comments.length + 1;
      const issue: FakeIssue = {
        id: 5000 + number,
        number,
        title: input.title,
        body: typeof input.body === 'string' ? input.body : '',
        state: 'open',
        state_reason: null,
        labels: (Array.isArray(input.labels) ? input.labels : []).map((name, i) => ({ id: 700 + i, name: String(name), color: 'ededed', default: false })),
        user: { login: this.identities[token], type: 'Bot' },
        created_at: now,
        updated_at: now,
        closed_at: null,
      };
      this.issues.push(issue);
      return this.send(res, 201, issue);
    }
    if (method === 'PATCH' && (m = path.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/))) {
      if (this.issuesForbidden) return this.send(res, 403, { message: 'Resource not accessible by integration' });
      const issue = this.issues.find((i) => i.number === Number(m![1]));
      if (!issue) return this.send(res, 404, { message: 'Not Found' });
      const input = (body ?? {}) as { title?: unknown; body?: unknown; state?: unknown; state_reason?: unknown };
      if (typeof input.title === 'string') issue.title = input.title;
      if (typeof input.body === 'string') issue.body = input.body;
      if (input.state === 'open' || input.state === 'closed') {
        issue.state = input.state;
        issue.closed_at = input.state === 'closed' ? new Date().toISOString() : null;
        issue.state_reason = input.state === 'closed' ? String(input.state_reason ?? 'completed') : 'reopened';
      }
      issue.updated_at = new Date().toISOString();
      return this.send(res, 200, issue);
    }
    return this.send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  /** The files list GitHub gives for base...head: added, removed, modified, and exact renames. */
  private filesBetween(baseSha: string | undefined, headSha: string | undefined): FakePullFile[] | undefined {
    const base = baseSha ? this.trees.get(baseSha) : undefined;
    const head = headSha ? this.trees.get(headSha) : undefined;
    if (!base || !head) return undefined;
    const files: FakePullFile[] = [];
    const removed = [...base.keys()].filter((f) => !head.has(f));
    const renamedFrom = new Set<string>();
    for (const [file, text] of [...head].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const before = base.get(file);
      if (before === undefined) {
        const from = removed.find((r) => !renamedFrom.has(r) && sameEntry(base.get(r), text));
        if (from !== undefined) renamedFrom.add(from);
        files.push(from !== undefined ? { filename: file, status: 'renamed', previous_filename: from } : { filename: file, status: 'added' });
      } else if (!sameEntry(before, text)) files.push({ filename: file, status: sameEntryKind(before, text) ? 'modified' : 'changed' });
    }
    for (const file of removed) if (!renamedFrom.has(file)) files.push({ filename: file, status: 'removed' });
    return files;
  }

  /**
   * GET /repos/{o}/{r}/contents/{path}, as documented: a file (JSON with base64 content, or raw),
   * a directory (an array of entries; a link is listed as `type: "symlink"`), or a symbolic link:
   * when its target is a file in the repository the answer is that file's content, otherwise an
   * object describing the link (`type: "symlink"`, `target`). A path through a link is not found.
   */
  private contents(res: http.ServerResponse, path: string, ref: string, accept: string, trees = this.trees): void {
    const tree = trees.get(ref);
    if (!tree) return this.send(res, 404, { message: 'No commit found for the ref' });
    const clean = path.replace(/\/+$/, '');
    const raw = /vnd\.github(\.v3)?\.raw/.test(accept);
    const entry = tree.get(clean);
    if (typeof entry === 'object') {
      const target = posixJoin(clean, entry.symlink);
      const text = target === undefined ? undefined : tree.get(target);
      if (typeof text === 'string') return raw ? this.sendText(res, 200, text) : this.send(res, 200, fileEntry(target!, text));
      if (raw) return this.sendText(res, 200, entry.symlink);
      return this.send(res, 200, { ...linkEntry(clean, entry), target: entry.symlink });
    }
    if (entry !== undefined) {
      if (raw) return this.sendText(res, 200, entry);
      return this.send(res, 200, fileEntry(clean, entry));
    }
    const prefix = clean === '' ? '' : `${clean}/`;
    const children = new Map<string, { type: string; path: string; sha: string; size: number; name: string }>();
    for (const [file, body] of tree) {
      if (!file.startsWith(prefix)) continue;
      const rest = file.slice(prefix.length);
      const [name, ...deeper] = rest.split('/');
      const childPath = `${prefix}${name}`;
      if (deeper.length > 0) children.set(childPath, { type: 'dir', path: childPath, sha: blobSha(childPath), size: 0, name });
      else if (typeof body === 'object') children.set(childPath, linkEntry(childPath, body));
      else children.set(childPath, { type: 'file', path: childPath, sha: blobSha(body), size: Buffer.byteLength(body), name });
    }
    if (children.size === 0) return this.send(res, 404, { message: 'Not Found' });
    return this.send(res, 200, [...children.values()]);
  }

  /** GitHub's pagination: per_page (max 100), page, and a Link header. */
  private page(req: http.IncomingMessage, res: http.ServerResponse, url: URL, items: readonly unknown[]): void {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page')) || PAGE_DEFAULT);
    const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(page + 1));
      next.searchParams.set('per_page', String(perPage));
      headers.link = `<http://${req.headers.host}${next.pathname}${next.search}>; rel="next"`;
    }
    this.send(res, 200, slice, headers);
  }

  private send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-remaining': '4999', ...headers });
    res.end(JSON.stringify(body));
  }

  private sendText(res: http.ServerResponse, status: number, text: string): void {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(text);
  }
}

/** Equal file contents, or equal link targets. */
function sameEntry(a: TreeEntry | undefined, b: TreeEntry | undefined): boolean {
  return typeof a === 'string' || typeof b === 'string' ? a === b : a?.symlink === b?.symlink;
}

/** Both files, or both links: otherwise the change is one of type (`changed`, as GitHub lists it). */
function sameEntryKind(a: TreeEntry | undefined, b: TreeEntry | undefined): boolean {
  return (typeof a === 'string') === (typeof b === 'string');
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
