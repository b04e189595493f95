import * as core from '@actions/core';
import type { Account, Catalog } from '../src/core/model';
import { matchAccounts } from '../src/core/plan/match';
import { checkCatalog } from '../src/core/schema/check';
import { catalogFromMemory } from '../src/fs/read-catalog';
import { readCatalogAtRef, type CatalogSnapshot, type Repository } from './catalog-at-ref';
import type { PullRequestEvent } from './event';
import { httpStatus, type GitHubClient } from './github-client';

/** The history walk loads the catalog at no more than this many of the pull request's commits. */
export const MAX_COMMITS_INSPECTED = 30;
/** Pages of repository activity (100 pushes each) read to find when commits were pushed. */
const MAX_ACTIVITY_PAGES = 5;

export interface ChangeTimes {
  /** Account name (as in the head) -> when its budget last changed. */
  readonly budgetChangedAt: Record<string, string>;
  /** When the catalog last changed at all. */
  readonly catalogChangedAt?: string;
  /** When the pull request's newest commit was made (pushed): anything may have changed then. */
  readonly headChangedAt?: string;
}

interface PullCommit {
  readonly sha: string;
  readonly commit: { readonly committer?: { readonly date?: string } | null; readonly author?: { readonly date?: string } | null };
}

/** The pull request's commits (oldest first, as listed) and the head branch's pushes, read together. */
export interface CommitHistory {
  readonly listed: readonly PullCommit[];
  readonly pushes?: readonly Activity[];
}

export async function readCommitHistory(api: GitHubClient, event: PullRequestEvent): Promise<CommitHistory> {
  const [listed, pushes] = await Promise.all([
    api.paginate(api.rest.pulls.listCommits, { ...event.repository, pull_number: event.number, per_page: 100 }),
    pushActivity(api, event.headRepository, event.headRef),
  ]);
  return { listed, ...(pushes ? { pushes } : {}) };
}

/**
 * When the pull request last changed each named account's budget, and the catalog as a whole.
 *
 * It loads the catalog at the PR's commits, newest first, until each budget's value differs
 * (bounded by MAX_COMMITS_INSPECTED: past it, the oldest inspected commit counts as the change,
 * which can only make an approval look stale, never fresh).
 *
 * A commit's own date is written by its author and can be back-dated, so it is not trusted alone:
 * a commit counts as changed no earlier than it (last) arrived on the head branch, read from the
 * repository activity API (server-side push times; see commitTimes). Without that (API refused,
 * e.g. a private fork), the commit's committer date is used and the log says so.
 */
export async function readChangeTimes(
  api: GitHubClient,
  event: PullRequestEvent,
  entries: readonly string[],
  budgetAccounts: readonly string[],
  history: Promise<CommitHistory>,
): Promise<ChangeTimes> {
  const { listed, pushes } = await history;
  let commits = newestFirst(listed, event.headSha);
  if (commits[0]?.sha !== event.headSha) {
    // GitHub lists at most 250 commits of a pull request: past that, the head commit alone stands for
    // every change, so an approval must come after it was pushed (it can look stale, never fresh).
    core.info(`Approval check: the head commit is not among the ${listed.length} commits GitHub lists; changes count as made in the head commit.`);
    const { data } = await api.rest.repos.getCommit({ ...event.repository, ref: event.headSha });
    commits = [data as PullCommit];
  }
  const times = commitTimes(commits, pushes);
  const timeOf = (i: number): string => times[i];
  // One commit made every change: no need to read the catalog at it.
  if (commits.length === 1) return { budgetChangedAt: Object.fromEntries(budgetAccounts.map((name) => [name, timeOf(0)])), catalogChangedAt: timeOf(0), headChangedAt: timeOf(0) };

  const load = async (sha: string): Promise<{ snapshot?: CatalogSnapshot; catalog?: Catalog }> => {
    const snapshot = await readCatalogAtRef(api, event.repository, sha, entries);
    return { snapshot, catalog: snapshot ? checkCatalog(catalogFromMemory(snapshot.files)).catalog : undefined };
  };

  const newest = await load(commits[0].sha);
  const tracked = new Map<string, Account>();
  for (const account of newest.catalog?.accounts ?? []) if (budgetAccounts.includes(account.name)) tracked.set(account.name, account);

  const budgetChangedAt: Record<string, string> = {};
  let catalogChangedAt: string | undefined;
  let previous = newest;
  let inspected = 1;
  for (let i = 1; i < commits.length && (tracked.size > 0 || catalogChangedAt === undefined); i++) {
    if (inspected >= MAX_COMMITS_INSPECTED) {
      core.info(`Approval check: looked at the catalog in the newest ${inspected} commits; older changes count as made at ${timeOf(i - 1)}.`);
      break;
    }
    const older = await load(commits[i].sha);
    inspected++;
    if (catalogChangedAt === undefined && older.snapshot?.fingerprint !== previous.snapshot?.fingerprint) catalogChangedAt = timeOf(i - 1);
    for (const [name, account] of tracked) {
      if (budgetOf(older.catalog, newest.catalog!, account) !== account.budget.monthlyUsd) {
        budgetChangedAt[name] = timeOf(i - 1);
        tracked.delete(name);
      }
    }
    previous = older;
  }
  // Not yet resolved: the change is in the oldest commit looked at (or older), which is the latest it can be.
  const oldest = timeOf(Math.min(inspected, commits.length) - 1);
  for (const name of tracked.keys()) budgetChangedAt[name] = oldest;
  return { budgetChangedAt, catalogChangedAt: catalogChangedAt ?? oldest, headChangedAt: timeOf(0) };
}

