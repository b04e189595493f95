import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Finding, LoadedCatalog, NodePath, SourceLocation } from '../model';

/** One catalog file's name and contents, as the file-system adapter read them. */
export interface CatalogText {
  readonly path: string;
  readonly text: string;
}

/** Aliases beyond this are a `yaml-syntax` error: a catalog has no need for many, a bomb has millions. */
export const MAX_ALIAS_COUNT = 100;

interface ParsedFile {
  readonly path: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
  readonly data: unknown;
}

// BASIC VERSION: correct, not yet fast. The loader work replaces it behind the same signature.
export function parseCatalogFiles(files: readonly CatalogText[]): LoadedCatalog {
  const findings: Finding[] = [];
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    const lines = new LineCounter();
    const doc = parseDocument(file.text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const pos = lines.linePos(error.pos[0]);
        findings.push({ rule: 'yaml-syntax', severity: 'error', message: error.message.split('\n')[0], file: file.path, line: pos.line, column: pos.col });
      }
      continue;
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      findings.push({ rule: 'yaml-syntax', severity: 'error', message: `${(e as Error).message}: remove the anchors and aliases.`, file: file.path, line: 1, column: 1 });
      continue;
    }
    if (data === null || data === undefined) continue;
    if (typeof data !== 'object' || Array.isArray(data)) {
      findings.push({ rule: 'schema', severity: 'error', message: 'The top level of a catalog file must be a mapping (version, accounts, ...).', file: file.path, line: 1, column: 1 });
      continue;
    }
    parsed.push({ path: file.path, doc, lines, data });
  }
  return mergeFiles(parsed, files.map((f) => f.path), findings);
}

/** Where a merged node came from: the file and the node's path inside it. */
interface Origin {
  readonly file: ParsedFile;
  readonly path: NodePath;
}

function mergeFiles(parsed: readonly ParsedFile[], paths: readonly string[], findings: Finding[]): LoadedCatalog {
  const data: Record<string, unknown> = {};
  // Merged top-level key -> origin of the whole value, and for lists/maps the origin of each item.
  const origins = new Map<string, Origin>();
  const itemOrigins = new Map<string, Map<string | number, Origin>>();
  const locateIn = (origin: Origin, rest: NodePath): SourceLocation => locateNode(origin.file, [...origin.path, ...rest]);

  for (const file of parsed) {
    for (const [key, value] of Object.entries(file.data as Record<string, unknown>)) {
      const existing = data[key];
      if (!(key in data)) {
        data[key] = Array.isArray(value) ? [...value] : isPlainObject(value) ? { ...value } : value;
        origins.set(key, { file, path: [key] });
        const items = new Map<string | number, Origin>();
        if (Array.isArray(value)) value.forEach((_, i) => items.set(i, { file, path: [key, i] }));
        else if (isPlainObject(value)) for (const k of Object.keys(value)) items.set(k, { file, path: [key, k] });
        itemOrigins.set(key, items);
      } else if (Array.isArray(existing) && Array.isArray(value)) {
        const items = itemOrigins.get(key)!;
        value.forEach((item, i) => {
          items.set(existing.length, { file, path: [key, i] });
          existing.push(item);
        });
      } else if (isPlainObject(existing) && isPlainObject(value)) {
        const items = itemOrigins.get(key)!;
        for (const [k, v] of Object.entries(value)) {
          const first = items.get(k);
          if (first) {
            const here = locateNode(file, [key, k]);
            const there = locateIn(first, []);
            findings.push({ rule: 'schema', severity: 'error', message: `${key}.${k} is defined twice: in ${there.file}:${there.line} and in ${here.file}:${here.line}. Keep one definition.`, ...here });
            continue;
          }
          existing[k] = v;
          items.set(k, { file, path: [key, k] });
        }
      } else if (JSON.stringify(existing) !== JSON.stringify(value)) {
        const here = locateNode(file, [key]);
        const there = locateIn(origins.get(key)!, []);
        findings.push({ rule: 'schema', severity: 'error', message: `${key} differs between ${there.file}:${there.line} and ${here.file}:${here.line}. Make them equal or keep it in one file.`, ...here });
      }
    }
  }

  const fallback: SourceLocation = { file: parsed[0]?.path ?? paths[0] ?? '<none>', line: 1, column: 1 };
  const locate = (path: NodePath): SourceLocation => {
    if (path.length === 0) return fallback;
    const [top, item, ...rest] = path;
    const origin = item !== undefined ? itemOrigins.get(String(top))?.get(item) : undefined;
    if (origin) return locateIn(origin, rest);
    const topOrigin = origins.get(String(top));
    return topOrigin ? locateIn(topOrigin, path.slice(1)) : fallback;
  };
  return { data, files: paths, findings, locate };
}

/** The position of the deepest node along `path` that exists in the file. */
function locateNode(file: ParsedFile, path: NodePath): SourceLocation {
  let node: unknown = file.doc.contents;
  let keyNode: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === segment);
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      keyNode = undefined;
      node = node.items[segment];
    } else break;
  }
  const range = (node as Node | null)?.range ?? keyNode?.range;
  const offset = keyNode?.range ? keyNode.range[0] : range ? range[0] : 0;
  const pos = file.lines.linePos(offset);
  return { file: file.path, line: pos.line, column: pos.col };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
