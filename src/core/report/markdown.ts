import type { Evaluation } from '../engine';
import type { Account, Change, FieldChange, Finding } from '../model';
import { describeAccessValue } from '../plan/access';
import { isProduction } from '../rules/production-access';
import { escapeMarkdown, escapeMarkdownMessage, safeSha, safeUrl } from './escape';
import { utf8Length } from './length';
import { applyStepRows, driftAwsCell } from './live-markdown';
import { budgetTotalsLine, spendCell } from './budget-text';

/** The first line of the plan comment; the Action finds its sticky comment by it. */
export const PLAN_MARKER = '<!-- aws-account-catalog:plan -->';
/** GitHub refuses comment bodies longer than this. */
export const COMMENT_MAX_LENGTH = 65_536;
/** GitHub refuses a step summary over 1 MiB; this leaves room for nothing else but the plan. */
export const SUMMARY_MAX_LENGTH = 1_000_000;

export interface MarkdownOptions {
  /** The commit the plan was made for; shown at the bottom (ignored unless it is a hex SHA). */
  readonly headSha?: string;
  /** Upper bound of the result, in UTF-8 bytes (never less than its length in characters). Default 65,536. */
  readonly maxLength?: number;
  /** Link for a finding's file and line (e.g. a blob URL at the head SHA); only http(s) URLs are used. */
  readonly sourceUrl?: (file: string, line: number) => string | undefined;
  /** Where the complete plan is when this one had to be shortened (the job summary). */
  readonly summaryUrl?: string;
  /** Heading under the marker. Default "Account catalog plan". */
  readonly title?: string;
  /** The first line instead of the merge verdict (the drift run says whether AWS matches). Plain text, escaped here. */
  readonly verdict?: string;
}

/** A section longer than this many rows is folded into `<details>`. */
const FOLD_AFTER_ROWS = 10;
const ARROW = ' → ';

/** One block of rows (a table or a list) that can be shortened from the end. */
interface Section {
  readonly title: string;
  /** Plural noun for the "left out" line, e.g. "changes". */
  readonly noun: string;
  /** Table header lines, or '' for a list. */
  readonly head: string;
  readonly rows: readonly string[];
  /** Errors stay unfolded, however many. */
  readonly open: boolean;
}

/**
 * The plan as Markdown: the body of the pull request comment (spec section 4) and of the job summary.
 * Never longer than `maxLength`: when it must cut, whole rows go, errors last, and it says how many.
 */
export function renderMarkdown(evaluation: Evaluation, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? COMMENT_MAX_LENGTH;
  const { plan } = evaluation;
  const errors = plan.findings.filter((f) => f.severity === 'error');
  const warnings = plan.findings.filter((f) => f.severity !== 'error');

  const withSpend = plan.changes.some((c) => c.spend !== undefined);
  const changes: Section = { title: 'Changes', noun: 'changes', head: withSpend ? CHANGES_HEAD_SPEND : CHANGES_HEAD, rows: changeRows(evaluation, withSpend), open: false };
  const errorSection: Section = { title: 'Errors', noun: 'errors', head: '', rows: errors.map((f) => findingRow(f, options)), open: true };
  const warningSection: Section = { title: 'Warnings', noun: 'warnings', head: '', rows: warnings.map((f) => findingRow(f, options)), open: false };
  const access: Section = { title: 'Access (IAM Identity Center)', noun: 'access changes', head: ACCESS_HEAD, rows: accessRows(evaluation), open: false };
  const drift: Section = { title: 'Drift: AWS differs from the catalog', noun: 'drift entries', head: DRIFT_HEAD, rows: driftRows(evaluation), open: false };
  const unmanaged: Section = { title: 'Unmanaged: in AWS, not in the catalog', noun: 'unmanaged accounts', head: UNMANAGED_HEAD, rows: unmanagedRows(evaluation), open: false };
  const steps: Section = { title: 'On merge, apply will', noun: 'steps', head: '', rows: applyStepRows(evaluation), open: false };
  const ordered = [changes, access, steps, errorSection, warningSection, drift, unmanaged].filter((s) => s.rows.length > 0);
  // What survives a cut first: errors block the merge, so they are the last to go.
  const priority = [errorSection, changes, access, steps, warningSection, drift, unmanaged].filter((s) => s.rows.length > 0);

  const header = renderHeader(evaluation, options);
  const footer = renderFooter(options);
  const worstNote = shortenedNote(ordered, new Map(ordered.map((s) => [s, 0])), options);
  const fixed = utf8Length(header) + utf8Length(footer) + utf8Length(worstNote) + ordered.reduce((n, s) => n + utf8Length(renderSection(s, 0)), 0);

  let budget = maxLength - fixed;
  if (budget < 0) return clip(`${header}${worstNote}`, maxLength);

  const shown = new Map<Section, number>();
  let cut = false;
  for (const section of priority) {
    let count = 0;
    if (!cut) {
      for (const row of section.rows) {
        const size = utf8Length(row) + 1;
        if (size > budget) {
          cut = true;
          break;
        }
        budget -= size;
        count++;
      }
    }
    shown.set(section, count);
  }

  const parts: string[] = [header];
  if (cut) parts.push(shortenedNote(ordered, shown, options));
  for (const section of ordered) parts.push(renderSection(section, shown.get(section) ?? 0));
  parts.push(footer);
  return parts.join('');
}

