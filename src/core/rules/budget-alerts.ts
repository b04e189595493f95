import { ALERT_PERCENT_MAX, ALERT_PERCENT_MIN, ALERTS_MAX, ALERTS_MIN, RECIPIENTS_MAX } from '../schema/aws-limits';
import { quote } from '../schema/display';
import type { Account } from '../model';
import { emailProblem } from './account-email-format';
import type { Rule, RuleHit, RuleInput } from './rule';

/**
 * AWS Budgets limits: 1-5 notifications per budget, each a threshold of 1-1000 percent, no two
 * alike; 1-10 email subscribers, each a valid address, no duplicates. Alert `type` values are
 * checked by `schema`. Default recipients are the owner team's email: a bad team email is
 * reported once, at the team.
 */
export const budgetAlerts: Rule = {
  name: 'budget-alerts',
  description: 'Budgets have 1-5 alerts of 1-1000 percent and 1-10 valid recipient emails (AWS Budgets limits).',
  defaultSeverity: 'error',
  check(input) {
    const hits: RuleHit[] = [];
    // Team email -> its problem, checked once per team however many accounts use it.
    const reportedTeams = new Map<string, string | undefined>();
    const checked: EmailVerdicts = new Map();
    for (const account of input.head.catalog.accounts) {
      const raw = rawBudget(input, account);
      alertHits(account, raw, hits);
      recipientHits(input, account, raw, reportedTeams, checked, hits);
    }
    return hits;
  },
};

function alertHits(account: Account, raw: RawBudget | undefined, hits: RuleHit[]): void {
  const alerts = account.budget.alerts;
  // Counted as written: an alert `schema` could not type (percent: "80") still counts toward the limit.
  const count = Array.isArray(raw?.alerts) ? raw.alerts.length : alerts.length;
  if (count < ALERTS_MIN || count > ALERTS_MAX) {
    const fix = count === 0 ? 'add one, or remove alerts to use the defaults' : 'remove some';
    hits.push(hit(account, `budget.alerts has ${count} alerts; AWS Budgets allows ${ALERTS_MIN}-${ALERTS_MAX} per budget: ${fix}.`, 'alerts'));
  }
  for (let i = 0; i < alerts.length; i++) {
    const { percent, type } = alerts[i];
    if (!Number.isFinite(percent) || percent < ALERT_PERCENT_MIN || percent > ALERT_PERCENT_MAX) {
      hits.push(hit(account, `budget.alerts[${i}].percent is ${percent}: use a threshold from ${ALERT_PERCENT_MIN} to ${ALERT_PERCENT_MAX} percent of the budget.`, 'alerts', i, 'percent'));
    }
    // A handful of alerts: comparing pairs beats building a set for every account.
    for (let j = 0; j < i; j++) {
      if (alerts[j].percent === percent && alerts[j].type === type) {
        hits.push(hit(account, `budget.alerts[${i}] repeats the ${type} alert at ${percent} %; AWS Budgets rejects duplicate notifications: remove it.`, 'alerts', i));
        break;
      }
    }
  }
}

/** A hit on the account's budget, built only when there is a problem. */
function hit(account: Account, problem: string, ...path: (string | number)[]): RuleHit {
  return { message: `Account ${quote(account.name)}: ${problem}`, path: ['accounts', account.index, 'budget', ...path], account: account.name };
}

interface RawBudget {
  readonly alerts?: unknown;
  readonly recipients?: unknown;
}

/** The account's budget as written, to tell given values from defaults. */
function rawBudget(input: RuleInput, account: Account): RawBudget | undefined {
  const accounts = input.head.raw.accounts;
  const entry: unknown = Array.isArray(accounts) ? accounts[account.index] : undefined;
  const budget = typeof entry === 'object' && entry !== null ? (entry as { budget?: unknown }).budget : undefined;
  return typeof budget === 'object' && budget !== null && !Array.isArray(budget) ? (budget as RawBudget) : undefined;
}

/** Email address -> its problem: the same few recipients recur on thousands of accounts. */
type EmailVerdicts = Map<string, string | undefined>;

function recipientHits(
  input: RuleInput, account: Account, raw: RawBudget | undefined, reportedTeams: Map<string, string | undefined>, checked: EmailVerdicts, hits: RuleHit[],
): void {
  const recipients = account.budget.recipients;
  // A recipients value that is not a list is `schema`'s finding; the defaults then stand in.
  if (!Array.isArray(raw?.recipients)) {
    // Defaulted to the owner team's email. An unknown owner is account-owner-known's finding.
    const teams = input.head.catalog.teams;
    if (!Object.prototype.hasOwnProperty.call(teams, account.owner)) return;
    const email = teams[account.owner].email;
    if (email === undefined) {
      hits.push(hit(account, `budget alerts have no recipient: set budget.recipients, or give team ${quote(account.owner)} an email.`));
      return;
    }
    if (reportedTeams.has(account.owner)) return;
    const problem = emailProblem(email);
    reportedTeams.set(account.owner, problem);
    if (problem !== undefined) {
      hits.push({ message: `Team ${quote(account.owner)}: email ${quote(email)} (the default budget alert recipient) ${problem}.`, path: ['teams', account.owner, 'email'] });
    }
    return;
  }
  if (recipients.length === 0 || recipients.length > RECIPIENTS_MAX) {
    const fix = recipients.length === 0 ? 'add one, or remove recipients to use the owner team\'s email' : 'remove some, or use a mailing list';
    hits.push(hit(account, `budget.recipients has ${recipients.length} addresses; AWS Budgets allows 1-${RECIPIENTS_MAX} email subscribers per alert: ${fix}.`, 'recipients'));
  }
  for (let i = 0; i < recipients.length; i++) {
    const email = recipients[i];
    let problem = checked.get(email);
    if (problem === undefined && !checked.has(email)) checked.set(email, (problem = emailProblem(email)));
    if (problem !== undefined) {
      hits.push(hit(account, `budget recipient ${quote(email)} ${problem}.`, 'recipients', i));
    } else if (recipients.slice(0, i).some((earlier) => earlier.toLowerCase() === email.toLowerCase())) {
      hits.push(hit(account, `budget recipient ${quote(email)} is listed twice: remove the duplicate.`, 'recipients', i));
    }
  }
}
