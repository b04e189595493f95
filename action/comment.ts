import * as core from '@actions/core';
import type { Evaluation } from '../src/core/engine';
import { PLAN_MARKER, renderMarkdown } from '../src/core/report/markdown';
import type { PullRequestEvent } from './event';
import { createGitHubClient, httpStatus, type GitHubClient } from './github-client';
import type { CommentSetting } from './inputs';
import { runUrl, sourceLinker } from './links';
import { redact } from './redact';

export type CommentResult =
  | { readonly state: 'created' | 'updated'; readonly id: number }
  | { readonly state: 'skipped'; readonly reason: string }
  | { readonly state: 'refused'; readonly reason: string };

/** Renders the plan for the pull request and keeps the sticky comment up to date with it. */
export async function postPlanComment(
  api: GitHubClient,
  event: PullRequestEvent,
  evaluation: Evaluation,
  setting: CommentSetting,
  existing: Promise<ExistingComment | undefined> | undefined,
): Promise<CommentResult> {
  const sourceUrl = sourceLinker(event.repository, event.headSha);
  const summaryUrl = runUrl(event.repository);
  const body = renderMarkdown(evaluation, { headSha: event.headSha, ...(sourceUrl ? { sourceUrl } : {}), ...(summaryUrl ? { summaryUrl } : {}) });
  const { plan } = evaluation;
  const hasContent = plan.changes.length > 0 || plan.findings.length > 0 || (plan.drift?.length ?? 0) > 0 || (plan.unmanaged?.length ?? 0) > 0;
  const result = await upsertPlanComment(api, event, body, setting, hasContent, existing);
  if (result.state !== 'refused') core.info('id' in result ? `Plan comment ${result.state}: ${result.id}.` : `No plan comment: ${result.reason}.`);
  return result;
}

/** When GitHub names no identity for the token, it is the Actions app's GITHUB_TOKEN. */
const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Keeps ONE plan comment per pull request: the one carrying the marker AND written by this token's
 * own identity (a look-alike posted by someone else is never touched). It is updated in place.
 * `on-change` creates it only when the plan has something to say; an existing one is always updated.
 * A refusal (403 on a fork's read-only token) is reported, not thrown: the summary still has the plan.
 * Every comment is written here, redacted.
 */
export async function upsertPlanComment(
  api: GitHubClient,
  event: PullRequestEvent,
  body: string,
  setting: CommentSetting,
  hasContent: boolean,
  existing: Promise<ExistingComment | undefined> | undefined,
): Promise<CommentResult> {
  if (setting === 'false' || !existing) return { state: 'skipped', reason: 'comment: false' };
  const text = redact(body);
  try {
    const issue = { ...event.repository, issue_number: event.number };
    const ours = await existing;
    if (ours) {
      await api.rest.issues.updateComment({ ...event.repository, comment_id: ours.id, body: text });
      return { state: 'updated', id: ours.id };
    }
    if (setting === 'on-change' && !hasContent) return { state: 'skipped', reason: 'no changes or findings (comment: on-change)' };
    const { data } = await api.rest.issues.createComment({ ...issue, body: text });
    return { state: 'created', id: data.id };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 401 || status === 404) {
      const why = event.fromFork ? 'the token of a pull request from a fork is read-only' : 'the github-token needs pull-requests: write';
      return { state: 'refused', reason: `GitHub refused the plan comment (HTTP ${status}; ${why}). The plan is in the job summary.` };
    }
    throw error;
  }
}

export interface ExistingComment {
  readonly id: number;
}

/** The plan comment this token wrote earlier on the pull request, if any. */
export async function findPlanComment(api: GitHubClient, event: PullRequestEvent, token: string): Promise<ExistingComment | undefined> {
  const [login, comments] = await Promise.all([
    tokenLogin(token),
    api.paginate(api.rest.issues.listComments, { ...event.repository, issue_number: event.number, per_page: 100 }),
  ]);
  const me = normalLogin(login);
  const ours = comments.find((c) => (c.body ?? '').startsWith(PLAN_MARKER) && normalLogin(c.user?.login ?? '') === me);
  return ours ? { id: ours.id } : undefined;
}

/** The login the token acts as: GraphQL `viewer` works for GITHUB_TOKEN, apps and personal tokens alike. */
async function tokenLogin(token: string): Promise<string> {
  // Not throttled: throttling would hold the comment write a second behind this GraphQL read.
  const api = createGitHubClient(token, { throttled: false });
  try {
    // No retries: when this optional lookup fails, the fallbacks below answer at once.
    const data = await api.graphql<{ viewer?: { login?: string } }>('query { viewer { login } }', { request: { retries: 0 } });
    if (data.viewer?.login) return data.viewer.login;
  } catch (error) {
    core.debug(`GraphQL viewer unavailable (${httpStatus(error) ?? 'error'}).`);
  }
  try {
    const { data } = await api.rest.users.getAuthenticated({ request: { retries: 0 } });
    if (data.login) return data.login;
  } catch (error) {
    core.debug(`GET /user unavailable (${httpStatus(error) ?? 'error'}).`);
  }
  return ACTIONS_BOT;
}

/** GraphQL names apps without the `[bot]` suffix that REST adds; logins compare case-insensitively. */
function normalLogin(login: string): string {
  return login.toLowerCase().replace(/\[bot\]$/, '');
}