// ---- header and footer -------------------------------------------------------------------------

function renderHeader(evaluation: Evaluation, options: MarkdownOptions): string {
  const { summary } = evaluation.plan;
  const title = escapeMarkdown(options.title ?? 'Account catalog plan', 200);
  const warnings = summary.warnings > 0 ? ` · ${count(summary.warnings, 'warning')}` : '';
  const verdict = options.verdict
    ? escapeMarkdownMessage(options.verdict)
    : summary.errors > 0
      ? `❌ **${count(summary.errors, 'error')}**: fix ${summary.errors === 1 ? 'it' : 'them'} before merging${warnings}.`
      : `✅ **Ready to merge**: no errors${warnings}.`;
  const total = summary.create + summary.update + summary.close;
  const counts =
    total === 0
      ? 'No account changes.'
      : `**${count(total, 'account change')}:** ${format(summary.create)} to create · ${format(summary.update)} to update · ${format(summary.close)} to close`;
  const live = evaluation.plan.drift || evaluation.plan.unmanaged
    ? ` · ${count(evaluation.plan.drift?.length ?? 0, 'drifted account')} · ${count(evaluation.plan.unmanaged?.length ?? 0, 'unmanaged account')}`
    : '';
  const scope = evaluation.plan.liveScope;
  const scoped = scope
    ? `\n_Tags and budgets were read in AWS for the ${count(scope.read, 'account')} this change touches (of ${format(scope.managed)} managed); the scheduled drift run (\`mode: drift\`) checks the others' tags and budgets._\n`
    : '';
  const budget = evaluation.plan.budget ? budgetTotalsLine(evaluation.plan.budget) : undefined;
  return `${PLAN_MARKER}\n### ${title}\n\n${verdict}\n\n${counts}${live}\n${budget ? `\n${budget}\n` : ''}${scoped}`;
}

function renderFooter(options: MarkdownOptions): string {
  const sha = safeSha(options.headSha);
  return sha ? `\n<sub>Head commit ${sha} · aws-account-catalog</sub>\n` : '\n<sub>aws-account-catalog</sub>\n';
}

/** Says exactly what a shortened report left out, and where the rest is. */
function shortenedNote(sections: readonly Section[], shown: ReadonlyMap<Section, number>, options: MarkdownOptions): string {
  const left = sections
    .filter((s) => (shown.get(s) ?? 0) < s.rows.length)
    .map((s) => `${format(s.rows.length - (shown.get(s) ?? 0))} of ${format(s.rows.length)} ${s.noun}`);
  if (left.length === 0) return '';
  const url = safeUrl(options.summaryUrl);
  const where = url ? `[the job summary](${url})` : 'the job summary of this check';
  return `\n> ⚠️ **Shortened to fit:** ${left.join(', ')} are not shown here. See ${where} for the complete plan.\n`;
}

// ---- sections ------------------------------------------------------------------------------------

