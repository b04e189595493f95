import type { Evaluation } from '../engine';
import type { Drift, FieldChange } from '../model';
import { describePlainStep, plainSteps } from '../plan/step-words';
import { escapeMarkdown } from './escape';

/** "On merge, apply will": one numbered line per step, in the order apply runs them. */
export function applyStepRows(evaluation: Evaluation): string[] {
  return plainSteps(evaluation.plan.liveSteps ?? []).map((step, i) => `${i + 1}. ${escapeMarkdown(describePlainStep(step), 400)}`);
}

/**
 * The AWS cell of a drift row. An active catalog account AWS lacks is not a missing value: without
 * an id apply creates it; with one, the id names no account in the organization.
 */
export function driftAwsCell(drift: Drift, field: FieldChange): string {
  if (field.path === 'state' && field.to === undefined && field.from === 'active') {
    return drift.id === undefined ? '_not in AWS yet: apply creates it_' : '_not in AWS: no account has this id; fix the id_';
  }
  return escapeMarkdown(field.to);
}
