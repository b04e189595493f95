import type { Account, FieldChange } from '../model';
import { accessChanges } from './access';
import { sameSet, sameValue } from './canonical';

/**
 * The fields that differ between two sides of one account, `from` base and `to` head.
 * A side that is absent (no account, or no value) is left out of the entry. Lists of alerts,
 * recipients and access assignments are sets: reordering them is not a change.
 * The order of the entries is the order of `fields` in a change (spec section 4); tags go before
 * access. Fields are read one by one, not through a table of readers: the plan compares 10k accounts.
 */
export function fieldChanges(base: Account | undefined, head: Account | undefined): FieldChange[] {
  const changes: FieldChange[] = [];
  compareField('name', base?.name, head?.name, false, changes);
  compareField('email', base?.email, head?.email, false, changes);
  compareField('owner', base?.owner, head?.owner, false, changes);
  compareField('environment', base?.environment, head?.environment, false, changes);
  compareField('ou', base?.ou, head?.ou, false, changes);
  compareField('state', base?.state, head?.state, false, changes);
  compareField('id', base?.id, head?.id, false, changes);
  compareField('iamUsers', base?.iamUsers, head?.iamUsers, false, changes);
  compareField('budget.monthlyUsd', base?.budget?.monthlyUsd, head?.budget?.monthlyUsd, false, changes);
  compareField('budget.alerts', base?.budget?.alerts, head?.budget?.alerts, true, changes);
  compareField('budget.recipients', base?.budget?.recipients, head?.budget?.recipients, true, changes);
  compareTags(base, head, changes);
  // One `access` entry per group × permission set added or removed (src/core/plan/access.ts).
  if (base?.access !== head?.access) accessChanges(base?.access, head?.access, changes);
  return changes;
}

function compareField(path: string, base: unknown, head: unknown, unordered: boolean, changes: FieldChange[]): void {
  if (base === head && (base === undefined || typeof base !== 'object')) return; // the common case: same scalar
  const from = present(base);
  const to = present(head);
  if (from === undefined && to === undefined) return;
  if (from !== undefined && to !== undefined) {
    const same = unordered && Array.isArray(from) && Array.isArray(to) ? sameSet(from, to) : sameValue(from, to);
    if (same) return;
  }
  changes.push(entry(path, from, to));
}

/** One `tags.<key>` entry per added, removed or changed key. */
function compareTags(base: Account | undefined, head: Account | undefined, changes: FieldChange[]): void {
  const from = base?.tags ?? {};
  const to = head?.tags ?? {};
  if (base && head && sameTags(from, to)) return; // the common case
  for (const key of tagKeys(from, to)) {
    const a = base && Object.prototype.hasOwnProperty.call(from, key) ? from[key] : undefined;
    const b = head && Object.prototype.hasOwnProperty.call(to, key) ? to[key] : undefined;
    if (a !== b) changes.push(entry(`tags.${key}`, a, b));
  }
}

/** Equality of two tag records: values are strings, so `===` per key is sameValue (a key b lacks never reads as a string). */
function sameTags(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
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
