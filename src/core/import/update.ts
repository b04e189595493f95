// `account-catalog import --update`, the pure part: keeps an existing catalog in step with AWS by
// inserting text, never by re-serialising. Ids go into the entries they belong to; accounts the
// catalog lacks go to one new file (a directory catalog) or the end of the list (one file). Every
// other byte stays as it was, comments included.
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { matchLive, managedIds } from '../plan/live-match';
import type { Catalog, LiveOrganization } from '../model';
import { inferCatalog, type ImportOptions } from './infer';

export interface CatalogSource {
  /** The path as shown (and written) by the CLI. */
  readonly path: string;
  readonly text: string;
}

export interface TextEdit {
  /** Offset in the original text. */
  readonly at: number;
  readonly insert: string;
  /** Characters replaced from `at` (default 0: a pure insertion). */
  readonly replace?: number;
}

export interface FileUpdate {
  readonly path: string;
  readonly before: string;
  readonly after: string;
  readonly edits: readonly TextEdit[];
}

export interface CatalogUpdate {
  readonly files: readonly FileUpdate[];
  /** One line per change, e.g. `accounts.yaml:12: id 222222222222 for ship-dev (matched by email)`. */
  readonly messages: readonly string[];
  readonly idsAdded: number;
  readonly accountsAdded: number;
}

/** The file a directory catalog's new, unreviewed accounts go to. */
export const ADDED_FILE = 'imported-accounts.yaml';

const REVIEW = 'review: added by `account-catalog import --update`: AWS has this account, the catalog did not';

/**
 * `sources` are the catalog's files in the order the loader merges them (so `catalog.accounts[i].index`
 * counts through them); `directory` is where a new file goes, or undefined for a one-file catalog.
 */
export function updateCatalog(sources: readonly CatalogSource[], catalog: Catalog, live: LiveOrganization, directory: string | undefined, options: ImportOptions = {}): CatalogUpdate {
  const messages: string[] = [];
  const edits = new Map<string, TextEdit[]>();
  const addEdit = (path: string, edit: TextEdit) => (edits.get(path) ?? edits.set(path, []).get(path)!).push(edit);

  // Where each merged account entry is: file and node.
  const parsed = sources.map((source) => ({ source, doc: parseDocument(source.text, { keepSourceTokens: false }) }));
  const entries: { source: CatalogSource; node: Node; seq: YAMLSeq }[] = [];
  for (const { source, doc } of parsed) {
    const seq = isMap(doc.contents) ? doc.contents.get('accounts', true) : undefined;
    if (isSeq(seq)) for (const node of seq.items) entries.push({ source, node: node as Node, seq });
  }

  const pairs = matchLive(catalog.accounts, live);
  let idsAdded = 0;
  for (const { account, live: current } of pairs) {
    if (!current || account.id) continue;
    const place = entries[account.index];
    if (!place || !isMap(place.node) || String(scalarOf(place.node, 'email') ?? '').toLowerCase() !== account.email.toLowerCase()) {
      messages.push(`skipped ${account.name}: its entry could not be found to add id ${current.id}; add \`id: "${current.id}"\` by hand.`);
      continue;
    }
    if (place.node.has('id')) {
      messages.push(`skipped ${account.name}: its id is empty; set it to "${current.id}".`);
      continue;
    }
    const edit = idEdit(place.source.text, place.node, current.id);
    addEdit(place.source.path, edit);
    idsAdded++;
    messages.push(`${place.source.path}:${lineOf(place.source.text, edit.at)}: id ${current.id} for ${account.name} (matched by email ${current.email})`);
  }

  const managed = managedIds(pairs);
  const missing = live.accounts.filter((a) => !managed.has(a.id));
  let accountsAdded = 0;
  const files: FileUpdate[] = [];
  if (missing.length > 0) {
    const imported = inferCatalog({ ...live, accounts: missing }, options);
    const items = imported.accounts.map((a) => ({ entry: a.entry, notes: [REVIEW, ...a.notes.map((n) => `review: ${n}`)] }));
    accountsAdded = items.length;
    const names = imported.accounts.map((a) => a.name).join(', ');
    const existing = directory === undefined ? undefined : sources.find((s) => s.path === joinPath(directory, ADDED_FILE));
    if (directory !== undefined && !existing) {
      const path = joinPath(directory, ADDED_FILE);
      const declaresEnvironments = parsed.some(({ doc }) => isMap(doc.contents) && doc.contents.has('environments'));
    const text = newFileText(items, catalog, imported, declaresEnvironments);
      files.push({ path, before: '', after: text, edits: [{ at: 0, insert: text }] });
      messages.push(`${path}: new file with ${accountsAdded} account${accountsAdded === 1 ? '' : 's'} AWS has and the catalog lacked, marked for review: ${names}`);
    } else {
      const target = existing ?? sources[sources.length - 1];
      const doc = parsed.find((p) => p.source === target)!.doc;
      addEdit(target.path, appendEdit(target.text, doc, items));
      messages.push(`${target.path}: ${accountsAdded} account${accountsAdded === 1 ? '' : 's'} AWS has and the catalog lacked, added at the end for review: ${names}`);
      const undeclared = undeclaredOwners(catalog, imported.accounts.map((a) => a.owner));
      if (undeclared.length > 0) messages.push(`declare the team${undeclared.length === 1 ? '' : 's'} ${undeclared.join(', ')} under teams, or change the new accounts' owner.`);
    }
  }

  for (const source of sources) {
    const list = edits.get(source.path);
    if (!list) continue;
    files.push({ path: source.path, before: source.text, after: applyEdits(source.text, list), edits: list });
  }
  return { files, messages, idsAdded, accountsAdded };
}