/** A section with `shown` of its rows; with none shown it is the frame at its largest (every row left out). */
function renderSection(section: Section, shown: number): string {
  const title = `${section.title} (${format(section.rows.length)})`;
  const rows = section.rows.slice(0, shown).join('\n');
  const body = `${section.head}${rows}${shown > 0 ? '\n' : ''}${leftOutLine(section, shown)}`;
  return section.rows.length > FOLD_AFTER_ROWS
    ? `\n<details${section.open ? ' open' : ''}><summary><b>${title}</b></summary>\n\n${body}\n</details>\n`
    : `\n#### ${title}\n\n${body}`;
}

function leftOutLine(section: Section, shown: number): string {
  const left = section.rows.length - shown;
  return left > 0 ? `\n_… ${format(left)} ${shown > 0 ? 'more ' : ''}${section.noun} left out: see the job summary._\n` : '';
}

// ---- changes ---------------------------------------------------------------------------------------

const CHANGES_HEAD = '|Change|Account|Owner|Environment|OU|Budget USD/month|Other fields|\n|-|-|-|-|-|-|-|\n';
/** Live plans: this month's spend beside each changed budget. */
const CHANGES_HEAD_SPEND = '|Change|Account|Owner|Environment|OU|Budget USD/month|Spent · forecast this month|Other fields|\n|-|-|-|-|-|-|-|-|\n';
const TABLE_FIELDS = new Set(['name', 'owner', 'environment', 'ou', 'budget.monthlyUsd', 'state']);
const MAX_OTHER_FIELDS = 4;

function changeRows(evaluation: Evaluation, withSpend: boolean): string[] {
  const byName = new Map<string, Account>();
  const add = (side: string, accounts: readonly Account[] | undefined) => {
    for (const account of accounts ?? []) if (!byName.has(`${side}:${account.name}`)) byName.set(`${side}:${account.name}`, account);
  };
  add('base', evaluation.base?.catalog.accounts);
  add('head', evaluation.head?.catalog.accounts);
  return evaluation.plan.changes.map((change) => changeRow(change, findAccount(change, byName), withSpend));
}

/** The account as the head has it (the base for a removed one), for the columns that did not change. */
function findAccount(change: Change, byName: ReadonlyMap<string, Account>): Account | undefined {
  const rename = change.fields.find((f) => f.path === 'name');
  return (
    byName.get(`head:${change.account}`) ??
    (typeof rename?.to === 'string' ? byName.get(`head:${rename.to}`) : undefined) ??
    byName.get(`base:${change.account}`) ??
    (typeof rename?.from === 'string' ? byName.get(`base:${rename.from}`) : undefined)
  );
}

function changeRow(change: Change, account: Account | undefined, withSpend: boolean): string {
  const fields = new Map(change.fields.map((f) => [f.path, f]));
  const cell = (path: string, current: unknown): string => {
    const field = fields.get(path);
    return field ? fieldCell(field) : escapeMarkdown(current);
  };
  const kind = change.action === 'close' ? '**close**' : escapeMarkdown(change.action);
  const name = fields.get('name') ? fieldCell(fields.get('name')!) : escapeMarkdown(change.account);
  // `access` has one field per group × permission set; the Access section lists them.
  const others = change.action === 'create' ? [] : [...new Set(change.fields.filter((f) => !TABLE_FIELDS.has(f.path)).map((f) => f.path))];
  const other =
    others.length > MAX_OTHER_FIELDS
      ? `${others.slice(0, MAX_OTHER_FIELDS).map((p) => escapeMarkdown(p)).join(', ')} +${others.length - MAX_OTHER_FIELDS}`
      : others.map((p) => escapeMarkdown(p)).join(', ');
  const cells = [
    kind,
    name,
    cell('owner', account?.owner),
    cell('environment', account?.environment),
    cell('ou', account?.ou),
    cell('budget.monthlyUsd', account?.budget?.monthlyUsd),
  ];
  if (withSpend) cells.push(change.spend ? escapeMarkdown(spendCell(change.spend)) : '');
  // GitHub fills missing trailing cells, so an empty last column costs nothing.
  if (other) cells.push(other);
  return `|${cells.join('|')}|`;
}