/** The account's budget in an older catalog, matched by id or email (never by name alone). */
function budgetOf(older: Catalog | undefined, newest: Catalog, account: Account): number | undefined {
  if (!older) return undefined;
  const pair = matchAccounts(older, newest).find((p) => p.head === account);
  return pair?.base && pair.base.state !== 'closed' ? pair.base.budget.monthlyUsd : undefined;
}

/** The list as GitHub gives it (oldest first, at most 250), newest first, from the event's head commit. */
function newestFirst(commits: readonly PullCommit[], headSha: string): PullCommit[] {
  const list = [...commits].reverse();
  const at = list.findIndex((c) => c.sha === headSha);
  return at >= 0 ? list.slice(at) : list;
}

interface Activity {
  readonly after?: string;
  readonly timestamp?: string;
  readonly activity_type?: string;
}

/**
 * The time each commit (newest first) counts as made: the later of its committer date and the
 * time it last arrived on the head branch. A commit arrives with a push of itself or of a newer
 * commit of the pull request, and leaves again when a push (a force push, a deletion) sets the
 * branch to something that does not contain it; re-pushing an old commit later is a new arrival,
 * so an approval given while it was gone does not cover it.
 */
function commitTimes(commits: readonly PullCommit[], pushes: readonly Activity[] | undefined): string[] {
  const committed = commits.map((c) => c.commit.committer?.date ?? c.commit.author?.date ?? new Date(0).toISOString());
  if (!pushes || pushes.length === 0) {
    core.info('Approval check: GitHub did not give push times for the head branch, so commit dates are used; they are set by whoever made the commit.');
    return committed;
  }
  const index = new Map(commits.map((c, i) => [c.sha, i]));
  const chronological = pushes
    .map((p) => ({ at: Date.parse(p.timestamp ?? ''), head: p.after ? index.get(p.after) : undefined }))
    .filter((p) => Number.isFinite(p.at))
    .sort((a, b) => a.at - b.at);
  return commits.map((_, i) => {
    let arrived: number | undefined;
    for (const push of chronological) {
      // The branch head after this push holds commit i when it is commit i or a newer one (lower index).
      if (push.head !== undefined && push.head <= i) arrived ??= push.at;
      else arrived = undefined;
    }
    const date = Date.parse(committed[i]);
    return arrived !== undefined && !(date > arrived) ? new Date(arrived).toISOString() : committed[i];
  });
}

async function pushActivity(api: GitHubClient, repository: Repository, ref: string): Promise<Activity[] | undefined> {
  if (!ref) return undefined;
  try {
    const pushes: Activity[] = [];
    let pages = 0;
    for await (const page of api.paginate.iterator(api.rest.repos.listActivities, { ...repository, ref: `refs/heads/${ref}`, per_page: 100 })) {
      pushes.push(...(page.data as Activity[]));
      if (++pages >= MAX_ACTIVITY_PAGES) break;
    }
    return pushes;
  } catch (error) {
    core.debug(`Repository activity unavailable (${httpStatus(error) ?? 'error'}).`);
    return undefined;
  }
}
