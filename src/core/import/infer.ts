// `account-catalog import`, the pure part: the live organization -> a catalog document, and every
// guess it made. No I/O: the AWS adapter reads, the CLI writes.
import { DEFAULT_ALERTS, DEFAULT_POLICY } from '../schema/build';
import { DEFAULT_NAMING_PATTERN } from '../schema/catalog-schema';
import { emailProblem } from '../rules/account-email-format';
import { sameSet } from '../plan/canonical';
import { isCatalogNotification } from '../plan/live-budget';
import type { BudgetAlert, LiveAccount, LiveOrganization } from '../model';
import {
  DEFAULT_ENVIRONMENT_KEYS, PRODUCTION_KEY, UNCLASSIFIED_ENVIRONMENT, environmentOfTag, environmentOfWord, nameSuffix, slug,
} from './environments';

export interface ImportOptions {
  /** Tag whose value names the owning team; default the first of owner, team, Owner, Team. */
  readonly ownerTag?: string;
  /** Tag whose value names the environment; default environment, env (also Environment, Env). */
  readonly environmentTag?: string;
}

export const DEFAULT_OWNER_TAGS = ['owner', 'team', 'Owner', 'Team'];
export const DEFAULT_ENVIRONMENT_TAGS = ['environment', 'env', 'Environment', 'Env'];
/** Accounts without an owner tag belong to this team until someone decides. */
export const UNASSIGNED_TEAM = 'unassigned';
/** More names than this outside kebab-case and the pattern stops listing them one by one. */
const MAX_LISTED_NAMES = 50;

/** A plain, key-ordered YAML-ready value. */
export type Entry = Record<string, unknown>;

export interface ImportedAccount {
  readonly entry: Entry;
  readonly name: string;
  readonly owner: string;
  readonly ou: string;
  readonly environment: string;
  /** YAML comment above the entry: what a human should check. */
  readonly notes: readonly string[];
}

export interface ImportedTeam {
  readonly key: string;
  readonly email: string;
  /** Where the email came from, when it is a guess. */
  readonly note?: string;
}

/** Counts of each inference, for the summary. */
export interface Inference {
  ownerFromTag: number;
  readonly ownerMissing: string[];
  environmentFromTag: number;
  readonly environmentFromOu: string[];
  readonly environmentFromName: string[];
  readonly environmentMissing: string[];
  readonly closed: string[];
  readonly namesOutsideKebabCase: string[];
}

