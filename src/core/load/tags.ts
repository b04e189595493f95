import { isMap, isScalar, isSeq, Parser, type Node } from 'yaml';
import { quote, shownTag } from '../schema/display';
import { lastAtOrBefore } from './positions';

// Which explicit YAML tags a catalog may carry. A catalog sets budgets and grants access, so a
// value the author and the parser may read differently is refused, not warned about:
// - the YAML 1.2 core-schema tags (!!str !!int !!float !!bool !!null !!map !!seq) and the
//   non-specific `!` are accepted when they resolve: the value is then what the tag says, and
//   `schema` checks it against the field (naming the tag when it does not fit);
// - a core tag that does not resolve (`!!float 600`: this parser reads the text "600", where
//   the YAML 1.2 spec reads a number) is an error: reader and author disagree;
// - every other tag is an error: a custom tag (`!local`) means something only to another
//   tool, and the YAML 1.1 types (`!!binary`, `!!timestamp`, `!!set`, `!!omap` ...) make values
//   no catalog field holds (bytes, dates, sets).

const CORE = 'tag:yaml.org,2002:'; // what `!!` stands for

/** What each accepted tag must resolve to. */
const ACCEPTED: Readonly<Record<string, (node: Node) => boolean>> = {
  [`${CORE}str`]: (node) => isScalar(node) && typeof node.value === 'string',
  [`${CORE}int`]: (node) => isScalar(node) && (typeof node.value === 'bigint' || (typeof node.value === 'number' && Number.isInteger(node.value))),
  [`${CORE}float`]: (node) => isScalar(node) && typeof node.value === 'number',
  [`${CORE}bool`]: (node) => isScalar(node) && typeof node.value === 'boolean',
  [`${CORE}null`]: (node) => isScalar(node) && node.value === null,
  [`${CORE}map`]: (node) => isMap(node),
  [`${CORE}seq`]: (node) => isSeq(node),
  '!': () => true,
};

/** What the YAML 1.1 types that `yaml` knows would turn a value into. */
const FOREIGN_TYPES: Readonly<Record<string, string>> = {
  [`${CORE}binary`]: 'bytes',
  [`${CORE}timestamp`]: 'a date',
  [`${CORE}set`]: 'a set',
  [`${CORE}omap`]: 'an ordered mapping',
  [`${CORE}pairs`]: 'a list of pairs',
  [`${CORE}merge`]: 'a merge marker',
};

/** Why `node`'s explicit `tag` is refused, or undefined when it is accepted. */
export function tagProblem(node: Node, tag: string): string | undefined {
  const shown = shownTag(tag);
  const accepted = ACCEPTED[tag];
  if (accepted) {
    if (accepted(node)) return undefined;
    const source = isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
    if (source === undefined) {
      const kind = isMap(node) ? 'a mapping' : isSeq(node) ? 'a list' : 'this value';
      return `The tag ${shown} does not fit ${kind}: the YAML parser ignores it, so the tag and the value the catalog gets disagree. Remove the tag.`;
    }
    return (
      `${shown} ${shownSource(source)}: the YAML parser does not accept ${shownSource(source)} as ${shown} and reads the text ${quote(source)} ` +
      `instead, so the tag and the value the catalog gets disagree. Remove the tag: write ${plainExample(tag, source)}.`
    );
  }
  const becomes = FOREIGN_TYPES[tag];
  if (becomes !== undefined) {
    return `The tag ${shown} makes this value ${becomes} (a YAML 1.1 type), which no catalog field holds. Remove the tag and write the value as text, a number, true/false, a list or a mapping.`;
  }
  return (
    `Unknown tag ${shown}: a catalog sets budgets and access, so a value that another YAML tool may read differently is refused. ` +
    'Remove the tag and write the plain value.'
  );
}

/** A scalar's source in a message: as written when short printable ASCII, else quoted. */
function shownSource(source: string): string {
  return /^[\x21-\x7e][\x20-\x7e]{0,40}$/.test(source) ? source : quote(source.slice(0, 40));
}

/** How to write the value the tag asked for, without the tag. */
function plainExample(tag: string, source: string): string {
  const text = source.trim();
  if (tag === `${CORE}float` || tag === `${CORE}int`) return /^[-+]?[0-9][0-9.]*$/.test(text) ? `${text} (no quotes)` : 'a plain number';
  if (tag === `${CORE}bool`) return 'true or false (no quotes)';
  if (tag === `${CORE}null`) return 'nothing after the colon';
  return `the value in quotes, e.g. ${quote(text)}`;
}

/**
 * The offsets of every tag in `text`, in order. `yaml`'s nodes keep their value's range only,
 * so a finding can point at the tag itself: a node's tag is the last one before its value.
 */
export function tagOffsets(text: string): number[] {
  const offsets: number[] = [];
  const walk = (token: unknown): void => {
    if (Array.isArray(token)) {
      for (const item of token) walk(item);
      return;
    }
    if (typeof token !== 'object' || token === null) return;
    const record = token as Record<string, unknown>;
    if (record.type === 'tag' && typeof record.offset === 'number') {
      offsets.push(record.offset);
      return;
    }
    for (const key of ['start', 'key', 'sep', 'value', 'items', 'props', 'end']) {
      if (key in record) walk(record[key]);
    }
  };
  for (const token of new Parser().parse(text)) walk(token);
  return offsets.sort((a, b) => a - b);
}

/** The offset of the tag of a node whose value starts at `valueStart` (see tagOffsets). */
export function tagOffsetBefore(offsets: readonly number[], valueStart: number): number {
  const index = lastAtOrBefore(offsets, valueStart);
  return index >= 0 ? offsets[index] : valueStart;
}
