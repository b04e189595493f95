import { CST } from 'yaml';
import { LogPositions } from './positions';
import { NotInSubset, resolvePlain } from './scalars';

/**
 * A strict-subset YAML reader for catalogs as people write them: block maps and sequences,
 * one-line plain and quoted scalars, one-line flow collections, comments, CRLF.
 *
 * It returns exactly what `parseDocument` + `toJS` would, with the same positions, or
 * `undefined` as soon as the text leaves the subset (anchors, aliases, tags, block scalars,
 * multi-line scalars, duplicate keys, tabs, directives, errors of any kind ...). The caller then
 * parses the file with `parseDocument`, which also reports every error. So this path never has to
 * judge bad input, and it has no aliases to expand.
 *
 * Positions are not built as a tree: the reader only appends the start of every map key and
 * sequence item, in document order, to number lists (see LogPositions).
 * test/core/load/differential.test.ts holds it to that promise on generated catalogs, a corpus
 * of tricky YAML, random documents and mutants.
 */
export function parseSubset(text: string, onExit?: (offset: number) => void): { data: Record<string, unknown>; positions: LogPositions } | undefined {
  const outside = OUTSIDE_SUBSET.exec(text);
  if (outside) {
    onExit?.(outside.index);
    return undefined;
  }
  const reader = new SubsetReader(text);
  try {
    return reader.document();
  } catch {
    // NotInSubset, or anything unforeseen: the full parser decides. (The differential tests
    // check that ordinary catalogs do stay on this path.)
    onExit?.(reader.where());
    return undefined;
  }
}

// Characters `parseDocument` treats specially or rejects; any of them sends the file to it.
// eslint-disable-next-line no-control-regex
const OUTSIDE_SUBSET = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\t\u2028\u2029\ufeff\ud800-\udfff]|\r(?!\n)/;

/** Nesting deeper than this is left to `parseDocument` (and its depth check). */
const MAX_DEPTH = 64;
/** `yaml` limits implicit keys to 1024 characters; stay well inside. */
const MAX_KEY_LENGTH = 1000;

const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DQUOTE = 34;
const SQUOTE = 39;

// Characters that may not start a plain scalar (or that this subset leaves to the full parser).
const BAD_PLAIN_START: boolean[] = [];
for (const ch of ',[]{}#&*!|>\'"%@`?:') BAD_PLAIN_START[ch.charCodeAt(0)] = true;
// Characters that end or complicate a plain scalar inside a flow collection.
const FLOW_STOP: boolean[] = [];
for (const ch of ',[]{}:#') FLOW_STOP[ch.charCodeAt(0)] = true;

function bail(): never {
  throw new NotInSubset();
}

class SubsetReader {
  /** Offset of the current line's first character. */
  private lineStart = 0;
  /** End of the current line's content (before `\r\n` or `\n`). */
  private lineEnd = 0;
  /** Offset where the next line begins. */
  private nextLine = 0;
  /** Spaces before the current line's content. */
  private indent = 0;
  /** True when the current line has been read and not yet consumed. */
  private pending = false;
  /** Start offsets of every map key and sequence item, in document order ... */
  private starts: Int32Array;
  /** ... and how many entries the node under each one holds (typed arrays: half the memory). */
  private skips: Int32Array;
  /** Entries used in `starts` and `skips`. */
  private entries = 0;
  /** Plain keys by depth and position in their map: see blockKey. */
  private readonly hints: string[][] = [];
  // Results of the last scalar or key read (fields, not objects: this runs ~100,000 times per file).
  private value: unknown;
  private after = 0;

  constructor(private readonly t: string) {
    // About one entry per 20 characters in a catalog; grown by doubling when that is short.
    const capacity = Math.max(64, t.length >> 4);
    this.starts = new Int32Array(capacity);
    this.skips = new Int32Array(capacity);
  }

  /** The start of the line being read: where the text left the subset, after a bail. */
  where(): number {
    return this.lineStart;
  }

