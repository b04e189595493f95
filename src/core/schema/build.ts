import { DEFAULT_NAMING_PATTERN } from './catalog-schema';
import type {
  AccessAssignment, Account, AlertType, ApprovalPolicy, Budget, BudgetAlert, Catalog, Environment, Organization, Policy, RuleSetting, Team,
} from '../model';

// Builds the typed catalog from raw merged data, applying spec section 2's defaults.
// It never throws and never trusts a type: the `schema` rule has already reported every wrong
// shape, so here a broken optional field silently becomes its default. An account is kept
// whenever its name (or an unquoted number name) and its email are text, so a typo elsewhere never
// looks like a removal.

export const DEFAULT_ENVIRONMENTS: Readonly<Record<string, Environment>> = {
  dev: { production: false },
  staging: { production: false },
  prod: { production: true },
};

export const DEFAULT_ALERTS: readonly BudgetAlert[] = [
  { percent: 80, type: 'actual' },
  { percent: 100, type: 'actual' },
  { percent: 100, type: 'forecasted' },
];

export const DEFAULT_POLICY: Policy = {
  budget: {
    defaultMonthlyUsd: 500,
    approvalThresholdUsd: 500,
    approval: { label: 'finance-approved', teams: [], users: [], allowAuthor: false },
  },
  closing: {
    approval: { label: 'account-closure-approved', teams: [], users: [], allowAuthor: false },
    quota: { percent: 20, minimum: 250, maximum: 1000 },
  },
  access: { productionStandingPermissionSets: ['ReadOnlyAccess', 'ViewOnlyAccess'], mode: 'additive' },
  rules: {},
};

export function buildCatalog(data: Record<string, unknown>): Catalog {
  const organization = buildOrganization(data.organization);
  const teams = buildTeams(data.teams);
  const policy = buildPolicy(data.policy);
  const rawEnvironments = data.environments;
  const environments = isMapping(rawEnvironments) ? buildEnvironments(rawEnvironments) : DEFAULT_ENVIRONMENTS;
  const accounts: Account[] = [];
  if (Array.isArray(data.accounts)) {
    const defaultBudgets = new Map<string | undefined, Budget>();
    data.accounts.forEach((raw, index) => {
      const account = buildAccount(raw, index, teams, policy, defaultBudgets);
      if (account) accounts.push(account);
    });
  }
  return {
    version: 1,
    organization,
    environments,
    teams,
    organizationalUnits: strings(data.organizationalUnits),
    policy,
    accounts,
  };
}

function buildOrganization(raw: unknown): Organization {
  const org = mapping(raw);
  const naming = mapping(org.naming);
  const managementAccountId = idText(org.managementAccountId);
  const identityCenter = mapping(org.identityCenter);
  return {
    ...(managementAccountId !== undefined ? { managementAccountId } : {}),
    ...(typeof identityCenter.region === 'string'
      ? { identityCenter: { region: identityCenter.region, ...(typeof identityCenter.instanceArn === 'string' ? { instanceArn: identityCenter.instanceArn } : {}) } }
      : {}),
    ...(Array.isArray(org.allowedEmailDomains) ? { allowedEmailDomains: strings(org.allowedEmailDomains) } : {}),
    naming: {
      pattern: typeof naming.pattern === 'string' ? naming.pattern : DEFAULT_NAMING_PATTERN,
      environmentSuffix: typeof naming.environmentSuffix === 'boolean' ? naming.environmentSuffix : false,
    },
  };
}

function buildEnvironments(raw: Record<string, unknown>): Record<string, Environment> {
  const environments: Record<string, Environment> = record();
  for (const [name, value] of Object.entries(raw)) {
    environments[name] = { production: mapping(value).production === true };
  }
  return environments;
}

function buildTeams(raw: unknown): Record<string, Team> {
  const teams: Record<string, Team> = record();
  for (const [key, value] of Object.entries(mapping(raw))) {
    const team = mapping(value);
    teams[key] = {
      ...(typeof team.github === 'string' ? { github: team.github } : {}),
      ...(typeof team.email === 'string' ? { email: team.email } : {}),
    };
  }
  return teams;
}

function buildPolicy(raw: unknown): Policy {
  const policy = mapping(raw);
  const budget = mapping(policy.budget);
  const closing = mapping(policy.closing);
  const quota = mapping(closing.quota);
  const access = mapping(policy.access);
  const d = DEFAULT_POLICY;
  const rules: Record<string, RuleSetting> = record();
  for (const [name, setting] of Object.entries(mapping(policy.rules))) {
    if (setting === 'error' || setting === 'warn' || setting === 'off') rules[name] = setting;
  }
  return {
    budget: {
      defaultMonthlyUsd: positive(budget.defaultMonthlyUsd) ?? d.budget.defaultMonthlyUsd,
      approvalThresholdUsd: nonNegative(budget.approvalThresholdUsd) ?? d.budget.approvalThresholdUsd,
      approval: buildApproval(budget.approval, d.budget.approval),
    },
    closing: {
      approval: buildApproval(closing.approval, d.closing.approval),
      quota: {
        percent: nonNegative(quota.percent) ?? d.closing.quota.percent,
        minimum: nonNegative(quota.minimum) ?? d.closing.quota.minimum,
        maximum: nonNegative(quota.maximum) ?? d.closing.quota.maximum,
      },
      // A path like /Closed (the schema checks it); anything else is left out.
      ...(typeof closing.ou === 'string' && closing.ou.startsWith('/') ? { ou: closing.ou } : {}),
    },
    access: {
      productionStandingPermissionSets: Array.isArray(access.productionStandingPermissionSets)
        ? strings(access.productionStandingPermissionSets)
        : d.access.productionStandingPermissionSets,
      mode: access.mode === 'authoritative' ? 'authoritative' : 'additive',
    },
    rules,
  };
}

