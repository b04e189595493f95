import * as core from '@actions/core';
import type { Plan } from '../src/core/model';
import { planJson } from '../src/core/report/json';
import { utf8Length } from '../src/core/report/length';
import { redact } from './redact';

/** GitHub keeps step outputs up to 1 MB each. */
const MAX_OUTPUT_BYTES = 1_000_000;

/** Every step output is set here, redacted. */
export function setOutputs(plan: Plan, commentId: number | undefined): void {
  const outputs: Record<string, string> = {
    'plan': planOutput(plan),
    'has-changes': plan.changes.length > 0 ? 'true' : 'false',
    'errors': String(plan.summary.errors),
    'warnings': String(plan.summary.warnings),
    'comment-id': commentId === undefined ? '' : String(commentId),
  };
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, redact(value));
}

/**
 * The plan JSON (spec section 4). A plan too large for an output keeps its summary and findings
 * and as many changes as fit, and says `"truncated": true`.
 */
export function planOutput(plan: Plan): string {
  const full = JSON.stringify(planJson(plan));
  if (utf8Length(full) <= MAX_OUTPUT_BYTES) return full;
  let keep = plan.changes.length;
  let text = full;
  while (keep > 0 && utf8Length(text) > MAX_OUTPUT_BYTES) {
    keep = Math.floor(keep * 0.8);
    text = JSON.stringify({ ...planJson({ ...plan, changes: plan.changes.slice(0, keep) }), truncated: true });
  }
  if (utf8Length(text) > MAX_OUTPUT_BYTES) text = JSON.stringify({ ...planJson({ ...plan, changes: [], findings: [] }), truncated: true });
  core.warning(`The plan output is over 1 MB: it lists ${keep} of ${plan.changes.length} changes ("truncated": true). The job summary has the plan.`);
  return text;
}
