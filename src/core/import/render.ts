// An imported catalog as YAML files (pure): one file, or organization.yaml plus one file per owner
// or OU. Comments mark what a human must decide. The same input always gives the same bytes.
import { Document, isMap, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { slug } from './environments';
import type { Entry, ImportedAccount, ImportedCatalog } from './infer';

export const SPLITS = ['none', 'owner', 'ou'] as const;
export type SplitBy = (typeof SPLITS)[number];

export interface CatalogFile {
  /** File name inside the output directory (or the output file's own name). */
  readonly name: string;
  readonly text: string;
}

/** The file a split catalog keeps its shared sections in. */
export const ORGANIZATION_FILE = 'organization.yaml';
/** The file name of a one-file import written into a directory. */
export const SINGLE_FILE = 'accounts.yaml';

const HEADER_COMMENT = [
  ' Imported from AWS by `account-catalog import`. Lines starting with "# review:" are guesses to check.',
  ' Validate with `account-catalog validate`, compare with AWS with `account-catalog plan --live --head <this>`.',
].join('\n');

const STRINGIFY = { lineWidth: 0, indentSeq: true } as const;

export function renderImport(imported: ImportedCatalog, split: SplitBy, singleName = SINGLE_FILE): CatalogFile[] {
  if (split === 'none') return [{ name: singleName, text: renderDocument(imported, imported.accounts, true) }];
  const groups = new Map<string, ImportedAccount[]>();
  for (const account of imported.accounts) {
    const key = split === 'owner' ? account.owner : account.ou;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(account);
  }
  const files: CatalogFile[] = [{ name: ORGANIZATION_FILE, text: renderDocument(imported, imported.accounts.length === 0 ? [] : undefined, true) }];
  const taken = new Set([ORGANIZATION_FILE]);
  const keys = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const key of keys) {
    const base = split === 'owner' ? slug(key) || 'team' : key === '/' ? 'root' : slug(key) || 'ou';
    let name = `${base}.yaml`;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}.yaml`;
    taken.add(name);
    const what = split === 'owner' ? `The accounts owned by ${key}.` : `The accounts in the OU ${key}.`;
    files.push({ name, text: renderAccounts(groups.get(key)!, ` ${what}`) });
  }
  return files;
}

/** The shared sections, and the accounts when given (an empty list is written as `accounts: []`). */
function renderDocument(imported: ImportedCatalog, accounts: readonly ImportedAccount[] | undefined, header: boolean): string {
  const data: Entry = { ...imported.header };
  if (accounts) data.accounts = accounts.map((a) => a.entry);
  const doc = new Document(data);
  if (header) doc.commentBefore = HEADER_COMMENT;
  const root = doc.contents as YAMLMap;
  const environments = root.get('environments', true) as YAMLMap | undefined;
  for (const pair of environments?.items ?? []) {
    if (isMap(pair.value)) pair.value.flow = true;
    const key = String((pair.key as { value?: unknown }).value);
    if (imported.guessedEnvironments.includes(key)) commentKey(pair, `review: environment "${key}" was found in the organization; is it production?`);
  }
  const teams = root.get('teams', true) as YAMLMap | undefined;
  for (const team of imported.teams) {
    const pair = teams?.items.find((p) => (p.key as { value?: unknown }).value === team.key);
    if (pair && team.note) commentKey(pair, `review: ${team.note}`);
  }
  const policy = root.get('policy', true) as YAMLMap | undefined;
  if (policy) {
    const pair = root.items.find((p) => (p.key as { value?: unknown }).value === 'policy');
    if (pair) commentKey(pair, 'review: who may approve budgets and closings (GitHub org/team slugs or logins)');
    flowLists(policy);
  }
  if (accounts) decorateAccounts(root.get('accounts', true) as unknown as YAMLSeq, accounts);
  return doc.toString(STRINGIFY);
}

function renderAccounts(accounts: readonly ImportedAccount[], comment: string): string {
  const doc = new Document({ accounts: accounts.map((a) => a.entry) });
  doc.commentBefore = comment;
  decorateAccounts((doc.contents as YAMLMap).get('accounts', true) as unknown as YAMLSeq, accounts);
  return doc.toString(STRINGIFY);
}

function decorateAccounts(seq: YAMLSeq, accounts: readonly ImportedAccount[]): void {
  seq.items.forEach((item, i) => {
    const node = item as Node & { spaceBefore?: boolean; commentBefore?: string | null };
    if (i > 0) node.spaceBefore = true;
    const notes = accounts[i].notes;
    if (notes.length > 0) node.commentBefore = notes.map((n) => ` review: ${n}`).join('\n');
    if (isMap(node)) {
      const budget = node.get('budget', true);
      if (isMap(budget)) {
        const alerts = budget.get('alerts', true);
        if (isSeq(alerts)) for (const alert of alerts.items) if (isMap(alert)) alert.flow = true;
        const recipients = budget.get('recipients', true);
        if (isSeq(recipients)) recipients.flow = true;
      }
    }
  });
}

/** Short lists (approver teams and users) on one line. */
function flowLists(node: unknown): void {
  if (isSeq(node) && node.items.length === 0) node.flow = true;
  if (isMap(node)) for (const pair of node.items) flowLists(pair.value);
}

function commentKey(pair: Pair, text: string): void {
  (pair.key as { commentBefore?: string }).commentBefore = ` ${text}`;
}