function fieldCell(field: FieldChange): string {
  if (field.from === undefined) return escapeMarkdown(field.to);
  if (field.to === undefined) return `${escapeMarkdown(field.from)}${ARROW}_none_`;
  return `${escapeMarkdown(field.from)}${ARROW}${escapeMarkdown(field.to)}`;
}

// ---- access ------------------------------------------------------------------------------------------

const ACCESS_HEAD = '|Account|Change|Group|Permission set|Production|\n|-|-|-|-|-|\n';

/** One row per group × permission set a change adds or removes; production accounts are marked. */
function accessRows(evaluation: Evaluation): string[] {
  const environments = evaluation.head?.catalog.environments ?? {};
  const byName = new Map((evaluation.head?.catalog.accounts ?? []).map((a) => [a.name, a]));
  const rows: string[] = [];
  for (const change of evaluation.plan.changes) {
    const account = byName.get(change.account);
    const production = account && isProduction(environments, account.environment) ? '**production**' : '';
    for (const field of change.fields) {
      if (field.path !== 'access') continue;
      const value = (field.to ?? field.from) as { group?: unknown; user?: unknown; permissionSet?: unknown } | undefined;
      const who = value?.group !== undefined ? value.group : value?.user !== undefined ? `user ${String(value.user)}` : '';
      rows.push(`|${escapeMarkdown(change.account)}|${field.to !== undefined ? 'add' : '**remove**'}|${escapeMarkdown(who)}|${escapeMarkdown(value?.permissionSet)}|${production}|`);
    }
  }
  return rows;
}

// ---- findings ---------------------------------------------------------------------------------------

function findingRow(finding: Finding, options: MarkdownOptions): string {
  const where = `${escapeMarkdown(finding.file, 200)}:${finding.line}`;
  const url = safeUrl(options.sourceUrl?.(finding.file, finding.line));
  const location = url ? `[${where}](${url})` : where;
  return `- **${escapeMarkdown(finding.rule, 80)}** ${location}: ${escapeMarkdownMessage(finding.message)}`;
}

// ---- live AWS ----------------------------------------------------------------------------------------

// A drift field's `from` is what the catalog says, `to` what AWS has (src/core/plan/live.ts).
const DRIFT_HEAD = '|Account|Id|Field|Catalog|AWS|\n|-|-|-|-|-|\n';
const UNMANAGED_HEAD = '|Id|Name|Email|OU|Status|\n|-|-|-|-|-|\n';

function driftRows(evaluation: Evaluation): string[] {
  return (evaluation.plan.drift ?? []).flatMap((drift) =>
    (drift.fields.length > 0 ? drift.fields : [{ path: '' } as FieldChange]).map(
      (f) => {
        const show = (v: unknown) => escapeMarkdown(f.path === 'access' && v !== undefined ? describeAccessValue(v) : v);
        return `|${escapeMarkdown(drift.account)}|${escapeMarkdown(drift.id)}|${escapeMarkdown(f.path)}|${show(f.from)}|${f.path === 'access' ? show(f.to) : driftAwsCell(drift, f)}|`;
      },
    ),
  );
}

function unmanagedRows(evaluation: Evaluation): string[] {
  return (evaluation.plan.unmanaged ?? []).map(
    (u) => `|${escapeMarkdown(u.id)}|${escapeMarkdown(u.name)}|${escapeMarkdown(u.email)}|${escapeMarkdown(u.ou)}|${escapeMarkdown(u.status)}|`,
  );
}

// ---- small helpers -------------------------------------------------------------------------------------

function count(n: number, noun: string): string {
  return `${format(n)} ${noun}${n === 1 ? '' : 's'}`;
}

function format(n: number): string {
  return n.toLocaleString('en-US');
}

/** Last resort when even the frame does not fit: cut at a code point boundary under the byte limit. */
function clip(text: string, maxLength: number): string {
  let out = '';
  let size = 0;
  for (const ch of text) {
    const n = utf8Length(ch);
    if (size + n > maxLength) break;
    out += ch;
    size += n;
  }
  return out;
}
