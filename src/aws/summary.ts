import { escapeMarkdown, escapeMarkdownMessage } from '../core/report/escape';
import { describeLiveStep } from '../core/plan/live-step-text';
import type { ApplyReport, StepOutcome } from './apply';

const ICON: Record<StepOutcome, string> = {
  done: '✅ done',
  'already-done': '✅ already done',
  failed: '❌ failed',
  skipped: '⏭️ skipped',
  deferred: '⏸️ deferred',
  'dry-run': '📝 dry run',
};

/** The job summary of an apply: verdict, new account ids, then every step with its outcome. Catalog text is escaped. */
export function renderApplySummary(report: ApplyReport): string {
  const lines: string[] = ['## AWS account catalog: apply' + (report.dryRun ? ' (dry run)' : ''), ''];
  if (report.refused) {
    lines.push(`❌ ${escapeMarkdownMessage(report.refused)}`, '');
    return lines.join('\n');
  }
  const failed = report.steps.filter((s) => s.outcome === 'failed').length;
  if (report.steps.length === 0) lines.push('✅ AWS already matches the catalog: nothing to do.');
  else if (report.dryRun) lines.push(`📝 Dry run: ${report.steps.length} steps would run; nothing was changed.`);
  else if (failed > 0) lines.push(`❌ ${failed} of ${report.steps.length} steps failed. Fix the cause and re-run: finished steps are not repeated.`);
  else lines.push(`✅ ${report.steps.length - (report.deferred?.length ?? 0)} steps applied.`);
  lines.push('');
  if (report.deferred && report.deferred.length > 0) {
    lines.push(
      `⚠️ AWS deferred ${report.deferred.length === 1 ? 'one closing' : `${report.deferred.length} closings`} (CLOSE_ACCOUNT_QUOTA_EXCEEDED: the organization's rolling 30-day CloseAccount quota is used up): ` +
        `${report.deferred.map((a) => escapeMarkdown(a)).join(', ')}. The other steps ran. Re-run the apply in a few days (or after AWS raises the quota) to close ${report.deferred.length === 1 ? 'it' : 'them'}.`,
      '',
    );
  }

  if (report.created.length > 0) {
    lines.push('### New accounts', '', 'Add these ids to the catalog (`id:`):', '', '| account | email | id |', '| --- | --- | --- |');
    for (const c of report.created) lines.push(`| ${escapeMarkdown(c.account)} | ${escapeMarkdown(c.email)} | \`${/^\d{12}$/.test(c.id) ? c.id : '?'}\` |`);
    lines.push('');
  }

  if (report.steps.length > 0) {
    lines.push('### Steps', '', '| # | step | outcome | account id | calls | note |', '| --- | --- | --- | --- | --- | --- |');
    report.steps.forEach((s, i) => {
      const calls = s.calls.length === 0 ? '' : escapeMarkdown(s.calls.join(', '), 300);
      lines.push(
        `| ${i + 1} | ${escapeMarkdown(describeLiveStep(s.step), 200)} | ${ICON[s.outcome]} | ${s.accountId && /^\d{12}$/.test(s.accountId) ? s.accountId : ''} | ${calls} | ${s.message ? escapeMarkdownMessage(s.message) : ''} |`,
      );
    });
    lines.push('');
  }
  return lines.join('\n');
}
