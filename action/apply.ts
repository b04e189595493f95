import * as core from '@actions/core';
import { context } from '@actions/github';
import { evaluate } from '../src/core/engine';
import { loadAws } from './aws-loader';
import type { PullRequestEvent } from './event';
import { ExpectedError } from './expected-error';
import { createGitHubClient, httpStatus } from './github-client';
import type { Inputs } from './inputs';
import { annotate } from './annotations';
import { setOutputs } from './outputs';
import { publish } from './publish';
import { writeSummaryMarkdown } from './summary';
import { readWorkspaceCatalog } from './workspace-catalog';

/**
 * `mode: apply`: only after merge, from the default branch (spec section 8). The workspace catalog
 * must validate without errors; then AWS is made to match it (or, with dry-run, only described).
 */
/** The repository's default branch: from the event payload, else from the API (a schedule payload has no repository). */
async function readDefaultBranch(inputs: Inputs): Promise<string> {
  const named = (context.payload.repository as { default_branch?: unknown } | undefined)?.default_branch;
  if (typeof named === 'string' && named !== '') return named;
  const refuse = (why: string) =>
    new ExpectedError(`mode: apply runs only on the default branch, and ${why}, so nothing was applied. Give the Action a github-token that can read the repository, or use dry-run: true to preview.`);
  if (!inputs.githubToken || !process.env.GITHUB_REPOSITORY?.includes('/')) throw refuse('the event does not name it');
  try {
    const { data } = await createGitHubClient(inputs.githubToken, { throttled: false }).rest.repos.get(context.repo);
    if (typeof data.default_branch === 'string' && data.default_branch !== '') return data.default_branch;
    throw refuse('GitHub did not name it');
  } catch (error) {
    if (error instanceof ExpectedError) throw error;
    throw refuse(`it could not be read (${httpStatus(error) ? `HTTP ${httpStatus(error)}` : 'no answer'})`);
  }
}

export async function applyToAws(inputs: Inputs, event: PullRequestEvent | undefined, workspace: string): Promise<void> {
  if (event) throw new ExpectedError('mode: apply does not run on pull requests: run it on the default branch after merge (push or workflow_dispatch).');
  if (!inputs.dryRun) {
    // Unknown is not "allowed": without both names the run cannot prove it is on the default branch.
    const defaultBranch = await readDefaultBranch(inputs);
    if (!context.ref || context.ref !== `refs/heads/${defaultBranch}`) {
      throw new ExpectedError(`mode: apply runs only on the default branch (${defaultBranch}); this run is for ${context.ref || 'an unknown ref'}. Use dry-run: true to preview.`);
    }
  }
  const evaluation = evaluate({ head: readWorkspaceCatalog(inputs.catalog, workspace) });
  if (evaluation.plan.summary.errors > 0) {
    await publish(evaluation, { notices: ['Nothing was applied: the catalog has errors.'] });
    return;
  }
  annotate(evaluation.plan.findings);
  setOutputs(evaluation.plan, undefined);
  const aws = await loadAws();
  const report = await aws.applyCatalog(
    { ...(inputs.awsRegion ? { region: inputs.awsRegion } : {}), dryRun: inputs.dryRun, locate: (path) => evaluation.head.source.locate(path) },
    evaluation.head.catalog,
    (line) => core.info(line),
  );
  await writeSummaryMarkdown(aws.renderApplySummary(report));
  if (report.deferred && report.deferred.length > 0) {
    core.warning(`AWS deferred ${report.deferred.length} account closing(s) (CLOSE_ACCOUNT_QUOTA_EXCEEDED): re-run the apply later. The job summary lists them.`);
  }
  if (report.failed) core.setFailed('Applying the catalog to AWS failed: see the job summary.');
}
