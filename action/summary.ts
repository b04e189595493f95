import * as core from '@actions/core';
import type { Evaluation } from '../src/core/engine';
import { MAX_ANNOTATIONS } from '../src/core/report/annotations';
import { escapeMarkdownMessage } from '../src/core/report/escape';
import { renderMarkdown, SUMMARY_MAX_LENGTH } from '../src/core/report/markdown';
import { redact } from './redact';

export interface SummaryNotes {
  readonly headSha?: string;
  readonly notAnnotated: number;
  /** One-line notices for the reader (e.g. the comment was refused). Plain text, escaped here. */
  readonly notices: readonly string[];
  readonly sourceUrl?: (file: string, line: number) => string | undefined;
}

/** Room kept under GitHub's 1 MiB step-summary limit for the notes around the plan. */
const NOTES_ROOM = 8_000;

/** The job summary: the complete plan and every finding (GitHub allows up to 1 MiB per step). */
export async function writeSummary(evaluation: Evaluation, notes: SummaryNotes): Promise<void> {
  const plan = renderMarkdown(evaluation, {
    maxLength: SUMMARY_MAX_LENGTH - NOTES_ROOM,
    ...(notes.headSha ? { headSha: notes.headSha } : {}),
    ...(notes.sourceUrl ? { sourceUrl: notes.sourceUrl } : {}),
  });
  const lines = notes.notices.map((n) => `> ${escapeMarkdownMessage(n)}\n`);
  if (notes.notAnnotated > 0) {
    lines.push(`\n${notes.notAnnotated} more finding${notes.notAnnotated === 1 ? ' is' : 's are'} listed here but not annotated on the files (a check shows at most ${MAX_ANNOTATIONS} annotations).\n`);
  }
  await writeSummaryMarkdown(plan + (lines.length > 0 ? `\n${lines.join('')}` : ''));
}

/** A run that could not check the catalog still says why in the job summary. */
export async function writeFailureSummary(message: string): Promise<void> {
  try {
    await writeSummaryMarkdown(`${PLAN_TITLE}\n\n❌ The check could not run: ${escapeMarkdownMessage(message)}\n`);
  } catch (error) {
    core.debug(`No job summary: ${(error as Error).message}`);
  }
}

const PLAN_TITLE = '### Account catalog plan';

/** Every job summary is written here, redacted. Outside GitHub Actions (no GITHUB_STEP_SUMMARY) there is none. */
export async function writeSummaryMarkdown(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary written.');
    return;
  }
  await core.summary.addRaw(redact(markdown)).write();
}
