import * as core from '@actions/core';
import { context } from '@actions/github';
import { evaluate } from '../src/core/engine';
import { renderMarkdown, SUMMARY_MAX_LENGTH } from '../src/core/report/markdown';
import { readLiveOrganization } from './aws-loader';
import { logDriftIssue, syncDriftIssue } from './drift-issue';
import type { PullRequestEvent } from './event';
import { ExpectedError } from './expected-error';
import { createGitHubClient } from './github-client';
import type { Inputs } from './inputs';
import { runUrl } from './links';
import { setOutputs } from './outputs';
import { publish } from './publish';
import { writeSummaryMarkdown } from './summary';
import { readWorkspaceCatalog } from './workspace-catalog';

/** GitHub refuses an issue body over 65,536 characters. */
const ISSUE_BODY_MAX = 65_000;

/**
 * `mode: drift` (schedule or workflow_dispatch): reads the whole organization, lists drift and
 * unmanaged accounts in the job summary and the outputs, optionally keeps the drift issue up to date
 * (`drift-issue`) and fails on drift (`fail-on-drift`). AWS matches when both lists are empty.
 */
export async function reportDrift(inputs: Inputs, event: PullRequestEvent | undefined, workspace: string): Promise<void> {
  if (event) throw new ExpectedError('mode: drift reads the whole organization: run it on schedule or workflow_dispatch, not on pull requests (they use live: true).');
  const head = readWorkspaceCatalog(inputs.catalog, workspace);
  // The catalog judged against itself: no change and no approval to ask for, only its own findings.
  const draft = evaluate({ head, base: head });
  if (draft.plan.summary.errors > 0) {
    await publish(draft, { notices: ['Drift was not checked: the catalog has errors.'] });
    return;
  }
  const live = await readLiveOrganization(inputs, draft.head.catalog, { allAccessPrincipals: true });
  const evaluation = evaluate({ head, base: head, live });
  const { plan } = evaluation;
  const drift = plan.drift?.length ?? 0;
  const unmanaged = plan.unmanaged?.length ?? 0;
  setOutputs(plan, undefined);
  core.setOutput('drift', String(drift));
  core.setOutput('unmanaged', String(unmanaged));

  const differs = drift + unmanaged > 0;
  const verdict = differs
    ? `AWS differs from the catalog: ${drift} drifted account${drift === 1 ? '' : 's'}, ${unmanaged} unmanaged account${unmanaged === 1 ? '' : 's'}.`
    : 'AWS matches the catalog: no drift, no unmanaged accounts.';
  const title = { title: 'Account catalog drift', verdict: `${differs ? '⚠️' : '✅'} ${verdict}` };
  await writeSummaryMarkdown(renderMarkdown(evaluation, { ...title, maxLength: SUMMARY_MAX_LENGTH, ...(context.sha ? { headSha: context.sha } : {}) }));
  core.info(verdict);

  if (inputs.driftIssue) {
    const repository = context.repo;
    const summaryUrl = runUrl(repository);
    const body = differs
      ? renderMarkdown(evaluation, { ...title, maxLength: ISSUE_BODY_MAX, ...(summaryUrl ? { summaryUrl } : {}) })
      : `AWS matches the catalog again: no drift, no unmanaged accounts${summaryUrl ? ` ([run](${summaryUrl}))` : ''}.`;
    const issueTitle = differs ? `AWS differs from the account catalog (${drift} drifted, ${unmanaged} unmanaged)` : 'AWS matches the account catalog';
    logDriftIssue(await syncDriftIssue(createGitHubClient(inputs.githubToken), repository, differs, issueTitle, body));
  }
  if (inputs.failOnDrift && differs) core.setFailed(`${verdict} (fail-on-drift: true)`);
}
