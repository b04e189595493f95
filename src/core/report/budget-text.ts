import type { AccountSpend, BudgetChange, BudgetChangeKind, BudgetTotals } from '../model';
import { escapeMarkdown } from './escape';
import { groupDigits, money, signedUsd, usd } from './money';

// Raw text (a unit comes from AWS): the Markdown and terminal reporters escape it.

/** For a finding: "spent $412 so far this month, forecast $680", or why there are no figures. */
export function spendPhrase(spend: AccountSpend): string {
  if (!spend.budgetInAws) return 'no budget in AWS yet';
  if (!spend.actual && !spend.forecast) return 'AWS has no spend figures for its budget yet';
  const actual = spend.actual ? `spent ${money(spend.actual)} so far this month` : 'no actual spend reported this month';
  const forecast = spend.forecast ? `forecast ${money(spend.forecast)}` : 'no forecast yet';
  return `${actual}, ${forecast}`;
}

/** For a table cell under "Spent · forecast this month": "$412 · $680" (short: 10,000 rows must fit). */
export function spendCell(spend: AccountSpend): string {
  if (!spend.budgetInAws) return 'no budget in AWS';
  if (!spend.actual && !spend.forecast) return 'no figures yet';
  const actual = spend.actual ? money(spend.actual) : 'none';
  const forecast = spend.forecast ? money(spend.forecast) : 'no forecast';
  return `${actual} · ${forecast}`;
}

const KINDS: readonly { kind: BudgetChangeKind; one: string; many: string }[] = [
  { kind: 'raise', one: 'raise', many: 'raises' },
  { kind: 'lower', one: 'cut', many: 'cuts' },
  { kind: 'new', one: 'new account', many: 'new accounts' },
  { kind: 'reopen', one: 're-opened account', many: 're-opened accounts' },
  { kind: 'close', one: 'closing', many: 'closings' },
];

/** "+$350/month in total" and "1 raise (+$250)", "1 new account ($200)", …; undefined when no budget moves. */
function budgetTotalsParts(totals: BudgetTotals): { total: string; parts: string[] } | undefined {
  if (totals.changes.length === 0) return undefined;
  const parts: string[] = [];
  for (const { kind, one, many } of KINDS) {
    const of = totals.changes.filter((c: BudgetChange) => c.kind === kind);
    if (of.length === 0) continue;
    const cents = of.reduce((n, c) => n + Math.round(c.deltaUsd * 100), 0);
    // New and re-opened accounts show what they add, cuts and closings what they remove.
    const amount = kind === 'new' || kind === 'reopen' ? usd(cents / 100) : signedUsd(cents / 100);
    parts.push(`${groupDigits(of.length)} ${of.length === 1 ? one : many} (${amount})`);
  }
  return { total: `${signedUsd(totals.deltaUsd)}/month in total`, parts };
}

/** "+$350/month in total: 1 raise (+$250), 1 new account ($200), 1 closing (−$100)", or undefined when no budget moves. */
export function describeBudgetTotals(totals: BudgetTotals): string | undefined {
  const text = budgetTotalsParts(totals);
  return text && `${text.total}: ${text.parts.join(', ')}`;
}

/** The same with the head's total, for the terminal. */
export function budgetTotalsText(totals: BudgetTotals): string | undefined {
  const change = describeBudgetTotals(totals);
  return change && `Budgets: ${change}. All active accounts after the change: ${usd(totals.totalUsd)}/month.`;
}

/**
 * The comment's budget line, under the counts. `$` is escaped: two dollar signs on one line would
 * start GitHub's math mode.
 */
export function budgetTotalsLine(totals: BudgetTotals): string | undefined {
  const text = budgetTotalsParts(totals);
  if (!text) return undefined;
  const after = `${text.parts.join(', ')} · all active accounts after the change: ${usd(totals.totalUsd)}/month`;
  return `💰 **${escapeMarkdown(text.total, Infinity)}:** ${escapeMarkdown(after, Infinity)}`;
}
