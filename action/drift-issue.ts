import * as core from '@actions/core';
import type { Repository } from './catalog-at-ref';
import { ExpectedError } from './expected-error';
import { httpStatus, type GitHubClient } from './github-client';

/** The label that marks the one drift issue (spec section 11). */
export const DRIFT_LABEL = 'account-catalog-drift';

export type DriftIssueResult = { readonly state: 'created' | 'updated' | 'closed'; readonly number: number } | { readonly state: 'none' };

/**
 * Keeps ONE open issue labelled DRIFT_LABEL: created when AWS differs from the catalog, updated on
 * every run while it does, closed once AWS matches again. Found by its label (the oldest open one).
 */
export async function syncDriftIssue(api: GitHubClient, repository: Repository, differs: boolean, title: string, body: string): Promise<DriftIssueResult> {
  try {
    const { data } = await api.rest.issues.listForRepo({ ...repository, labels: DRIFT_LABEL, state: 'open', sort: 'created', direction: 'asc', per_page: 100 });
    // The issues API lists pull requests too; a pull request is never the drift issue.
    const open = data.find((issue) => !issue.pull_request);
    if (open && differs) {
      await api.rest.issues.update({ ...repository, issue_number: open.number, title, body });
      return { state: 'updated', number: open.number };
    }
    if (open) {
      await api.rest.issues.update({ ...repository, issue_number: open.number, title, body, state: 'closed', state_reason: 'completed' });
      return { state: 'closed', number: open.number };
    }
    if (!differs) return { state: 'none' };
    const created = await api.rest.issues.create({ ...repository, title, body, labels: [DRIFT_LABEL] });
    return { state: 'created', number: created.data.number };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 404) {
      throw new ExpectedError(`drift-issue: true needs the token to write issues: add \`permissions: issues: write\` to the job (GitHub answered ${status}).`);
    }
    throw error;
  }
}

export function logDriftIssue(result: DriftIssueResult): void {
  if (result.state === 'none') core.info('AWS matches the catalog: no drift issue is open.');
  else core.info(`Drift issue #${result.number} ${result.state}.`);
}
