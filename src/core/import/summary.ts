// What import inferred and what a human must decide, as lines for a terminal (text is raw: the CLI escapes it).
import { describePlainStep } from '../plan/step-words';
import { UNCLASSIFIED_ENVIRONMENT } from './environments';
import { DEFAULT_ENVIRONMENT_TAGS, DEFAULT_OWNER_TAGS, UNASSIGNED_TEAM, type ImportOptions } from './infer';
import type { SettledImport } from './settle';

const BUDGET_STEPS = new Set(['create-budget', 'update-budget']);

function n(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}

function names(list: readonly string[]): string {
  return list.join(', ');
}

export function importSummary(settled: SettledImport, options: ImportOptions = {}): string[] {
  const { imported, steps } = settled;
  const { inference } = imported;
  const lines: string[] = [];
  const decide: string[] = [];
  const total = imported.accounts.length;
  const ous = (imported.header.organizationalUnits as string[]).filter((o) => o !== '/').length;
  lines.push(`Read ${n(total, 'account')} (${n(total - inference.closed.length, 'open account')}, ${n(inference.closed.length, 'closed account')}) in ${n(ous, 'OU')}.`);

  const ownerTags = options.ownerTag ? [options.ownerTag] : DEFAULT_OWNER_TAGS;
  const teams = imported.teams.map((t) => t.key);
  lines.push(`Owners: ${n(inference.ownerFromTag, 'account')} from the ${ownerTags.join(' / ')} tag; teams: ${names(teams)}.`);
  if (inference.ownerMissing.length > 0) {
    decide.push(`${n(inference.ownerMissing.length, 'account')} ${inference.ownerMissing.length === 1 ? 'has' : 'have'} no owner tag and belong to team "${UNASSIGNED_TEAM}" for now: ${names(inference.ownerMissing)}.`);
  }
  for (const team of imported.teams) if (team.note) decide.push(`team ${team.key}: ${team.note} (${team.email}).`);

  const environmentTags = options.environmentTag ? [options.environmentTag] : DEFAULT_ENVIRONMENT_TAGS;
  lines.push(
    `Environments: ${n(inference.environmentFromTag, 'account')} from the ${environmentTags.join(' / ')} tag, ` +
      `${inference.environmentFromOu.length.toLocaleString('en-US')} guessed from the OU, ${inference.environmentFromName.length.toLocaleString('en-US')} from the name suffix.`,
  );
  if (inference.environmentFromOu.length > 0) decide.push(`environment guessed from the OU path: ${names(inference.environmentFromOu)}.`);
  if (inference.environmentFromName.length > 0) decide.push(`environment guessed from the name suffix: ${names(inference.environmentFromName)}.`);
  if (inference.environmentMissing.length > 0) {
    decide.push(`no environment found (set to "${UNCLASSIFIED_ENVIRONMENT}", treated as production): ${names(inference.environmentMissing)}.`);
  }
  for (const environment of imported.guessedEnvironments) {
    if (environment !== UNCLASSIFIED_ENVIRONMENT) decide.push(`environment "${environment}" is declared with production: false: check it.`);
  }
  if (inference.namesOutsideKebabCase.length > 0) {
    lines.push(`Naming: ${n(inference.namesOutsideKebabCase.length, 'name')} ${inference.namesOutsideKebabCase.length === 1 ? 'is' : 'are'} not kebab-case; organization.naming.pattern lets them pass: ${names(inference.namesOutsideKebabCase)}.`);
  }
  if (inference.closed.length > 0) lines.push(`Closed (suspended or closing in AWS, written as state: closed): ${names(inference.closed)}.`);
  for (const r of settled.relaxed) {
    decide.push(`policy.rules.${r.rule} is set to warn: the organization breaks it ${n(r.count, 'time')} (e.g. ${r.example}).`);
  }
  decide.push(...imported.decisions);
  decide.push('policy: no one may approve budgets above $500 or closings yet: add GitHub teams or users to policy.budget.approval and policy.closing.approval.');

  const budgetSteps = steps.filter((s) => BUDGET_STEPS.has(s.kind));
  const otherSteps = steps.filter((s) => !BUDGET_STEPS.has(s.kind));
  if (budgetSteps.length === 0) lines.push('Budgets: every open account has its catalog budget (account-catalog-<id>) in AWS.');
  else {
    lines.push(`Budgets: plan --live will show ${n(budgetSteps.length, 'budget step')}, which apply runs after merge:`);
    for (const step of budgetSteps) lines.push(`  - ${describePlainStep(step)}`);
  }
  // Import writes what AWS has: any other step would be a bug in import, shown rather than hidden.
  for (const step of otherSteps) decide.push(`plan --live would also: ${describePlainStep(step)}.`);
  const otherDrift = settled.drift.filter((d) => d.fields.some((f) => !f.path.startsWith('budget.')));
  for (const d of otherDrift) decide.push(`${d.account} still differs from AWS in ${d.fields.map((f) => f.path).join(', ')}.`);

  lines.push(`Checked as validate does: ${n(settled.errors.length, 'error')}, ${n(settled.warnings, 'warning')}.`);
  lines.push(decide.length === 0 ? 'Nothing to decide.' : `To decide (also marked "# review:" in the files):`);
  for (const line of decide) lines.push(`  - ${line}`);
  return lines;
}