export interface ImportedCatalog {
  /** version, organization, environments, teams, organizationalUnits, policy (in that order). */
  readonly header: Entry;
  readonly teams: readonly ImportedTeam[];
  /** Sorted by OU path, then name, then id. */
  readonly accounts: readonly ImportedAccount[];
  readonly inference: Inference;
  /** Things a human must decide, one line each. */
  readonly decisions: string[];
  /** Environments declared beyond the defaults, with their production flag as guessed. */
  readonly guessedEnvironments: readonly string[];
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Builds the catalog that describes `live` as it is (spec section 9). */
export function inferCatalog(live: LiveOrganization, options: ImportOptions = {}): ImportedCatalog {
  const ownerTags = options.ownerTag ? [options.ownerTag] : DEFAULT_OWNER_TAGS;
  const environmentTags = options.environmentTag ? [options.environmentTag] : DEFAULT_ENVIRONMENT_TAGS;
  const decisions: string[] = [];
  const inference: Inference = {
    ownerFromTag: 0, ownerMissing: [], environmentFromTag: 0, environmentFromOu: [], environmentFromName: [], environmentMissing: [], closed: [], namesOutsideKebabCase: [],
  };

  const sorted = [...live.accounts].sort((a, b) => byCodePoint(a.ou, b.ou) || byCodePoint(a.name, b.name) || byCodePoint(a.id, b.id));

  // Environments named by tags first: an OU or a name suffix may use one of them.
  const tagged = new Map<string, string | undefined>();
  for (const account of sorted) tagged.set(account.id, tagValue(account, environmentTags, (v) => environmentOfTag(v)));
  const known = new Set<string>([...DEFAULT_ENVIRONMENT_KEYS, ...[...tagged.values()].filter((v): v is string => v !== undefined)]);

  // Owners, and the email each team's budget alerts go to.
  const owners = new Map<string, string>(); // account id -> team key
  const ownerEmails = new Map<string, Set<string>>(); // team key -> emails given as the owner tag
  for (const account of sorted) {
    const value = tagValue(account, ownerTags, (v) => (v.trim() === '' ? undefined : v.trim()));
    if (value === undefined) {
      owners.set(account.id, UNASSIGNED_TEAM);
      inference.ownerMissing.push(account.name);
      continue;
    }
    inference.ownerFromTag++;
    const isEmail = emailProblem(value) === undefined;
    const key = slug(isEmail ? value.slice(0, value.indexOf('@')) : value) || UNASSIGNED_TEAM;
    owners.set(account.id, key);
    if (isEmail) (ownerEmails.get(key) ?? ownerEmails.set(key, new Set()).get(key)!).add(value);
  }
  const teams = inferTeams(sorted, owners, ownerEmails, live);
  const teamEmail = new Map(teams.map((t) => [t.key, t.email.toLowerCase()]));

  const accounts: ImportedAccount[] = [];
  const usedEnvironments = new Set<string>();
  for (const account of sorted) {
    const notes: string[] = [];
    const owner = owners.get(account.id)!;
    if (owner === UNASSIGNED_TEAM) notes.push(`owner: no ${ownerTags.join('/')} tag; choose the owning team`);
    const environment = inferEnvironment(account, tagged.get(account.id), known, inference, notes);
    usedEnvironments.add(environment);
    const closed = account.status !== 'ACTIVE';
    if (closed) inference.closed.push(account.name);
    const entry: Entry = { name: account.name, email: account.email, owner, environment, ou: account.ou, id: account.id };
    if (closed) {
      entry.state = 'closed';
      notes.push(`state: closed because AWS says ${account.status}`);
    }
    const budget = closed ? undefined : budgetEntry(account, teamEmail.get(owner), notes, decisions);
    if (budget) entry.budget = budget;
    const tags = ownTags(account.tags);
    if (Object.keys(tags).length > 0) entry.tags = tags;
    accounts.push({ entry, name: account.name, owner, ou: account.ou, environment, notes });
  }

  const environments: Entry = {};
  const guessedEnvironments: string[] = [];
  const environmentKeys = [...DEFAULT_ENVIRONMENT_KEYS, ...[...usedEnvironments].filter((e) => !(DEFAULT_ENVIRONMENT_KEYS as readonly string[]).includes(e)).sort(byCodePoint)];
  for (const key of environmentKeys) {
    // An environment import cannot classify gets the stricter production rules until someone decides.
    const production = key === PRODUCTION_KEY || key === UNCLASSIFIED_ENVIRONMENT;
    environments[key] = { production };
    if (!(DEFAULT_ENVIRONMENT_KEYS as readonly string[]).includes(key)) guessedEnvironments.push(key);
  }

  const organization: Entry = {};
  if (live.managementAccountId) organization.managementAccountId = live.managementAccountId;
  const naming = namingFor(sorted, inference);
  if (naming) organization.naming = naming;

  const header: Entry = {
    version: 1,
    organization,
    environments,
    teams: Object.fromEntries(teams.map((t) => [t.key, { email: t.email }])),
    organizationalUnits: organizationalUnits(live),
    policy: {
      budget: {
        defaultMonthlyUsd: DEFAULT_POLICY.budget.defaultMonthlyUsd,
        approvalThresholdUsd: DEFAULT_POLICY.budget.approvalThresholdUsd,
        approval: { label: DEFAULT_POLICY.budget.approval.label, teams: [], users: [] },
      },
      closing: { approval: { label: DEFAULT_POLICY.closing.approval.label, teams: [], users: [] } },
    },
  };
  return { header, teams, accounts, inference, decisions, guessedEnvironments };
}

/** The first of `keys` with a usable value. Suspended accounts have no tags read. */
function tagValue(account: LiveAccount, keys: readonly string[], use: (value: string) => string | undefined): string | undefined {
  for (const key of keys) {
    const value = account.tags?.[key];
    if (value === undefined) continue;
    const used = use(value);
    if (used !== undefined) return used;
  }
  return undefined;
}

function inferEnvironment(account: LiveAccount, fromTag: string | undefined, known: ReadonlySet<string>, inference: Inference, notes: string[]): string {
  if (fromTag !== undefined) {
    inference.environmentFromTag++;
    return fromTag;
  }
  const segments = account.ou.split('/').filter((s) => s !== '').reverse();
  for (const segment of segments) {
    const environment = environmentOfWord(segment, known);
    if (environment) {
      inference.environmentFromOu.push(account.name);
      notes.push(`environment: guessed from the OU ${account.ou}`);
      return environment;
    }
  }
  const suffix = nameSuffix(account.name);
  const fromName = suffix === undefined ? undefined : environmentOfWord(suffix, known);
  if (fromName) {
    inference.environmentFromName.push(account.name);
    notes.push(`environment: guessed from the name suffix "${suffix}"`);
    return fromName;
  }
  inference.environmentMissing.push(account.name);
  notes.push(`environment: no tag, OU or name suffix names one; "${UNCLASSIFIED_ENVIRONMENT}" counts as production until you choose`);
  return UNCLASSIFIED_ENVIRONMENT;
}

/**
 * A team's email: the owner tag when it is an address, else the address most of its accounts'
 * budgets notify, else the management account's root email (a guess, marked).
 */
function inferTeams(
  accounts: readonly LiveAccount[], owners: ReadonlyMap<string, string>, ownerEmails: ReadonlyMap<string, Set<string>>, live: LiveOrganization,
): ImportedTeam[] {
  const recipients = new Map<string, Map<string, number>>();
  for (const account of accounts) {
    const key = owners.get(account.id)!;
    const counts = recipients.get(key) ?? recipients.set(key, new Map()).get(key)!;
    for (const r of account.budget?.recipients ?? []) counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  const management = live.accounts.find((a) => a.id === live.managementAccountId)?.email;
  const fallback = management && emailProblem(management) === undefined ? management : undefined;
  const keys = [...new Set(owners.values())].sort(byCodePoint);
  return keys.map((key) => {
    const given = [...(ownerEmails.get(key) ?? [])].sort(byCodePoint)[0];
    if (given) return { key, email: given };
    const common = [...(recipients.get(key) ?? new Map<string, number>())]
      .filter(([email]) => emailProblem(email) === undefined)
      .sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]))[0]?.[0];
    if (common) return { key, email: common, note: 'email: the address its accounts\' budgets notify most; check it' };
    const email = fallback ?? 'aws-budgets@example.com';
    return { key, email, note: fallback ? 'email: a placeholder (the management account\'s root email); set the team\'s address' : 'email: a placeholder; set the team\'s address' };
  });
}

