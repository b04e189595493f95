import type { AccountSpend, Change, Drift, FieldChange, Finding, Money, Plan, Unmanaged } from '../model';
import { countFindings } from './findings';

// Objects are rebuilt field by field so the key order is the spec's, whatever order the input had.

/** `validate --format json`: `{"findings":[...],"errors":N,"warnings":N}`. */
export function renderValidateJson(findings: readonly Finding[], indent = 2): string {
  const { errors, warnings } = countFindings(findings);
  return `${stringify({ findings: findings.map(findingJson), errors, warnings }, indent)}\n`;
}

/** `plan --format json` and the Action's `plan` output (spec section 4). */
export function renderPlanJson(plan: Plan, indent = 2): string {
  return `${stringify(planJson(plan), indent)}\n`;
}

/**
 * JSON.stringify escapes C0 controls but leaves C1 controls (U+009B is a terminal's CSI), line
 * separators and bidi overrides raw; as \uXXXX they are the same JSON data and harmless on a terminal.
 */
function stringify(value: unknown, indent: number): string {
  return JSON.stringify(value, null, indent).replace(/[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function planJson(plan: Plan): Record<string, unknown> {
  const { create, update, close, errors, warnings, budgetDeltaUsd, budgetTotalUsd } = plan.summary;
  return {
    version: plan.version,
    changes: plan.changes.map(changeJson),
    findings: plan.findings.map(findingJson),
    summary: {
      create,
      update,
      close,
      errors,
      warnings,
      ...(budgetDeltaUsd !== undefined ? { budgetDeltaUsd } : {}),
      ...(budgetTotalUsd !== undefined ? { budgetTotalUsd } : {}),
    },
    ...(plan.drift ? { drift: plan.drift.map(driftJson) } : {}),
    ...(plan.unmanaged ? { unmanaged: plan.unmanaged.map(unmanagedJson) } : {}),
  };
}

export function findingJson(f: Finding): Record<string, unknown> {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    ...(f.account !== undefined ? { account: f.account } : {}),
  };
}

function changeJson(c: Change): Record<string, unknown> {
  return { account: c.account, action: c.action, fields: c.fields.map(fieldJson), ...(c.spend ? { spend: spendJson(c.spend) } : {}) };
}

/**
 * `{ budgetInAws, actualUsd, forecastUsd, period }`. A figure in another unit than USD is
 * `actual` / `forecast: { amount, unit }` instead, so nothing reads it as dollars.
 */
function spendJson(s: AccountSpend): Record<string, unknown> {
  if (!s.budgetInAws) return { budgetInAws: false };
  return {
    budgetInAws: true,
    ...moneyJson('actual', s.actual),
    ...moneyJson('forecast', s.forecast),
    ...(s.period ? { period: { start: s.period.start, end: s.period.end } } : {}),
  };
}

function moneyJson(name: 'actual' | 'forecast', m: Money | undefined): Record<string, unknown> {
  if (!m) return {};
  return m.unit === 'USD' ? { [`${name}Usd`]: m.amount } : { [name]: { amount: m.amount, unit: m.unit } };
}

function fieldJson(f: FieldChange): Record<string, unknown> {
  return { path: f.path, ...(f.from !== undefined ? { from: f.from } : {}), ...(f.to !== undefined ? { to: f.to } : {}) };
}

function driftJson(d: Drift): Record<string, unknown> {
  return { account: d.account, ...(d.id !== undefined ? { id: d.id } : {}), fields: d.fields.map(fieldJson) };
}

function unmanagedJson(u: Unmanaged): Record<string, unknown> {
  return { id: u.id, name: u.name, email: u.email, ou: u.ou, status: u.status };
}
