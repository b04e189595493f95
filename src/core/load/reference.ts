import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import { shownName } from '../schema/display';
import { yamlProblemMessage } from './messages';
import { asMapValue, TreePositions, type FilePositions, type MapPos, type NodePos, type SeqPos } from './positions';
import { tagOffsetBefore, tagOffsets, tagProblem } from './tags';

/** Aliases beyond this are a `yaml-syntax` error: a catalog has no need for many, a bomb has millions. */
export const MAX_ALIAS_COUNT = 100;
/** Deeper nesting than this is refused, so no later stage can run out of stack on it. */
export const MAX_DEPTH = 100;
/** Aliases may not grow the data beyond this many nodes more than the file itself holds. */
export const MAX_ALIAS_EXPANSION = 100_000;

/** A problem found in one file, at an offset of its text. */
export interface FileProblem {
  readonly offset: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/** One file's data and positions; `data` is undefined when the file is unusable. */
export interface FileParse {
  readonly data?: Record<string, unknown>;
  readonly positions?: FilePositions;
  readonly problems: readonly FileProblem[];
}

class TooDeep extends Error {}

/** The reference reader: `yaml`'s full `parseDocument`, with bounded aliases and nesting. */
export function parseReference(text: string): FileParse {
  let doc;
  try {
    doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, version: '1.2', schema: 'core', merge: false });
  } catch (e) {
    // The composer recurses: absurd nesting overflows the stack before our own depth check.
    if (e instanceof RangeError) return tooDeep(0);
    throw e;
  }
  // `yaml` catches its own stack overflows on absurd nesting and reports one per level.
  if (doc.errors.some((error) => error.message.includes('call stack'))) return tooDeep(0);
  const problems: FileProblem[] = [];
  for (const error of doc.errors) problems.push({ offset: error.pos[0], severity: 'error', message: yamlProblemMessage(error.code, error.message) });
  if (problems.length > 0) return { problems };
  for (const warning of doc.warnings) problems.push({ offset: warning.pos[0], severity: 'warning', message: yamlProblemMessage(warning.code, warning.message) });

  const contents = doc.contents as Node | null;
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    return { problems: [...problems, { offset: 0, severity: 'warning', message: 'The file is empty. Add catalog sections (version, accounts, ...) or delete the file.' }] };
  }
  if (!isMap(contents)) {
    const fix = isSeq(contents) ? 'not a list. Put the list under a key such as `accounts:`.' : 'not a single value. Start the file with `version: 1` and sections such as `accounts:`.';
    return {
      problems: [...problems, { offset: contents.range?.[0] ?? 0, severity: 'error', message: `The top level of a catalog file must be a mapping of sections (version: 1, accounts: ...), ${fix}` }],
    };
  }

  let pos: MapPos;
  let sawAlias = false;
  // Anchors defined so far, in document order: an alias's tag is its anchored node's.
  const anchors = new Map<string, Node>();
  const tagOf = (node: Node | null): string | undefined => {
    if (isAlias(node)) return anchors.get(node.source)?.tag;
    if (node?.anchor) anchors.set(node.anchor, node);
    return node?.tag;
  };
  try {
    const build = (node: unknown, observed: boolean, depth: number): NodePos => {
      if (depth > MAX_DEPTH) throw new TooDeep();
      if (isMap(node)) {
        const result: MapPos = { kind: 'map', start: observed ? (node.range?.[0] ?? 0) : -1, keys: [], keyStarts: [], values: [] };
        // Keys as toJS makes them: a plain `1:` becomes the property "1".
        for (const pair of node.items) {
          if (!isPair(pair)) continue;
          const key = pair.key as Node | null;
          result.keys.push(isScalar(key) ? String(key.value ?? '') : '');
          result.keyStarts.push(key?.range?.[0] ?? 0);
          const tag = tagOf(pair.value as Node | null);
          if (tag !== undefined) (result.tags ??= [])[result.values.length] = tag;
          result.values.push(asMapValue(build(pair.value, false, depth + 1)));
        }
        return result;
      }
      if (isSeq(node)) {
        const result: SeqPos = { kind: 'seq', start: observed ? (node.range?.[0] ?? 0) : -1, items: [] };
        for (const item of node.items) {
          const tag = tagOf(item as Node | null);
          if (tag !== undefined) (result.tags ??= [])[result.items.length] = tag;
          result.items.push(build(item, true, depth + 1));
        }
        return result;
      }
      if (isAlias(node)) sawAlias = true;
      const range = (node as Node | null)?.range;
      return observed && range ? range[0] : -1;
    };
    pos = build(contents, true, 0) as MapPos;
  } catch (e) {
    if (e instanceof TooDeep || e instanceof RangeError) return tooDeep(problems.length);
    throw e;
  }
  // Tags start with `!` and aliases with `*`: most files have neither, and skip this walk.
  if (text.includes('!') || text.includes('*')) {
    const refused = refusedNodes(doc, text);
    if (refused.length > 0) return { problems: refused };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (e instanceof RangeError) return tooDeep(0);
    if (e instanceof ReferenceError) return { problems: [...problems, aliasProblem(`Too many aliases (more than ${MAX_ALIAS_COUNT} uses of anchored values)`)] };
    return { problems: [...problems, { offset: 0, severity: 'error', message: `The file could not be read as YAML (${(e as Error).message}). Simplify it to plain mappings, lists and values.` }] };
  }
  if (sawAlias) {
    const grown = expandedSize(data) - sourceSize(pos);
    if (grown > MAX_ALIAS_EXPANSION) return { problems: [...problems, aliasProblem(`Aliases expand this file by ${grown} values`)] };
  }
  return { data: data as Record<string, unknown>, positions: new TreePositions(pos), problems };
}