  document(): { data: Record<string, unknown>; positions: LogPositions } {
    if (!this.peek() || this.indent !== 0) bail();
    const data = this.blockMap(0, 0, -1);
    if (this.peek()) bail();
    return { data, positions: new LogPositions(data, this.starts.slice(0, this.entries), this.skips.slice(0, this.entries)) };
  }

  /** Moves to the next line with content (skipping blank and comment lines); false at the end. */
  private peek(): boolean {
    if (this.pending) return true;
    const t = this.t;
    while (this.nextLine < t.length) {
      const start = this.nextLine;
      let end = t.indexOf('\n', start);
      this.nextLine = end < 0 ? t.length : end + 1;
      if (end < 0) end = t.length;
      if (end > start && t.charCodeAt(end - 1) === 13) end--;
      let c = start;
      while (c < end && t.charCodeAt(c) === SPACE) c++;
      if (c === end || t.charCodeAt(c) === HASH) continue;
      if (c === start) {
        const ch = t.charCodeAt(c);
        // Document markers and directives.
        if (ch === 37 /* % */ || ((ch === DASH || ch === 46 /* . */) && t.charCodeAt(c + 1) === ch && t.charCodeAt(c + 2) === ch)) bail();
      }
      this.lineStart = start;
      this.lineEnd = end;
      this.indent = c - start;
      this.pending = true;
      return true;
    }
    return false;
  }

  /** Records a key or item starting at `start`; returns its entry for `leave`. */
  private enter(start: number): number {
    if (this.entries === this.starts.length) {
      const starts = new Int32Array(this.entries * 2);
      starts.set(this.starts);
      this.starts = starts;
      const skips = new Int32Array(this.entries * 2);
      skips.set(this.skips);
      this.skips = skips;
    }
    this.starts[this.entries] = start;
    this.skips[this.entries] = 0;
    return this.entries++;
  }

  /** Notes how many entries the node under `entry` produced. */
  private leave(entry: number): void {
    this.skips[entry] = this.entries - entry - 1;
  }

  private isSeqItem(c: number): boolean {
    return this.t.charCodeAt(c) === DASH && (c + 1 === this.lineEnd || this.t.charCodeAt(c + 1) === SPACE);
  }

