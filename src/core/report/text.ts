import type { Change, FieldChange, Finding, Plan } from '../model';
import { describeAccessValue } from '../plan/access';
import { budgetTotalsText, spendCell } from './budget-text';
import { escapeTerminal, neutraliseCommandLine } from './escape';
import { describeCounts, countFindings, sortFindings } from './findings';

/**
 * Findings for a terminal: `file:line:col  severity  rule  message`, errors first, then the totals.
 * Catalog text cannot move the cursor, recolour the terminal or start a workflow command.
 */
export function renderFindingsText(findings: readonly Finding[]): string {
  const lines = sortFindings(findings).map(findingLine);
  const { errors, warnings } = countFindings(findings);
  lines.push(findings.length === 0 ? 'No problems found.' : describeCounts(errors, warnings));
  return `${lines.join('\n')}\n`;
}

export function findingLine(finding: Finding): string {
  return neutraliseCommandLine(
    `${escapeTerminal(finding.file)}:${finding.line}:${finding.column}  ${finding.severity}  ${escapeTerminal(finding.rule)}  ${escapeTerminal(finding.message)}`,
  );
}

/** The plan for a terminal: one line per change, the counts, then the findings. */
export function renderPlanText(plan: Plan): string {
  const lines = plan.changes.map(changeLine);
  const { create, update, close } = plan.summary;
  lines.push(plan.changes.length === 0 ? 'No account changes.' : `${create} to create, ${update} to update, ${close} to close`);
  const budget = plan.budget ? budgetTotalsText(plan.budget) : undefined;
  if (budget) lines.push(budget);
  for (const drift of plan.drift ?? []) {
    lines.push(neutraliseCommandLine(`drift      ${escapeTerminal(drift.account)}  ${drift.fields.map((f) => fieldText(f)).join('; ')}`));
  }
  for (const u of plan.unmanaged ?? []) {
    lines.push(neutraliseCommandLine(`unmanaged  ${escapeTerminal(u.id)}  ${escapeTerminal(u.name)}  ${escapeTerminal(u.email)}  ${escapeTerminal(u.ou)}`));
  }
  return `${lines.join('\n')}\n\n${renderFindingsText(plan.findings)}`;
}

/** A create lists every field it sets; the line shows the ones a reader looks for. */
const CREATE_FIELDS = ['email', 'owner', 'environment', 'ou', 'budget.monthlyUsd'];

function changeLine(change: Change): string {
  const shown = change.action === 'create' ? change.fields.filter((f) => CREATE_FIELDS.includes(f.path)) : change.fields;
  const fields = shown.map((f) => fieldText(f, change.action === 'create')).join('; ');
  const spend = change.spend ? `  spent · forecast this month: ${escapeTerminal(spendCell(change.spend))}` : '';
  return neutraliseCommandLine(`${change.action.padEnd(7)}  ${escapeTerminal(change.account)}${fields ? `  ${fields}` : ''}${spend}`);
}

function fieldText(field: FieldChange, valueOnly = false): string {
  // One line per group × permission set: `access +eng × Admin`, `access -eng × Admin`.
  if (field.path === 'access') return `access ${field.to !== undefined ? '+' : '-'}${escapeTerminal(describeAccessValue(field.to ?? field.from))}`;
  const value = (v: unknown) => (v === undefined ? '(none)' : escapeTerminal(typeof v === 'string' ? v : JSON.stringify(v)));
  if (valueOnly || field.from === undefined) return `${escapeTerminal(field.path)}=${value(field.to)}`;
  return `${escapeTerminal(field.path)}: ${value(field.from)} -> ${value(field.to)}`;
}
