import type { Finding, LoadedCatalog } from '../model';
import { parseCatalogFiles, type CatalogText } from './parse';

/** A catalog file as stored: text, or raw bytes that must be UTF-8. */
export interface CatalogContent {
  readonly path: string;
  readonly content: string | Uint8Array;
}

/**
 * A catalog path the adapter refused to read (a symbolic link, not a regular file): it stands in
 * the catalog as a `yaml-syntax` error, so the check fails, and contributes no data.
 */
export interface RefusedCatalogFile {
  readonly path: string;
  /** Why it was not read, shown as the finding's message. */
  readonly refused: string;
}

export type CatalogSource = CatalogContent | RefusedCatalogFile;

/**
 * Parses catalog files given as text or bytes (pure). Bytes that are not UTF-8 text, text with
 * NUL characters, and refused files become a `yaml-syntax` error for that file instead of data.
 */
export function parseCatalogContents(files: readonly CatalogSource[]): LoadedCatalog {
  const texts: CatalogText[] = [];
  const findings: Finding[] = [];
  for (const file of files) {
    const decoded: { text?: string; problem?: string } = 'refused' in file ? { problem: file.refused } : typeof file.content === 'string' ? { text: file.content } : decodeUtf8(file.content);
    if (decoded.text !== undefined) texts.push({ path: file.path, text: decoded.text });
    else findings.push({ rule: 'yaml-syntax', severity: 'error', message: decoded.problem ?? 'This file cannot be read.', file: file.path, line: 1, column: 1 });
  }
  const loaded = parseCatalogFiles(texts);
  if (findings.length === 0 && texts.length === files.length) return loaded;
  return {
    data: loaded.data,
    files: files.map((f) => f.path),
    findings: [...findings, ...loaded.findings],
    locate: texts.length > 0 ? loaded.locate : () => ({ file: files[0]?.path ?? '<none>', line: 1, column: 1 }),
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeUtf8(bytes: Uint8Array): { text: string; problem?: undefined } | { text?: undefined; problem: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: 'This file is UTF-16 text. Save it as UTF-8 (most editors offer this under "encoding").' };
  }
  if (bytes.includes(0)) {
    return { problem: 'This is a binary file (it contains NUL bytes), not YAML. Remove it from the catalog or replace it with a YAML file.' };
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { problem: 'This file is not UTF-8 text. Save it as UTF-8, or remove it from the catalog if it is not a catalog file.' };
  }
}