  /** A block map at `indent`. When `first` >= 0 the map starts mid-line there (`- key: value`). */
  private blockMap(indent: number, depth: number, first: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) bail();
    const map: Record<string, unknown> = {};
    let entries = 0;
    if (first >= 0) {
      this.mapEntry(first, indent, depth, 0, map);
      entries++;
    }
    while (this.peek()) {
      if (this.indent < indent) break;
      if (this.indent > indent) bail();
      const c = this.lineStart + indent;
      if (this.isSeqItem(c)) break; // a sequence at the parent key's indent ends here
      this.mapEntry(c, indent, depth, entries, map);
      entries++;
    }
    if (entries === 0) bail();
    return map;
  }

  /** The `index`-th `key: value` entry of a map, starting at `c` on the current line. */
  private mapEntry(c: number, indent: number, depth: number, index: number, into: Record<string, unknown>): void {
    const t = this.t;
    const end = this.lineEnd;
    if (!this.blockKey(c, end, depth, index)) bail();
    const key = this.value as string;
    // A duplicate: let parseDocument report it. (Keys are never inherited names, values never undefined.)
    if (into[key] !== undefined) bail();
    const entry = this.enter(c);
    let v = this.after;
    while (v < end && t.charCodeAt(v) === SPACE) v++;
    this.pending = false;
    let value: unknown;
    if (v === end || t.charCodeAt(v) === HASH) {
      // The value is the block below, or null.
      if (this.peek() && this.indent > indent) {
        value = this.blockNode(this.indent, depth + 1);
      } else if (this.pending && this.indent === indent && this.isSeqItem(this.lineStart + indent)) {
        value = this.blockSeq(indent, depth + 1);
      } else {
        value = null;
      }
    } else {
      value = this.inlineValue(v, end, depth);
    }
    this.leave(entry);
    into[key] = value;
  }

  private blockNode(indent: number, depth: number): unknown {
    const c = this.lineStart + indent;
    return this.isSeqItem(c) ? this.blockSeq(indent, depth) : this.blockMap(indent, depth, -1);
  }

  private blockSeq(indent: number, depth: number): unknown[] {
    if (depth > MAX_DEPTH) bail();
    const t = this.t;
    const seq: unknown[] = [];
    while (this.peek()) {
      if (this.indent < indent) break;
      if (this.indent > indent) bail();
      const c = this.lineStart + indent;
      if (!this.isSeqItem(c)) break;
      const end = this.lineEnd;
      let v = c + 1;
      while (v < end && t.charCodeAt(v) === SPACE) v++;
      if (v === end || t.charCodeAt(v) === HASH || this.isSeqItem(v)) bail();
      this.seqItem(v, depth, seq);
    }
    return seq;
  }

  private seqItem(v: number, depth: number, into: unknown[]): void {
    const entry = this.enter(v);
    if (this.blockKey(v, this.lineEnd, depth + 1, 0)) {
      into.push(this.blockMap(v - this.lineStart, depth + 1, v));
    } else {
      into.push(this.inlineValue(v, this.lineEnd, depth));
      this.pending = false;
    }
    this.leave(entry);
  }

  /**
   * Reads a block map key at `c`: a one-line plain or quoted scalar followed by `: ` or `:` at the
   * end of the line. Sets `value` to the key and `after` past the colon; false when there is none.
   * `depth` and `index` say where the key sits, for the hint of what it probably is.
   */
  private blockKey(c: number, end: number, depth: number, index: number): boolean {
    const t = this.t;
    // Maps at one depth repeat their keys (every account has `name:` first). A plain key read
    // before has no `: `, ` #` or trailing space and passed every check, so if the same text is
    // followed by `: ` (or `:` at the end) here, the full scan below would find that same key.
    const hint = this.hints[depth]?.[index];
    if (hint !== undefined && t.startsWith(hint, c)) {
      const colon = c + hint.length;
      if (t.charCodeAt(colon) === COLON && (colon + 1 === end || t.charCodeAt(colon + 1) === SPACE)) {
        this.value = hint;
        this.after = colon + 1;
        return true;
      }
    }
    const ch = t.charCodeAt(c);
    let colon: number;
    if (ch === DQUOTE || ch === SQUOTE) {
      this.quoted(c, end);
      colon = this.after;
      if (t.charCodeAt(colon) !== COLON) return false;
    } else {
      if (BAD_PLAIN_START[ch] || (ch === DASH && (c + 1 === end || t.charCodeAt(c + 1) === SPACE))) return false;
      colon = -1;
      for (let j = c; j < end; j++) {
        const cj = t.charCodeAt(j);
        if (cj === COLON && (j + 1 === end || t.charCodeAt(j + 1) === SPACE)) {
          colon = j;
          break;
        }
        if (cj === HASH && t.charCodeAt(j - 1) === SPACE) return false;
      }
      if (colon < 0) return false;
      let keyEnd = colon;
      while (keyEnd > c && t.charCodeAt(keyEnd - 1) === SPACE) keyEnd--;
      this.value = resolvePlain(t.slice(c, keyEnd));
    }
    if (colon + 1 !== end && t.charCodeAt(colon + 1) !== SPACE) return false;
    if (colon - c > MAX_KEY_LENGTH) bail();
    checkKey(this.value);
    this.after = colon + 1;
    if (ch !== DQUOTE && ch !== SQUOTE) (this.hints[depth] ??= [])[index] = this.value as string;
    return true;
  }

  /** A value that starts and ends on this line: plain or quoted scalar, or a flow collection. */
  private inlineValue(v: number, end: number, depth: number): unknown {
    const t = this.t;
    const ch = t.charCodeAt(v);
    let value: unknown;
    if (ch === DQUOTE || ch === SQUOTE) {
      this.quoted(v, end);
      value = this.value;
    } else if (ch === 91 /* [ */) {
      value = this.flowSeq(v, end, depth + 1);
    } else if (ch === 123 /* { */) {
      value = this.flowMap(v, end, depth + 1);
    } else {
      if (BAD_PLAIN_START[ch] || (ch === DASH && (v + 1 === end || t.charCodeAt(v + 1) === SPACE))) bail();
      // Most values are the rest of the line: no comment, no `: `, no trailing space.
      const rest = t.slice(v, end);
      const last = t.charCodeAt(end - 1);
      if (last !== SPACE && last !== COLON && rest.indexOf(' #') < 0 && rest.indexOf(': ') < 0) {
        if (rest.startsWith('---') || rest.startsWith('...')) bail();
        this.after = end;
        return resolvePlain(rest);
      }
      let j = v;
      for (; j < end; j++) {
        const cj = t.charCodeAt(j);
        if (cj === HASH && t.charCodeAt(j - 1) === SPACE) break;
        if (cj === COLON && (j + 1 === end || t.charCodeAt(j + 1) === SPACE)) bail();
      }
      let e = j;
      while (e > v && t.charCodeAt(e - 1) === SPACE) e--;
      const source = t.slice(v, e);
      if (source.startsWith('---') || source.startsWith('...')) bail();
      value = resolvePlain(source);
      this.after = e;
    }
    // Only spaces and a comment may follow on the line.
    const after = this.after;
    let k = after;
    while (k < end && t.charCodeAt(k) === SPACE) k++;
    if (k < end && !(t.charCodeAt(k) === HASH && k > after)) bail();
    return value;
  }

  /** A quoted scalar that closes on this line: sets `value` and `after`. */
  private quoted(c: number, end: number): void {
    const t = this.t;
    if (t.charCodeAt(c) === SQUOTE) {
      let j = c + 1;
      let escaped = false;
      for (;;) {
        j = t.indexOf("'", j);
        if (j < 0 || j >= end) bail();
        if (j + 1 < end && t.charCodeAt(j + 1) === SQUOTE) {
          escaped = true;
          j += 2;
          continue;
        }
        break;
      }
      const body = t.slice(c + 1, j);
      this.value = escaped ? body.replace(/''/g, "'") : body;
      this.after = j + 1;
      return;
    }
    let j = c + 1;
    let escaped = false;
    for (; j < end; j++) {
      const cj = t.charCodeAt(j);
      if (cj === 92 /* \ */) {
        escaped = true;
        j++;
      } else if (cj === DQUOTE) break;
    }
    if (j >= end) bail();
    this.after = j + 1;
    if (!escaped) {
      this.value = t.slice(c + 1, j);
      return;
    }
    // Escapes are decoded by `yaml` itself; any complaint leaves the file to parseDocument.
    const token = { type: 'double-quoted-scalar' as const, offset: c, indent: 0, source: t.slice(c, j + 1) };
    const resolved = CST.resolveAsScalar(token, true, () => bail());
    if (resolved === null) bail();
    this.value = resolved.value;
  }

  /** A one-line flow sequence `[a, "b", {c: d}]`; sets `after` past the `]`. */
  private flowSeq(c: number, end: number, depth: number): unknown[] {
    if (depth > MAX_DEPTH) bail();
    const t = this.t;
    const seq: unknown[] = [];
    let j = this.skipSpaces(c + 1, end);
    if (t.charCodeAt(j) !== 93) {
      for (;;) {
        if (j >= end) bail();
        const entry = this.enter(j);
        seq.push(this.flowItem(j, end, depth));
        this.leave(entry);
        j = this.skipSpaces(this.after, end);
        const cj = t.charCodeAt(j);
        if (cj === 93) break;
        if (cj !== 44 /* , */) bail();
        j = this.skipSpaces(j + 1, end);
        if (t.charCodeAt(j) === 93) bail(); // a trailing comma: valid, but left to parseDocument
      }
    }
    this.after = j + 1;
    return seq;
  }

  /** A one-line flow map `{ a: 1, b: [x] }`; sets `after` past the `}`. */
  private flowMap(c: number, end: number, depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) bail();
    const t = this.t;
    const map: Record<string, unknown> = {};
    let j = this.skipSpaces(c + 1, end);
    if (t.charCodeAt(j) !== 125) {
      for (;;) {
        if (j >= end) bail();
        const keyStart = j;
        this.flowScalar(j, end, true);
        const key = this.value;
        checkKey(key);
        if (Object.prototype.hasOwnProperty.call(map, key as string)) bail();
        j = this.after;
        if (t.charCodeAt(j) !== COLON || t.charCodeAt(j + 1) !== SPACE) bail();
        const entry = this.enter(keyStart);
        map[key as string] = this.flowItem(this.skipSpaces(j + 1, end), end, depth);
        this.leave(entry);
        j = this.skipSpaces(this.after, end);
        const cj = t.charCodeAt(j);
        if (cj === 125) break;
        if (cj !== 44 /* , */) bail();
        j = this.skipSpaces(j + 1, end);
        if (t.charCodeAt(j) === 125) bail(); // a trailing comma
      }
    }
    this.after = j + 1;
    return map;
  }

  private flowItem(j: number, end: number, depth: number): unknown {
    const ch = this.t.charCodeAt(j);
    if (ch === 91) return this.flowSeq(j, end, depth + 1);
    if (ch === 123) return this.flowMap(j, end, depth + 1);
    this.flowScalar(j, end, false);
    return this.value;
  }

  /** A plain or quoted scalar inside a flow collection: sets `value`, and `after` just past it. */
  private flowScalar(j: number, end: number, isKey: boolean): void {
    const t = this.t;
    const ch = t.charCodeAt(j);
    if (ch === DQUOTE || ch === SQUOTE) {
      this.quoted(j, end);
      return;
    }
    // `-` then a space, a flow indicator or the end reads as a block sequence: left to parseDocument.
    if (BAD_PLAIN_START[ch] || (ch === DASH && (j + 1 >= end || t.charCodeAt(j + 1) === SPACE || FLOW_STOP[t.charCodeAt(j + 1)]))) bail();
    let k = j;
    for (; k < end; k++) {
      const ck = t.charCodeAt(k);
      if (FLOW_STOP[ck]) {
        // A key ends at `: `; a `:` anywhere else, a comment or a bracket is left to parseDocument.
        if (ck === COLON && !(isKey && t.charCodeAt(k + 1) === SPACE)) bail();
        if (ck === HASH || ck === 91 || ck === 123) bail();
        break;
      }
    }
    if (k >= end) bail();
    let e = k;
    while (e > j && t.charCodeAt(e - 1) === SPACE) e--;
    if (e === j) bail();
    this.value = resolvePlain(t.slice(j, e));
    this.after = e;
  }

  private skipSpaces(j: number, end: number): number {
    while (j < end && this.t.charCodeAt(j) === SPACE) j++;
    return j;
  }
}

/**
 * Keys the subset takes: strings that are not array indices (JavaScript would reorder those,
 * and LogPositions relies on key order), not names inherited from Object.prototype (`__proto__`,
 * `constructor`: `yaml` defines those specially) and not a merge key.
 */
function checkKey(key: unknown): void {
  if (typeof key !== 'string' || key === '' || key === '<<' || INHERITED.has(key)) bail();
  const first = key.charCodeAt(0);
  if (first >= 48 && first <= 57 && INDEX_LIKE.test(key)) bail();
}
// Exactly the names `key in {}` finds, which is what `yaml` tests before defining a key.
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));
const INDEX_LIKE = /^[0-9]+$/;
