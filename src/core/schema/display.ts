// Catalog text inside messages: quoted, on one line, bounded. Reporters escape it for their format.

const MAX_SHOWN = 80;

/**
 * Characters JSON leaves as they are but that break a line or reorder text on screen: line and
 * paragraph separators, NEL, and bidirectional controls ("Trojan Source").
 */
const INVISIBLE = /[\u0085\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** A catalog string as it appears in a message: in double quotes, on one line, control characters escaped, long text cut. */
export function quote(value: string): string {
  const shown = value.length > MAX_SHOWN && Array.from(value).length > MAX_SHOWN ? `${Array.from(value).slice(0, MAX_SHOWN).join('')}…` : value;
  return JSON.stringify(shown).replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
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

/** An explicit YAML tag as the author wrote it: `!!float` for the YAML types, `!local` for others. */
export function shownTag(tag: string): string {
  const yamlTypes = 'tag:yaml.org,2002:';
  const short = tag.startsWith(yamlTypes) ? `!!${tag.slice(yamlTypes.length)}` : tag.startsWith('!') ? tag : `!<${tag}>`;
  return shownName(short);
}

/** A YAML name (tag, anchor) in a message: as written when it is short printable ASCII, else quoted. */
export function shownName(name: string): string {
  return /^[\x21-\x7e]{1,80}$/.test(name) ? name : quote(name);
}