function buildApproval(raw: unknown, fallback: ApprovalPolicy): ApprovalPolicy {
  const approval = mapping(raw);
  return {
    label: typeof approval.label === 'string' && approval.label !== '' ? approval.label : fallback.label,
    teams: Array.isArray(approval.teams) ? strings(approval.teams) : fallback.teams,
    users: Array.isArray(approval.users) ? strings(approval.users) : fallback.users,
    // Only a literal true opts out of separation of duties.
    allowAuthor: approval.allowAuthor === true,
  };
}

function buildAccount(
  raw: unknown, index: number, teams: Readonly<Record<string, Team>>, policy: Policy, defaultBudgets: Map<string | undefined, Budget>,
): Account | undefined {
  if (!isMapping(raw)) return undefined;
  // An unquoted number name (name: 2048) is reported by `schema`; keep its text so the account does not vanish.
  const name = typeof raw.name === 'number' && Number.isFinite(raw.name) ? String(raw.name) : raw.name;
  if (typeof name !== 'string' || typeof raw.email !== 'string') return undefined;
  const owner = text(raw.owner);
  const teamEmail = Object.prototype.hasOwnProperty.call(teams, owner) ? teams[owner].email : undefined;
  const account: { -readonly [K in keyof Account]: Account[K] } = {
    name,
    email: raw.email,
    owner,
    environment: text(raw.environment),
    ou: text(raw.ou),
    state: raw.state === 'closed' ? 'closed' : 'active',
    budget: isMapping(raw.budget) ? buildBudget(raw.budget, teamEmail, policy) : defaultBudget(teamEmail, policy, defaultBudgets),
    tags: buildTags(raw.tags),
    access: buildAccess(raw.access),
    iamUsers: raw.iamUsers === true,
    index,
  };
  const id = idText(raw.id);
  if (id !== undefined) account.id = id;
  return account;
}

function buildTags(raw: unknown): Readonly<Record<string, string>> {
  if (!isMapping(raw)) return NO_TAGS;
  // No prototype: `key in tags` and tags[key] then see only tags, never "constructor" or "toString".
  const tags: Record<string, string> = record();
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    // A number or boolean tag value is reported by `schema`; keep its text so the plan stays stable.
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') tags[key] = String(value);
  }
  return tags;
}

/** Accounts without a budget share one default budget per owner team email (10k accounts, a few teams). */
function defaultBudget(teamEmail: string | undefined, policy: Policy, cache: Map<string | undefined, Budget>): Budget {
  let budget = cache.get(teamEmail);
  if (budget === undefined) {
    budget = Object.freeze(buildBudget(EMPTY, teamEmail, policy));
    cache.set(teamEmail, budget);
  }
  return budget;
}

function buildBudget(raw: unknown, teamEmail: string | undefined, policy: Policy): Budget {
  const budget = mapping(raw);
  // Any number is kept, even Infinity (1e309): budget-amount reports it with a clear message.
  const monthlyUsd = typeof budget.monthlyUsd === 'number' ? budget.monthlyUsd : policy.budget.defaultMonthlyUsd;
  const alerts: BudgetAlert[] = [];
  if (Array.isArray(budget.alerts)) {
    for (const item of budget.alerts) {
      const alert = mapping(item);
      if (typeof alert.percent !== 'number') continue;
      alerts.push({ percent: alert.percent, type: alertType(alert.type) });
    }
  }
  return {
    monthlyUsd,
    alerts: Array.isArray(budget.alerts) ? alerts : DEFAULT_ALERTS,
    recipients: Array.isArray(budget.recipients) ? strings(budget.recipients) : teamEmail !== undefined ? [teamEmail] : [],
  };
}

function alertType(raw: unknown): AlertType {
  return raw === 'forecasted' ? 'forecasted' : 'actual';
}

function buildAccess(raw: unknown): readonly AccessAssignment[] {
  if (!Array.isArray(raw) || raw.length === 0) return NO_ACCESS;
  const access: AccessAssignment[] = [];
  for (const item of raw) {
    const entry = mapping(item);
    const permissionSet = entry.permissionSet;
    if (typeof permissionSet !== 'string') continue;
    const group = typeof entry.group === 'string' ? entry.group : undefined;
    const user = typeof entry.user === 'string' ? entry.user : undefined;
    // Literal objects, not spreads: one shape per case, and no throwaway objects.
    if (group !== undefined && user !== undefined) access.push({ group, user, permissionSet });
    else if (group !== undefined) access.push({ group, permissionSet });
    else if (user !== undefined) access.push({ user, permissionSet });
    else access.push({ permissionSet });
  }
  return access;
}

/** A reference field as text: an unquoted number or boolean keeps its text (`schema` reports it); anything else is ''. */
function text(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  if ((typeof raw === 'number' && Number.isFinite(raw)) || typeof raw === 'boolean') return String(raw);
  return '';
}

/** An account id as text. An unquoted id (a YAML number) is reported by `schema` and kept as its digits. */
function idText(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0) return String(raw);
  return undefined;
}

/** A record without a prototype, so a key such as "__proto__" is just a key. */
function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const EMPTY: Readonly<Record<string, unknown>> = Object.freeze({});
const NO_TAGS: Readonly<Record<string, string>> = Object.freeze(record<string>());
const NO_ACCESS: readonly AccessAssignment[] = Object.freeze([]);

function mapping(value: unknown): Readonly<Record<string, unknown>> {
  return isMapping(value) ? value : EMPTY;
}

/** The strings of a list; the list itself when it holds only strings (the usual case: no copy). */
function strings(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.every((v) => typeof v === 'string') ? (value as string[]) : value.filter((v): v is string => typeof v === 'string');
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

function nonNegative(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}
