// IAM Identity Center access (spec section 10), pure: the catalog's `access` entries against each
// other (the plan) and against the assignments AWS has (drift and the assign/unassign steps).
import type {
  AccessAssignment, Account, Catalog, CheckedCatalog, FieldChange, Finding, LiveAccount, LiveAssignment, LiveIdentityCenter, LiveOrganization, LiveStep, NodePath,
} from '../model';
import { isProduction } from '../rules/production-access';
import { didYouMean } from '../schema/did-you-mean';
import { quote } from '../schema/display';

/** An access entry as a plan value: `{ group, permissionSet }` (or `user`), keys in that order. */
export function accessValue(entry: AccessAssignment): Record<string, string> {
  const value: Record<string, string> = {};
  if (entry.group !== undefined) value.group = entry.group;
  if (entry.user !== undefined) value.user = entry.user;
  value.permissionSet = entry.permissionSet;
  return value;
}

function entryKey(entry: AccessAssignment): string {
  return `${entry.group ?? ''}\u0000${entry.user ?? ''}\u0000${entry.permissionSet}`;
}

/**
 * One `access` field per group × permission set that the change removes (`from`) or adds (`to`).
 * The entries are a set: reordering them is no change, and an entry listed twice counts once.
 */
export function accessChanges(base: readonly AccessAssignment[] | undefined, head: readonly AccessAssignment[] | undefined, changes: FieldChange[]): void {
  const from = base ?? [];
  const to = head ?? [];
  if (from.length === 0 && to.length === 0) return;
  const before = new Set(from.map(entryKey));
  const after = new Set(to.map(entryKey));
  const seen = new Set<string>();
  for (const entry of from) {
    const key = entryKey(entry);
    if (after.has(key) || seen.has(key)) continue;
    seen.add(key);
    changes.push({ path: 'access', from: accessValue(entry) });
  }
  for (const entry of to) {
    const key = entryKey(entry);
    if (before.has(key) || seen.has(key)) continue;
    seen.add(key);
    changes.push({ path: 'access', to: accessValue(entry) });
  }
}

/** The key of one assignment on one account. */
function assignmentKey(principalType: string, principalId: string, permissionSetArn: string): string {
  return `${principalType}\u0000${principalId}\u0000${permissionSetArn}`;
}

interface Resolved {
  readonly entry: AccessAssignment;
  readonly principalId: string;
  readonly permissionSetArn: string;
}

/** The catalog entries of an account that name a known group and permission set, once each. */
function resolvedEntries(account: Account, ic: LiveIdentityCenter): Resolved[] {
  const result: Resolved[] = [];
  const seen = new Set<string>();
  for (const entry of account.access) {
    if (entry.group === undefined || entry.user !== undefined) continue;
    const principalId = Object.prototype.hasOwnProperty.call(ic.groups, entry.group) ? ic.groups[entry.group] : null;
    const permissionSetArn = Object.prototype.hasOwnProperty.call(ic.permissionSets, entry.permissionSet) ? ic.permissionSets[entry.permissionSet] : undefined;
    if (!principalId || !permissionSetArn) continue;
    const key = assignmentKey('GROUP', principalId, permissionSetArn);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ entry, principalId, permissionSetArn });
  }
  return result;
}

/** Names for AWS ids, so an extra assignment reads as `group × permission set` where the names are known. */
export interface AccessNames {
  readonly group: (principalType: string, principalId: string) => string;
  readonly permissionSet: (arn: string) => string;
}

export function accessNames(ic: LiveIdentityCenter, more: { readonly groups?: Readonly<Record<string, string>> } = {}): AccessNames {
  const groups = new Map<string, string>();
  for (const [name, id] of Object.entries(ic.groups)) if (id) groups.set(id, name);
  for (const [id, name] of Object.entries(more.groups ?? {})) if (!groups.has(id)) groups.set(id, name);
  const sets = new Map<string, string>();
  for (const [name, arn] of Object.entries(ic.permissionSets)) sets.set(arn, name);
  return {
    group: (type, id) => (type === 'GROUP' && groups.has(id) ? (groups.get(id) as string) : `${type} ${id}`),
    permissionSet: (arn) => sets.get(arn) ?? arn,
  };
}

export interface AccountAccess {
  /** Catalog entries AWS lacks (from: the entry). */
  readonly missing: readonly FieldChange[];
  /** Assignments AWS has that the catalog lacks (to: the assignment, `extra: true`). */
  readonly extra: readonly FieldChange[];
  readonly assign: readonly LiveStep[];
  readonly unassign: readonly LiveStep[];
}

const NOTHING: AccountAccess = { missing: [], extra: [], assign: [], unassign: [] };

/**
 * One account's access against AWS. `live` undefined: the account does not exist yet, so every
 * entry is assigned once it does. Unassign steps only in authoritative mode, and only on accounts
 * whose assignments were read (the catalog manages them).
 */