function ownTags(tags: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const own: Record<string, string> = {};
  for (const key of Object.keys(tags ?? {}).sort(byCodePoint)) if (!/^aws:/i.test(key)) own[key] = tags![key];
  return own;
}

function alertKey(a: BudgetAlert): string {
  return `${a.type}:${a.percent}`;
}

/** The catalog budget of an account from its live `account-catalog-<id>` budget; undefined when it has none. */
function budgetEntry(account: LiveAccount, teamEmail: string | undefined, notes: string[], decisions: string[]): Entry | undefined {
  const live = account.budget;
  if (!live) return undefined;
  const entry: Entry = { monthlyUsd: Math.round(live.monthlyUsd * 100) / 100 };
  const alerts = [...live.alerts].sort((a, b) => byCodePoint(a.type, b.type) || a.percent - b.percent);
  if (alerts.length > 0 && !sameSet(alerts.map(alertKey), DEFAULT_ALERTS.map(alertKey))) {
    entry.alerts = alerts.map((a) => (a.type === 'actual' ? { percent: a.percent } : { percent: a.percent, type: a.type }));
  }
  const foreign = (live.notifications ?? []).some((n) => !isCatalogNotification(n));
  if (alerts.length === 0 || foreign) {
    notes.push('budget: its AWS alerts are not all percentage alerts; apply will replace them with these');
    decisions.push(`${account.name}: budget ${live.name ?? ''} has alerts the catalog cannot express (not "percent of budget, greater than"); apply would replace them.`);
  }
  const perNotification = (live.notifications ?? []).filter(isCatalogNotification).map((n) => n.recipients).filter((r): r is readonly string[] => r !== undefined);
  const sets = new Set(perNotification.map((r) => [...r].map((x) => x.toLowerCase()).sort().join(',')));
  if (sets.size > 1) {
    notes.push('budget: its alerts notify different people; the catalog gives every alert the same recipients');
    decisions.push(`${account.name}: its budget alerts notify different recipients; the catalog gives all alerts the same list, so apply would align them.`);
  }
  const recipients = live.recipients;
  if (recipients.length > 0 && !(teamEmail !== undefined && sameSet(recipients, [teamEmail]))) entry.recipients = [...recipients];
  return entry;
}

/** The OUs that exist, parents first; the root only when an account sits in it. */
function organizationalUnits(live: LiveOrganization): string[] {
  const paths = Object.keys(live.organizationalUnits).filter((p) => p !== '/');
  if (live.accounts.some((a) => a.ou === '/')) paths.push('/');
  return paths.sort(byCodePoint);
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** A naming convention that every existing (open) name passes: kebab-case, plus the names that are not. */
function namingFor(accounts: readonly LiveAccount[], inference: Inference): Entry | undefined {
  const kebab = new RegExp(DEFAULT_NAMING_PATTERN, 'u');
  const others = [...new Set(accounts.filter((a) => a.status === 'ACTIVE' && !kebab.test(a.name)).map((a) => a.name))].sort(byCodePoint);
  inference.namesOutsideKebabCase.push(...others);
  if (others.length === 0) return undefined;
  if (others.length > MAX_LISTED_NAMES) return { pattern: '^[ -~]+$' };
  return { pattern: `^(?:${DEFAULT_NAMING_PATTERN.slice(1, -1)}|${others.map(escapeRegExp).join('|')})$` };
}
