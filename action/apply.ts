import * as core from '@actions/core';
import { context } from '@actions/github';
import { evaluate } from '../src/core/engine';
import { loadAws } from './aws-loader';
import type { PullRequestEvent } from './event';
import { ExpectedError } from './expected-error';
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
export async function applyToAws(inputs: Inputs, event: PullRequestEvent | undefined, workspace: string): Promise<void> {
  if (event) throw new ExpectedError('mode: apply does not run on pull requests: run it on the default branch after merge (push or workflow_dispatch).');
  const defaultBranch = (context.payload.repository as { default_branch?: string } | undefined)?.default_branch;
  if (!inputs.dryRun && defaultBranch && context.ref && context.ref !== `refs/heads/${defaultBranch}`) {
    throw new ExpectedError(`mode: apply runs only on the default branch (${defaultBranch}); this run is for ${context.ref}. Use dry-run: true to preview.`);
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
