// Catalog text inside messages: quoted, on one line, bounded. Reporters escape it for their format.

const MAX_SHOWN = 80;

/** A catalog string as it appears in a message: in double quotes, control characters escaped, long text cut. */
export function quote(value: string): string {
  const chars = Array.from(value);
  const shown = chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : value;
  return JSON.stringify(shown);
}

/** What a YAML value is, for "expected X, got Y" messages. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': return `the text ${quote(value)}`;
    case 'number': return Number.isFinite(value) ? `the number ${value}` : `the number ${value} (not finite)`;
    case 'boolean': return `${value}`;
    case 'object': return 'a mapping';
    default: return typeof value;
  }
}
