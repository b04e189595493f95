import type { Finding, LoadedCatalog, NodePath, SourceLocation } from '../model';
import type { FilePositions, LineIndex } from './positions';

/** A file that parsed to a top-level mapping. */
export interface ParsedFile {
  readonly path: string;
  readonly data: Record<string, unknown>;
  readonly positions: FilePositions;
  readonly lines: LineIndex;
}

/** Where the items of a merged list came from: items [start, start + count) are file's [0, count). */
interface ListPart {
  readonly start: number;
  readonly count: number;
  readonly file: ParsedFile;
}

/**
 * Merges the top-level sections of a directory's files: lists are concatenated in file order,
 * maps are merged by key, and single values must agree. An entry defined in two files is an
 * error naming both places (rule `schema`: each file parsed, the catalog's shape is wrong); the
 * first definition is kept. An empty section gives way to a filled one.
 */
export function mergeFiles(files: readonly ParsedFile[], paths: readonly string[], findings: Finding[]): LoadedCatalog {
  const data: Record<string, unknown> = {};
  const firstFile = new Map<string, ParsedFile>();
  const listParts = new Map<string, ListPart[]>();
  const entryFile = new Map<string, Map<string, ParsedFile>>();
  const at = (file: ParsedFile, path: NodePath): SourceLocation => file.lines.position(file.path, file.positions.offset(path));

  for (const file of files) {
    for (const key of Object.keys(file.data)) {
      const value = file.data[key];
      const first = firstFile.get(key);
      // An empty section (`teams:` with nothing under it) defines nothing when another file fills it.
      if (first && value === null) continue;
      if (!first || data[key] === null) {
        firstFile.set(key, file);
        if (Array.isArray(value)) {
          setOwn(data, key, [...value]);
          listParts.set(key, [{ start: 0, count: value.length, file }]);
        } else if (isPlainObject(value)) {
          setOwn(data, key, { ...value });
          entryFile.set(key, new Map(Object.keys(value).map((k) => [k, file])));
        } else {
          setOwn(data, key, value);
        }
        continue;
      }
      const existing = data[key];
      if (Array.isArray(existing) && Array.isArray(value)) {
        listParts.get(key)!.push({ start: existing.length, count: value.length, file });
        for (const item of value) existing.push(item);
      } else if (isPlainObject(existing) && isPlainObject(value)) {
        const owners = entryFile.get(key)!;
        for (const entry of Object.keys(value)) {
          const owner = owners.get(entry);
          if (owner) {
            const there = at(owner, [key, entry]);
            const here = at(file, [key, entry]);
            findings.push({
              rule: 'schema',
              severity: 'error',
              message: `${key}.${entry} is defined twice: in ${there.file}:${there.line} and in ${here.file}:${here.line}. Keep one definition.`,
              ...here,
            });
            continue;
          }
          setOwn(existing, entry, value[entry]);
          owners.set(entry, file);
        }
      } else if (!sameValue(existing, value)) {
        const there = at(first, [key]);
        const here = at(file, [key]);
        const what = Array.isArray(existing) || isPlainObject(existing) || Array.isArray(value) || isPlainObject(value)
          ? 'must be the same kind (a list or a mapping) in every file'
          : 'must have the same value in every file';
        findings.push({
          rule: 'schema',
          severity: 'error',
          message: `${key} differs between ${there.file}:${there.line} and ${here.file}:${here.line}: it ${what}. Make them equal, or keep ${key} in one file.`,
          ...here,
        });
      }
    }
  }

  const fallback: SourceLocation = { file: files[0]?.path ?? paths[0] ?? '<none>', line: 1, column: 1 };
  /** The file a merged path comes from, and the path inside that file. */
  const source = (path: NodePath): { file: ParsedFile; path: NodePath } | undefined => {
    const top = String(path[0]);
    const item = path[1];
    if (typeof item === 'number') {
      const part = partOf(listParts.get(top), item);
      if (part) return { file: part.file, path: [top, item - part.start, ...path.slice(2)] };
    } else if (typeof item === 'string') {
      const owner = entryFile.get(top)?.get(item);
      if (owner) return { file: owner, path };
    }
    const first = firstFile.get(top);
    return first ? { file: first, path } : undefined;
  };
  const locate = (path: NodePath): SourceLocation => {
    const found = path.length === 0 ? undefined : source(path);
    return found ? at(found.file, found.path) : fallback;
  };
  const tagAt = (path: NodePath): string | undefined => {
    const found = path.length === 0 ? undefined : source(path);
    return found?.file.positions.tagAt(found.path);
  };
  return { data, files: paths, findings, locate, tagAt };
}

/** The part that holds merged item `item`: parts are in order, so a binary search (1,000 files, 160k findings). */
function partOf(parts: readonly ListPart[] | undefined, item: number): ListPart | undefined {
  if (!parts) return undefined;
  let low = 0;
  let high = parts.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const part = parts[mid];
    if (item < part.start) high = mid - 1;
    else if (item >= part.start + part.count) low = mid + 1;
    else return part;
  }
  return undefined;
}

// `__proto__` is an ordinary key in YAML; plain assignment would change the object's prototype.
function setOwn(into: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(into, key, { value, writable: true, enumerable: true, configurable: true });
  else into[key] = value;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
