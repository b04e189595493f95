import type { Finding, LoadedCatalog } from '../model';
import { parseSubset } from './fast';
import { mergeFiles, type ParsedFile } from './merge';
import { LineIndex } from './positions';
import { parseReference, type FileParse, type FileProblem } from './reference';

export { MAX_ALIAS_COUNT } from './reference';

/** One catalog file's name and contents, as the file-system adapter read them. */
export interface CatalogText {
  readonly path: string;
  readonly text: string;
}

/**
 * Parses and merges the files of one catalog (pure: no I/O).
 *
 * Each file goes through the strict-subset reader first; anything outside that subset, including
 * every error, is read by `yaml`'s `parseDocument`, which gives the same data and positions.
 * Results are cached by content, so files that base and head share are parsed once.
 */
export function parseCatalogFiles(files: readonly CatalogText[]): LoadedCatalog {
  const findings: Finding[] = [];
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
    const result = parseText(text);
    const lines = result.lines;
    for (const problem of result.parse.problems) {
      findings.push({ rule: 'yaml-syntax', severity: problem.severity, message: problem.message, ...lines.position(file.path, problem.offset) });
    }
    if (result.parse.data && result.parse.positions) parsed.push({ path: file.path, data: result.parse.data, positions: result.parse.positions, lines });
  }
  return mergeFiles(parsed, files.map((f) => f.path), findings);
}

interface CachedParse {
  readonly parse: FileParse;
  readonly lines: LineIndex;
}

// Keyed by the text itself: equal contents give equal results, whatever the file's name, so the
// files a directory catalog's base and head share are read once. The cache keeps its own copy of
// the data and hands out copies, so no caller can change what another one gets. Only files of a
// directory-sized catalog are kept (copying is cheap for them; a big single file rarely repeats),
// and the total is bounded so a long-running process (tests, a server) cannot grow without end.
const cache = new Map<string, CachedParse>();
const CACHE_FILE_LIMIT_CHARS = 512 * 1024;
const CACHE_LIMIT_CHARS = 32 * 1024 * 1024;
let cachedChars = 0;

function parseText(text: string): CachedParse {
  const hit = cache.get(text);
  if (hit) {
    cache.delete(text);
    cache.set(text, hit); // most recently used last
    return { parse: copyOf(hit.parse), lines: hit.lines };
  }
  const result: CachedParse = { parse: parseOne(text), lines: new LineIndex(text) };
  if (text.length <= CACHE_FILE_LIMIT_CHARS) {
    cache.set(text, { parse: copyOf(result.parse), lines: result.lines });
    cachedChars += text.length;
    for (const [oldest] of cache) {
      if (cachedChars <= CACHE_LIMIT_CHARS) break;
      cache.delete(oldest);
      cachedChars -= oldest.length;
    }
  }
  return result;
}

function copyOf(parse: FileParse): FileParse {
  if (!parse.data || !parse.positions) return parse;
  const data = copyData(parse.data) as Record<string, unknown>;
  return { data, positions: parse.positions.forCopy(data), problems: parse.problems };
}

/** A deep copy of parsed data: plain objects, arrays and scalars. */
function copyData(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyData);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = copyData((value as Record<string, unknown>)[key]);
    // `__proto__` is an ordinary key in YAML; assignment would set the prototype.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: item, writable: true, enumerable: true, configurable: true });
    else copy[key] = item;
  }
  return copy;
}

/** One file's text (BOM already removed) to data, positions and problems. */
export function parseOne(text: string): FileParse {
  if (text.includes('\0')) {
    return { problems: [{ offset: text.indexOf('\0'), severity: 'error', message: 'This is a binary file (it contains NUL bytes), not YAML. Remove it from the catalog directory.' }] };
  }
  let exit = 0;
  const fast = parseSubset(text, (offset) => (exit = offset));
  if (fast) return { data: fast.data, positions: fast.positions, problems: [] };
  if (text.length > MAX_FULL_PARSE_CHARS) return { problems: [tooBigForFullParse(text.length, exit)] };
  return parseReference(text);
}

/**
 * `parseDocument` needs about 110 MB of memory and a second or more per MB of YAML, so a big file
 * is read only by the subset reader: otherwise a 50 MB file could take minutes and gigabytes.
 */
export const MAX_FULL_PARSE_CHARS = 10 * 1024 * 1024;

function tooBigForFullParse(chars: number, offset: number): FileProblem {
  const mb = (chars / 1024 / 1024).toFixed(1);
  return {
    offset,
    severity: 'error',
    message:
      `This file is ${mb} MB and, from this line on, uses YAML beyond plain mappings, lists and one-line values ` +
      '(for example anchors, tags, multi-line or block strings, or a syntax error). Files over 10 MB must keep to those; ' +
      'simplify this part or split the catalog into a directory of smaller files.',
  };
}