/**
 * Tags a catalog may not carry (see tags.ts), and aliases whose anchor is not defined before them
 * in this file: each file of a directory is its own YAML document, so anchors do not cross files.
 * `yaml` would report the first as a warning and the second as an exception from toJS, at 1:1.
 */
function refusedNodes(doc: Document.Parsed, text: string): FileProblem[] {
  const refused: FileProblem[] = [];
  const defined = new Map<string, Node>();
  let offsets: number[] | undefined;
  visit(doc, {
    Node(_, node, path) {
      // A node's anchor counts from the node itself on, as `yaml` resolves aliases.
      if (!isAlias(node) && node.anchor) defined.set(node.anchor, node);
      if (isAlias(node)) {
        const target = defined.get(node.source);
        const offset = node.range?.[0] ?? 0;
        if (target === undefined) refused.push({ offset, severity: 'error', message: unknownAlias(node.source) });
        // Inside the value it names, an alias would make that value contain itself, endlessly.
        else if (path.includes(target)) refused.push({ offset, severity: 'error', message: `The ${aliasShown(node.source)} is used inside the value it names, so that value would contain itself. Write the value out.` });
        return;
      }
      if (node.tag === undefined) return;
      const problem = tagProblem(node, node.tag);
      if (problem === undefined) return;
      offsets ??= tagOffsets(text);
      refused.push({ offset: tagOffsetBefore(offsets, node.range?.[0] ?? 0), severity: 'error', message: problem });
    },
  });
  // Any tag `yaml` could not resolve is refused too, even one the list above let through.
  const reported = new Set(refused.map((p) => p.offset));
  for (const warning of doc.warnings) {
    if ((warning.code === 'TAG_RESOLVE_FAILED' || warning.code === 'BAD_COLLECTION_TYPE') && !reported.has(warning.pos[0])) {
      refused.push({ offset: warning.pos[0], severity: 'error', message: yamlProblemMessage(warning.code, warning.message) });
    }
  }
  return refused.sort((a, b) => a.offset - b.offset);
}

function unknownAlias(name: string): string {
  return (
    `Unknown ${aliasShown(name)}: no anchor &${shownName(name)} comes before it in this file (anchors do not cross files). ` +
    `Define &${shownName(name)} above it in the same file, or write the value out.`
  );
}

function aliasShown(name: string): string {
  return `alias *${shownName(name)}`;
}

function aliasProblem(what: string): FileProblem {
  return { offset: 0, severity: 'error', message: `${what}, which looks like an alias bomb. Write the values out instead of repeating anchors (&name) and aliases (*name).` };
}

function tooDeep(offset: number): FileParse {
  return { problems: [{ offset, severity: 'error', message: `The file nests more than ${MAX_DEPTH} levels deep. A catalog needs only a few levels: flatten it.` }] };
}

/** Node count of the data as a tree (aliased collections counted at every use), memoised per object. */
function expandedSize(data: unknown): number {
  const memo = new Map<object, number>();
  const size = (value: unknown): number => {
    if (typeof value !== 'object' || value === null) return 1;
    const known = memo.get(value);
    if (known !== undefined) return known;
    let total = 1;
    for (const child of Array.isArray(value) ? value : Object.values(value)) total += size(child);
    memo.set(value, total);
    return total;
  };
  return size(data);
}

function sourceSize(pos: NodePos): number {
  if (typeof pos === 'number') return 1;
  return 1 + (pos.kind === 'map' ? pos.values : pos.items).reduce<number>((n, child) => n + sourceSize(child), 0);
}