function scalarOf(map: YAMLMap, key: string): unknown {
  const value = map.get(key, true);
  return isScalar(value) ? value.value : undefined;
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** `id: "…"` right after the entry's `ou` (else `email`) line, at that key's indentation; `, id: "…"` in a flow mapping. */
function idEdit(text: string, map: YAMLMap, id: string): TextEdit {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === 'ou') ?? map.items.find((p) => isScalar(p.key) && p.key.value === 'email')!;
  const value = pair.value as Node;
  const quoted = JSON.stringify(id);
  if (map.flow) return { at: value.range![1], insert: `, id: ${quoted}` };
  const keyStart = (pair.key as Node).range![0];
  const indentation = ' '.repeat(keyStart - lineStart(text, keyStart));
  const eol = eolOf(text);
  const newline = text.indexOf('\n', value.range![1]);
  if (newline === -1) return { at: text.length, insert: `${eol}${indentation}id: ${quoted}${eol}` };
  return { at: newline + 1, insert: `${indentation}id: ${quoted}${eol}` };
}

/** The new entries after the last item of the file's `accounts` list, indented as its items are. */
function appendEdit(text: string, doc: ReturnType<typeof parseDocument>, items: readonly NewItem[]): TextEdit {
  const eol = eolOf(text);
  const root = doc.contents;
  const seq = isMap(root) ? root.get('accounts', true) : undefined;
  if (!isSeq(seq) || (seq.flow && seq.items.length > 0)) {
    throw new UpdateError('the catalog\'s accounts are not a block list (`- name: ...`): write them as one, then run --update again.');
  }
  if (seq.flow) {
    // `accounts: []`: the list becomes a block list holding the new entries.
    const block = indent(itemsText(items), '  ').replace(/\n/g, eol);
    return { at: seq.range![0], insert: `${eol}${block}`, replace: seq.range![1] - seq.range![0] };
  }
  const first = seq.range![0];
  const indentation = ' '.repeat(first - lineStart(text, first));
  const lastItem = seq.items[seq.items.length - 1] as Node;
  const end = lastItem.range![2];
  const newline = text.indexOf('\n', Math.max(end - 1, 0));
  const body = indent(itemsText(items), indentation).replace(/\n/g, eol);
  if (newline === -1) return { at: text.length, insert: `${eol}${body}` };
  return { at: newline + 1, insert: body };
}

/** The catalog cannot be edited in place as it is written: exit 2 with this message. */
export class UpdateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UpdateError';
  }
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  let out = '';
  let last = 0;
  for (const edit of sorted) {
    out += text.slice(last, edit.at) + edit.insert;
    last = edit.at + (edit.replace ?? 0);
  }
  return out + text.slice(last);
}

function joinPath(directory: string, name: string): string {
  return directory === '' || directory === '.' ? name : `${directory.replace(/\/+$/, '')}/${name}`;
}

function undeclaredOwners(catalog: Catalog, owners: readonly string[]): string[] {
  return [...new Set(owners)].filter((o) => !Object.prototype.hasOwnProperty.call(catalog.teams, o)).sort();
}

interface NewItem {
  readonly entry: Record<string, unknown>;
  readonly notes: readonly string[];
}

/** The new entries as a block list, each with its review comment. */
function itemsText(items: readonly NewItem[]): string {
  const doc = new Document(items.map((i) => i.entry));
  (doc.contents as YAMLSeq).items.forEach((node, i) => {
    const n = node as Node & { spaceBefore?: boolean; commentBefore?: string };
    n.spaceBefore = true;
    n.commentBefore = items[i].notes.map((note) => ` ${note}`).join('\n');
  });
  return doc.toString({ lineWidth: 0 });
}

/** A directory catalog's new file: the accounts, plus the teams, OUs and environments they need that the catalog lacks. */
function newFileText(items: readonly NewItem[], catalog: Catalog, imported: ReturnType<typeof inferCatalog>, declaresEnvironments: boolean): string {
  const data: Record<string, unknown> = {};
  const teams = imported.teams.filter((t) => !Object.prototype.hasOwnProperty.call(catalog.teams, t.key));
  if (teams.length > 0) data.teams = Object.fromEntries(teams.map((t) => [t.key, { email: t.email }]));
  const declared = new Set(catalog.organizationalUnits);
  const ous = [...new Set(imported.accounts.map((a) => a.ou))].filter((ou) => !declared.has(ou)).sort();
  if (ous.length > 0) data.organizationalUnits = ous;
  const environments = [...new Set(imported.accounts.map((a) => a.environment))].filter((e) => !Object.prototype.hasOwnProperty.call(catalog.environments, e)).sort();
  // Declaring environments here replaces the defaults when the catalog relies on them: keep them too.
  if (environments.length > 0) {
    const header = imported.header.environments as Record<string, unknown>;
    const keep = declaresEnvironments ? [] : Object.keys(catalog.environments);
    data.environments = Object.fromEntries([...keep.map((e) => [e, catalog.environments[e]]), ...environments.map((e) => [e, header[e] ?? { production: true }])]);
  }
  const head = Object.keys(data).length > 0 ? new Document(data).toString({ lineWidth: 0 }) : '';
  return `# ${REVIEW}.\n# Review each entry (owner, environment, budget), then move it where it belongs.\n${head}accounts:\n${indent(itemsText(items), '  ')}`;
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : by + line))
    .join('\n');
}