export function compareAccess(catalog: Catalog, account: Account, live: LiveAccount | undefined, org: LiveOrganization): AccountAccess {
  const ic = org.identityCenter;
  if (!catalog.organization.identityCenter || !ic || account.state !== 'active') return NOTHING;
  if (live && !live.access) return NOTHING;
  const production = isProduction(catalog.environments, account.environment);
  const wanted = resolvedEntries(account, ic);
  const have = new Set((live?.access ?? []).map((a) => assignmentKey(a.principalType, a.principalId, a.permissionSetArn)));
  const step = (kind: 'assign-access' | 'unassign-access', group: string, permissionSet: string, a: LiveAssignment): LiveStep => ({
    kind,
    account: account.name,
    ...(live ? { id: live.id } : {}),
    group,
    permissionSet,
    principalId: a.principalId,
    principalType: a.principalType,
    permissionSetArn: a.permissionSetArn,
    ...(production ? { production: true } : {}),
  });
  const missing: FieldChange[] = [];
  const assign: LiveStep[] = [];
  const wantedKeys = new Set<string>();
  for (const w of wanted) {
    const key = assignmentKey('GROUP', w.principalId, w.permissionSetArn);
    wantedKeys.add(key);
    if (have.has(key)) continue;
    missing.push({ path: 'access', from: accessValue(w.entry) });
    assign.push(step('assign-access', w.entry.group as string, w.entry.permissionSet, { principalType: 'GROUP', principalId: w.principalId, permissionSetArn: w.permissionSetArn }));
  }
  const extra: FieldChange[] = [];
  const unassign: LiveStep[] = [];
  const names = accessNames(ic);
  const authoritative = catalog.policy.access.mode === 'authoritative';
  for (const a of live?.access ?? []) {
    if (wantedKeys.has(assignmentKey(a.principalType, a.principalId, a.permissionSetArn))) continue;
    const group = names.group(a.principalType, a.principalId);
    const permissionSet = names.permissionSet(a.permissionSetArn);
    extra.push({ path: 'access', to: { group, permissionSet, extra: true } });
    if (authoritative) unassign.push(step('unassign-access', group, permissionSet, a));
  }
  return { missing: live ? missing : [], extra, assign, unassign };
}

/** A problem with the catalog's access entries that AWS revealed: an error finding at `path`. */
export interface AccessProblem {
  readonly path: NodePath;
  readonly message: string;
  readonly account?: string;
}

/**
 * What stops access from being applied, found before any change: Identity Center not usable, a
 * group or permission set that does not exist, a user entry (only groups are assigned).
 */
export function accessProblems(catalog: Catalog, live: LiveOrganization): AccessProblem[] {
  if (!catalog.organization.identityCenter) return [];
  if (live.identityCenterProblem) return [{ path: ['organization', 'identityCenter'], message: live.identityCenterProblem }];
  const ic = live.identityCenter;
  if (!ic) return [];
  const problems: AccessProblem[] = [];
  const setNames = Object.keys(ic.permissionSets);
  for (const account of catalog.accounts) {
    if (account.state !== 'active') continue;
    account.access.forEach((entry, i) => {
      const at = (field: string): NodePath => ['accounts', account.index, 'access', i, field];
      if (entry.user !== undefined) {
        problems.push({
          path: at('user'),
          account: account.name,
          message: `Account ${quote(account.name)}: Identity Center access is assigned to groups only, not to user ${quote(entry.user)}. Put the user in a group and name the group here.`,
        });
        return;
      }
      if (entry.group !== undefined && ic.groups[entry.group] === null) {
        problems.push({
          path: at('group'),
          account: account.name,
          message: `Account ${quote(account.name)}: the identity store has no group with display name ${quote(entry.group)}. Create it (or sync it from your identity provider), or fix the name; names are case-sensitive.`,
        });
      }
      if (!Object.prototype.hasOwnProperty.call(ic.permissionSets, entry.permissionSet)) {
        const near = didYouMean(entry.permissionSet, setNames);
        problems.push({
          path: at('permissionSet'),
          account: account.name,
          message: `Account ${quote(account.name)}: Identity Center has no permission set named ${quote(entry.permissionSet)}${near ? ` (did you mean ${quote(near)}?)` : ''}. Create it first, or fix the name.`,
        });
      }
    });
  }
  return problems;
}

/** The catalog's distinct group display names (active accounts), in first-seen order: what apply must resolve. */
export function catalogGroups(catalog: Catalog): string[] {
  const groups = new Set<string>();
  for (const account of catalog.accounts) {
    if (account.state !== 'active') continue;
    for (const entry of account.access) if (entry.group !== undefined) groups.add(entry.group);
  }
  return [...groups];
}

/** Said once by `plan --live` and apply when the catalog has access entries but no organization.identityCenter. */
export function accessRulesOnlyNotice(catalog: Catalog): string | undefined {
  if (catalog.organization.identityCenter) return undefined;
  if (!catalog.accounts.some((a) => a.access.length > 0)) return undefined;
  return 'organization.identityCenter is not set: access entries are checked by rules only and not applied to IAM Identity Center.';
}

/** One line for an access value of the plan or drift: `group × permission set`, `(extra)` when marked. */
export function describeAccessValue(value: unknown): string {
  if (typeof value !== 'object' || value === null) return String(value ?? '');
  const v = value as { group?: unknown; user?: unknown; permissionSet?: unknown; extra?: unknown };
  const who = v.group !== undefined ? String(v.group) : v.user !== undefined ? `user ${String(v.user)}` : '?';
  return `${who} × ${String(v.permissionSet ?? '?')}${v.extra === true ? ' (extra)' : ''}`;
}

/** accessProblems as error findings at each entry's file and line (rule `access-known`). */
export function accessFindings(head: CheckedCatalog, live: LiveOrganization): Finding[] {
  return accessProblems(head.catalog, live).map((p) => ({
    rule: 'access-known',
    severity: 'error',
    message: p.message,
    ...head.source.locate(p.path),
    ...(p.account !== undefined ? { account: p.account } : {}),
  }));
}
