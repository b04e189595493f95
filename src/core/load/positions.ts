import type { NodePath, SourceLocation } from '../model';

/**
 * Source offsets of one parsed node, kept beside the data so findings can point at their source.
 * A scalar (or an alias) is its start offset; a collection keeps its children's.
 * Only what `locate` can observe is kept: the start of each map key and of each sequence item.
 * A map value's own start is never observed (the key's start is reported), so it is -1.
 */
export type NodePos = number | MapPos | SeqPos;

export interface MapPos {
  readonly kind: 'map';
  /** -1 where not observable (a map value). */
  start: number;
  readonly keys: string[];
  readonly keyStarts: number[];
  readonly values: NodePos[];
  /** The explicit tag of each value that has one (`!!str 5`); absent when none has. */
  tags?: (string | undefined)[];
}

export interface SeqPos {
  readonly kind: 'seq';
  start: number;
  readonly items: NodePos[];
  /** The explicit tag of each item that has one; absent when none has. */
  tags?: (string | undefined)[];
}

/** Where a path inside one file starts: the deepest map key or sequence item along it. */
export interface FilePositions {
  offset(path: NodePath): number;
  /** The explicit YAML tag of the node at `path` (e.g. `tag:yaml.org,2002:str`), if it has one. */
  tagAt(path: NodePath): string | undefined;
  /** The same positions for a copy of the data they were made for. */
  forCopy(data: Record<string, unknown>): FilePositions;
}

/** Positions kept as a tree of NodePos (the `parseDocument` reader builds these). */
export class TreePositions implements FilePositions {
  constructor(readonly root: MapPos) {}
  offset(path: NodePath): number {
    return offsetOf(this.root, path);
  }
  tagAt(path: NodePath): string | undefined {
    let node: NodePos = this.root;
    let tag: string | undefined;
    for (const segment of path) {
      if (typeof node !== 'object') return undefined;
      const index: number = node.kind === 'map' ? (typeof segment === 'string' ? keyIndex(node, segment) : -1) : typeof segment === 'number' ? segment : -1;
      const children: NodePos[] = node.kind === 'map' ? node.values : node.items;
      if (index < 0 || index >= children.length) return undefined;
      tag = node.tags?.[index];
      node = children[index];
    }
    return tag;
  }
  forCopy(): FilePositions {
    return this;
  }
}

/**
 * Positions kept as two flat lists (the subset reader appends to them as it goes): the start of
 * every map key and sequence item in document order, and how many entries the node under each
 * one holds, so siblings can be skipped. A node's entries are found by walking the data beside
 * them, which mirrors the document exactly: no aliases, and no keys that JavaScript reorders.
 *
 * Skipping to the n-th child walks its n earlier siblings, so a node with many children (the
 * accounts list) gets an index of its children's entries the first time it is looked into: a
 * finding on every one of 160k accounts then costs linear time, not quadratic.
 */
export class LogPositions implements FilePositions {
  /** Per large node: the entry of each child, and for a mapping its keys' indices. */
  private readonly index = new WeakMap<object, ChildIndex>();

  constructor(
    private readonly data: Record<string, unknown>,
    private readonly starts: ArrayLike<number>,
    private readonly skips: ArrayLike<number>,
  ) {}

  forCopy(data: Record<string, unknown>): FilePositions {
    return new LogPositions(data, this.starts, this.skips);
  }

  /** The subset reader takes no tags. */
  tagAt(): undefined {
    return undefined;
  }

  offset(path: NodePath): number {
    let node: unknown = this.data;
    let entry = 0; // the current node's first entry
    let found = -1;
    for (const segment of path) {
      if (typeof node !== 'object' || node === null) break;
      let child: number;
      if (Array.isArray(node)) {
        if (typeof segment !== 'number' || segment < 0 || segment >= node.length) break;
        child = this.childEntry(node, node.length, entry, segment);
        node = node[segment];
      } else {
        if (typeof segment !== 'string' || !Object.prototype.hasOwnProperty.call(node, segment)) break;
        child = this.keyEntry(node as Record<string, unknown>, entry, segment);
        node = (node as Record<string, unknown>)[segment];
      }
      found = this.starts[child];
      entry = child + 1;
    }
    return found >= 0 ? found : this.starts.length > 0 ? this.starts[0] : 0;
  }

