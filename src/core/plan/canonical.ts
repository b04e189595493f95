// Structural comparison of plain JSON-shaped data: object key order never matters;
// for lists that are sets (alerts, recipients, access) item order does not matter either.

/** A stable string for a plain value: objects with sorted keys, lists in their order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`;
  }
  // undefined has no JSON form; keep it distinct from null.
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/** A stable string for a list whose order carries no meaning. */
export function canonicalSet(items: readonly unknown[]): string {
  return `[${items.map(canonical).sort().join(',')}]`;
}

/** Deep equality of plain data, ignoring object key order; no strings are built (the plan compares 10k accounts). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  // A key set to undefined counts as absent (as in JSON). Every defined key of x must hold the same
  // value in y, and y must have no more defined keys; for..in over own keys allocates no key lists.
  let defined = 0;
  for (const key in x) {
    if (!hasOwn(x, key)) continue;
    const value = x[key];
    if (value === undefined) continue;
    defined++;
    if (!sameValue(value, y[key])) return false;
  }
  for (const key in y) {
    if (hasOwn(y, key) && y[key] !== undefined && --defined < 0) return false;
  }
  return defined === 0;
}

function hasOwn(record: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/** Equality of two lists whose order carries no meaning (as multisets). */
export function sameSet(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  // Usually nothing moved: check in order before paying for canonical strings.
  return sameValue(a, b) || canonicalSet(a) === canonicalSet(b);
}

/**
 * The first path (in sorted key order) where two plain values differ structurally, or undefined
 * when they are the same. Used to point a finding at what changed.
 */
export function firstDifference(a: unknown, b: unknown, path: readonly (string | number)[] = []): (string | number)[] | undefined {
  if (sameValue(a, b)) return undefined;
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      const found = firstDifference(a[key], b[key], [...path, key]);
      if (found) return found;
    }
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    for (let i = 0; i < a.length; i++) {
      const found = firstDifference(a[i], b[i], [...path, i]);
      if (found) return found;
    }
  }
  return [...path];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
