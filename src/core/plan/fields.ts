import type { Account, FieldChange } from '../model';
import { sameSet, sameValue } from './canonical';

/** A compared field: its plan path, how to read it, and whether its list order is meaningless. */
interface Field {
  readonly path: string;
  readonly read: (a: Account) => unknown;
  readonly unordered?: boolean;
}

// The order of this list is the order of `fields` in a change (spec section 4); tags go before access.
const LEADING: readonly Field[] = [
  { path: 'name', read: (a) => a.name },
  { path: 'email', read: (a) => a.email },
  { path: 'owner', read: (a) => a.owner },
  { path: 'environment', read: (a) => a.environment },
  { path: 'ou', read: (a) => a.ou },
  { path: 'state', read: (a) => a.state },
  { path: 'id', read: (a) => a.id },
  { path: 'iamUsers', read: (a) => a.iamUsers },
  { path: 'budget.monthlyUsd', read: (a) => a.budget?.monthlyUsd },
  { path: 'budget.alerts', read: (a) => a.budget?.alerts, unordered: true },
  { path: 'budget.recipients', read: (a) => a.budget?.recipients, unordered: true },
];
const ACCESS: Field = { path: 'access', read: (a) => a.access, unordered: true };

/**
 * The fields that differ between two sides of one account, `from` base and `to` head.
 * A side that is absent (no account, or no value) is left out of the entry. Lists of alerts,
 * recipients and access assignments are sets: reordering them is not a change.
 */
export function fieldChanges(base: Account | undefined, head: Account | undefined): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of LEADING) compareField(field, base, head, changes);
  compareTags(base, head, changes);
  compareField(ACCESS, base, head, changes);
  return changes;
}

function compareField(field: Field, base: Account | undefined, head: Account | undefined, changes: FieldChange[]): void {
  const from = base ? present(field.read(base)) : undefined;
  const to = head ? present(field.read(head)) : undefined;
  if (from === undefined && to === undefined) return;
  if (from !== undefined && to !== undefined) {
    const same = field.unordered && Array.isArray(from) && Array.isArray(to) ? sameSet(from, to) : sameValue(from, to);
    if (same) return;
  }
  changes.push(entry(field.path, from, to));
}

/** One `tags.<key>` entry per added, removed or changed key. */
function compareTags(base: Account | undefined, head: Account | undefined, changes: FieldChange[]): void {
  const from = base?.tags ?? {};
  const to = head?.tags ?? {};
  if (base && head && sameValue(from, to)) return; // the common case: allocate nothing
  for (const key of tagKeys(from, to)) {
    const a = base && Object.prototype.hasOwnProperty.call(from, key) ? from[key] : undefined;
    const b = head && Object.prototype.hasOwnProperty.call(to, key) ? to[key] : undefined;
    if (a !== b) changes.push(entry(`tags.${key}`, a, b));
  }
}

/** An empty list counts as absent, so a new account does not list `access: []`. */
function present(value: unknown): unknown {
  if (value === null || (Array.isArray(value) && value.length === 0)) return undefined;
  return value;
}

function entry(path: string, from: unknown, to: unknown): FieldChange {
  // Built key by key so the JSON form is always { path, from, to } in that order.
  const change: { path: string; from?: unknown; to?: unknown } = { path };
  if (from !== undefined) change.from = from;
  if (to !== undefined) change.to = to;
  return change;
}

/** Tag keys of both sides, sorted by code unit (locale-independent, so the plan is deterministic). */
function tagKeys(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}