  /** The entry of child `at` of a node with `count` children whose first entry is `first`. */
  private childEntry(node: object, count: number, first: number, at: number): number {
    if (count <= SMALL_NODE) {
      let entry = first;
      for (let i = 0; i < at; i++) entry += 1 + this.skips[entry];
      return entry;
    }
    return this.indexOf(node, count, first).entries[at];
  }

  private keyEntry(node: Record<string, unknown>, first: number, key: string): number {
    const keys = Object.keys(node);
    if (keys.length <= SMALL_NODE) return this.childEntry(node, keys.length, first, keys.indexOf(key));
    const index = this.indexOf(node, keys.length, first);
    index.keys ??= new Map(keys.map((k, i) => [k, i]));
    return index.entries[index.keys.get(key)!];
  }

  private indexOf(node: object, count: number, first: number): ChildIndex {
    let index = this.index.get(node);
    if (!index) {
      const entries = new Int32Array(count);
      let entry = first;
      for (let i = 0; i < count; i++) {
        entries[i] = entry;
        entry += 1 + this.skips[entry];
      }
      index = { entries };
      this.index.set(node, index);
    }
    return index;
  }

  /** The same positions as a tree, to compare with the `parseDocument` reader's in tests. */
  toTree(): MapPos {
    let i = 0;
    const build = (value: unknown, start: number): NodePos => {
      if (typeof value !== 'object' || value === null) return start;
      if (Array.isArray(value)) return { kind: 'seq', start, items: value.map((item) => build(item, this.starts[i++])) };
      const map: MapPos = { kind: 'map', start, keys: [], keyStarts: [], values: [] };
      for (const [key, child] of Object.entries(value)) {
        map.keys.push(key);
        map.keyStarts.push(this.starts[i++]);
        map.values.push(asMapValue(build(child, -1)));
      }
      return map;
    };
    return build(this.data, this.starts[0] ?? 0) as MapPos;
  }
}

/** Nodes with at most this many children are walked; bigger ones are indexed once. */
const SMALL_NODE = 16;

interface ChildIndex {
  readonly entries: Int32Array;
  keys?: Map<string, number>;
}

/** The offset `locate` reports for a path inside one file: the deepest key or item along it. */
export function offsetOf(root: NodePos, path: NodePath): number {
  let node: NodePos = root;
  let keyStart: number | undefined;
  for (const segment of path) {
    if (typeof node !== 'object') break;
    if (node.kind === 'map') {
      const index = typeof segment === 'string' ? keyIndex(node, segment) : -1;
      if (index < 0) break;
      keyStart = node.keyStarts[index];
      node = node.values[index];
    } else {
      if (typeof segment !== 'number' || segment < 0 || segment >= node.items.length) break;
      keyStart = undefined;
      node = node.items[segment];
    }
  }
  if (keyStart !== undefined) return keyStart;
  const start = typeof node === 'number' ? node : node.start;
  return start < 0 ? 0 : start;
}

// Large mappings (thousands of teams) get a key index on first lookup, so lookups stay constant time.
const keyIndexes = new WeakMap<MapPos, Map<string, number>>();

function keyIndex(map: MapPos, key: string): number {
  if (map.keys.length <= SMALL_NODE) return map.keys.indexOf(key);
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map();
    // The first of equal keys, as indexOf finds it.
    for (let i = map.keys.length - 1; i >= 0; i--) index.set(map.keys[i], i);
    keyIndexes.set(map, index);
  }
  return index.get(key) ?? -1;
}

/** Turns offsets into 1-based line and column, the way `yaml`'s LineCounter does. */
export class LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}

  position(file: string, offset: number): SourceLocation {
    // Built on first use: most files never need a position.
    const starts = (this.starts ??= lineStarts(this.text));
    const line = Math.max(0, lastAtOrBefore(starts, offset));
    return { file, line: line + 1, column: offset - starts[line] + 1 };
  }
}

/** The index of the last of `sorted` (ascending) that is at most `value`; -1 when none is. */
export function lastAtOrBefore(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] <= value) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** A map value's position: its own start is never reported, so it is not kept. */
export function asMapValue(pos: NodePos): NodePos {
  if (typeof pos === 'number') return -1;
  pos.start = -1;
  return pos;
}
