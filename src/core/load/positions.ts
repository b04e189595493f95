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
}

export interface SeqPos {
  readonly kind: 'seq';
  start: number;
  readonly items: NodePos[];
}

/** Where a path inside one file starts: the deepest map key or sequence item along it. */
export interface FilePositions {
  offset(path: NodePath): number;
  /** The same positions for a copy of the data they were made for. */
  forCopy(data: Record<string, unknown>): FilePositions;
}

/** Positions kept as a tree of NodePos (the `parseDocument` reader builds these). */
export class TreePositions implements FilePositions {
  constructor(readonly root: MapPos) {}
  offset(path: NodePath): number {
    return offsetOf(this.root, path);
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
 */
export class LogPositions implements FilePositions {
  constructor(
    private readonly data: Record<string, unknown>,
    private readonly starts: ArrayLike<number>,
    private readonly skips: ArrayLike<number>,
  ) {}

  forCopy(data: Record<string, unknown>): FilePositions {
    return new LogPositions(data, this.starts, this.skips);
  }

  offset(path: NodePath): number {
    let node: unknown = this.data;
    let entry = 0; // the current node's first entry
    let found = -1;
    for (const segment of path) {
      if (typeof node !== 'object' || node === null) break;
      let index: number;
      if (Array.isArray(node)) {
        if (typeof segment !== 'number' || segment < 0 || segment >= node.length) break;
        index = segment;
        node = node[segment];
      } else {
        if (typeof segment !== 'string' || !Object.prototype.hasOwnProperty.call(node, segment)) break;
        index = Object.keys(node).indexOf(segment);
        node = (node as Record<string, unknown>)[segment];
      }
      for (let i = 0; i < index; i++) entry += 1 + this.skips[entry];
      found = this.starts[entry];
      entry += 1;
    }
    return found >= 0 ? found : this.starts.length > 0 ? this.starts[0] : 0;
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

/** The offset `locate` reports for a path inside one file: the deepest key or item along it. */
export function offsetOf(root: NodePos, path: NodePath): number {
  let node: NodePos = root;
  let keyStart: number | undefined;
  for (const segment of path) {
    if (typeof node !== 'object') break;
    if (node.kind === 'map') {
      const index = typeof segment === 'string' ? node.keys.indexOf(segment) : -1;
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

/** Turns offsets into 1-based line and column, the way `yaml`'s LineCounter does. */
export class LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}

  position(file: string, offset: number): SourceLocation {
    // Built on first use: most files never need a position.
    const starts = (this.starts ??= lineStarts(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { file, line: low + 1, column: offset - starts[low] + 1 };
  }
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
