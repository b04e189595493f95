import type { Evaluation } from '../../core/engine';
import { renderPlanJson } from '../../core/report/json';
import { renderMarkdown } from '../../core/report/markdown';
import { renderPlanText } from '../../core/report/text';
import { EXIT_FINDINGS, EXIT_OK } from '../io';

export const PLAN_FORMATS = ['markdown', 'json', 'text'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

export function renderPlan(evaluation: Evaluation, format: PlanFormat): string {
  switch (format) {
    case 'json':
      return renderPlanJson(evaluation.plan);
    case 'text':
      return renderPlanText(evaluation.plan);
    case 'markdown':
      return renderMarkdown(evaluation);
  }
}

/** 1 when any finding is an error (spec section 5). */
export function exitCodeOf(evaluation: Evaluation): number {
  return evaluation.plan.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
