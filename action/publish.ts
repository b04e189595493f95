import * as core from '@actions/core';
import type { Evaluation } from '../src/core/engine';
import { annotate } from './annotations';
import { setOutputs } from './outputs';
import { writeSummary } from './summary';

export interface Publication {
  readonly headSha?: string;
  readonly commentId?: number;
  readonly notices?: readonly string[];
  readonly sourceUrl?: ((file: string, line: number) => string | undefined) | undefined;
}

/** What every run ends with: annotations, the job summary, the outputs, and the verdict. */
export async function publish(evaluation: Evaluation, publication: Publication): Promise<void> {
  const { plan } = evaluation;
  const notices = publication.notices ?? [];
  for (const notice of notices) core.notice(notice);
  const notAnnotated = annotate(plan.findings);
  await writeSummary(evaluation, { notAnnotated, notices, ...(publication.headSha ? { headSha: publication.headSha } : {}), ...(publication.sourceUrl ? { sourceUrl: publication.sourceUrl } : {}) });
  setOutputs(plan, publication.commentId);
  const { errors, warnings } = plan.summary;
  if (errors > 0) core.setFailed(`The account catalog has ${errors} error${errors === 1 ? '' : 's'}: see the annotations and the job summary.`);
  else core.info(`No errors${warnings > 0 ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}.`);
}
