import { context } from '@actions/github';
import type { Repository } from './catalog-at-ref';
import { ExpectedError } from './expected-error';

/** What the Action needs from a pull_request event. Labels are NOT read from here (a re-run replays a stale payload). */
export interface PullRequestEvent {
  readonly repository: Repository;
  readonly number: number;
  readonly baseSha: string;
  readonly headSha: string;
  /** Where the head branch lives (a fork, or the same repository). */
  readonly headRepository: Repository;
  readonly headRef: string;
  readonly fromFork: boolean;
  /** The pull request's author (`pull_request.user.login`; it never changes, so the payload is current). */
  readonly author: string;
}

interface PayloadRepo {
  readonly name?: string;
  readonly full_name?: string;
  readonly owner?: { readonly login?: string };
}

/** The pull request this run is for, or undefined on other events (push, workflow_dispatch, ...). */
export function pullRequestEvent(): PullRequestEvent | undefined {
  const pr = context.payload.pull_request as
    | {
        number?: number;
        user?: { login?: string } | null;
        base?: { sha?: string; repo?: PayloadRepo };
        head?: { sha?: string; ref?: string; repo?: PayloadRepo | null };
      }
    | undefined;
  if (pr === undefined || pr === null) return undefined;
  // A pull request event the Action cannot read must not fall back to plain validation (no approvals).
  if (typeof pr.number !== 'number' || !pr.base?.sha || !pr.head?.sha || !pr.user?.login) {
    throw new ExpectedError(`The ${context.eventName || 'pull request'} event payload lacks the pull request's number, base or head commit, or author: the approvals cannot be checked.`);
  }
  const repository = repoOf(pr.base.repo) ?? context.repo;
  const headRepository = repoOf(pr.head.repo ?? undefined) ?? repository;
  return {
    repository,
    number: pr.number,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    headRepository,
    headRef: pr.head.ref ?? '',
    author: pr.user.login,
    fromFork: `${headRepository.owner}/${headRepository.repo}`.toLowerCase() !== `${repository.owner}/${repository.repo}`.toLowerCase(),
  };
}

function repoOf(repo: PayloadRepo | undefined): Repository | undefined {
  if (!repo?.name || !repo.owner?.login) return undefined;
  return { owner: repo.owner.login, repo: repo.name };
}
