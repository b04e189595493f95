import type { ErrorObject, ValidateFunction } from 'ajv';
import { resolvePlain } from '../load/scalars';
import { buildCatalog } from './build';
import { CATALOG_SCHEMA, MERGED_CATALOG_REQUIRED } from './catalog-schema';
import * as generated from './validate-catalog.generated';
import { describeValue, quote, shownTag } from './display';
import { didYouMean } from './did-you-mean';
import { ownedByRule } from './owned';
import type { CheckedCatalog, Finding, LoadedCatalog, NodePath } from '../model';

/** The `schema` rule plus typing: raw merged data -> shape findings and the typed catalog with defaults. */
export function checkCatalog(loaded: LoadedCatalog): CheckedCatalog {
  return {
    catalog: buildCatalog(loaded.data),
    source: loaded,
    raw: loaded.data,
    // Validated on first read, once per loaded catalog (a pull request check evaluates it twice).
    get findings() {
      let findings = VALIDATED.get(loaded);
      if (!findings) VALIDATED.set(loaded, (findings = schemaFindings(loaded)));
      return findings;
    },
  };
}

const VALIDATED = new WeakMap<LoadedCatalog, Finding[]>();

// ajv compiled the schema at build time (schema/generate.ts): compiling it at run time costs ~150 ms.
const validator = generated.validate as unknown as ValidateFunction;

function validate(data: unknown): readonly ErrorObject[] {
  const errors = validator(data) ? [] : [...(validator.errors ?? [])];
  // The per-file schema requires nothing at the top; the merged catalog needs these keys.
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const missing = MERGED_CATALOG_REQUIRED.filter((key) => !Object.prototype.hasOwnProperty.call(data, key));
    errors.unshift(...missing.map((key): ErrorObject => ({ keyword: 'required', instancePath: '', schemaPath: '#/required', params: { missingProperty: key }, message: `must have required property '${key}'` })));
  }
  return errors;
}

/** Shape problems, one finding each, at the node's file:line. */
export function schemaFindings(loaded: LoadedCatalog): Finding[] {
  const data = loaded.data;
  // A file that did not parse contributes nothing: "version is missing" would only repeat its yaml-syntax finding.
  const unparsed = loaded.findings.some((f) => f.rule === 'yaml-syntax' && f.severity === 'error');
  const errors = validate(data).filter((e) => !ownedError(e, data) && !(unparsed && e.keyword === 'required' && e.instancePath === ''));
  // A node with the wrong type gives one finding, not one per keyword (`version: "1"` fails type and const).
  const typeErrors = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  // A misspelt required field ("emial") gives one finding: the did-you-mean, not also "email is missing".
  const misspelt = new Set(errors.filter((e) => e.keyword === 'additionalProperties').map((e) => {
    const allowed = allowedKeys(e);
    return `${e.instancePath}/${didYouMean(String(e.params.additionalProperty), allowed)}`;
  }));
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== 'type' && typeErrors.has(error.instancePath)) continue;
    if (error.keyword === 'required' && misspelt.has(`${error.instancePath}/${String(error.params.missingProperty)}`)) continue;
    // `anyOf` says it once; its branches' `required` errors would repeat it.
    if (error.schemaPath.includes('/anyOf/')) continue;
    const described = describe(error, data, loaded.tagAt);
    const key = `${described.path.join('\u0000')}\u0000${described.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const account = accountName(data, described.path);
    findings.push({
      rule: 'schema',
      severity: 'error',
      message: described.message,
      ...loaded.locate(described.path),
      ...(account !== undefined ? { account } : {}),
    });
  }
  return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}

function ownedError(error: ErrorObject, data: unknown): boolean {
  let keyword = error.keyword;
  if (keyword === 'required') keyword = `required:${(error.params as { missingProperty: string }).missingProperty}`;
  if (keyword === 'type') {
    const value = valueAt(data, toPath(error.instancePath, data));
    if (typeof value === 'number' && !Number.isFinite(value)) keyword = 'type:infinite';
  }
  return ownedByRule(error.instancePath, keyword);
}

interface Described {
  readonly path: NodePath;
  readonly message: string;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  object: 'a mapping',
  array: 'a list',
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'empty',
};

function describe(error: ErrorObject, data: unknown, tagAt: LoadedCatalog['tagAt']): Described {
  const path = toPath(error.instancePath, data);
  const value = valueAt(data, path);
  const where = subject(path, data);
  const params = error.params as Record<string, unknown>;
  // `!!str 600` is text because of its tag: say so, rather than "drop the quotes" where there are none.
  const tag = tagAt?.(path);
  const shown = tag === undefined ? describeValue(value) : `${describeValue(value)} (a value tagged ${shownTag(tag)})`;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = allowedKeys(error);
      const suggestion = didYouMean(key, allowed);
      const fix = suggestion !== undefined ? `did you mean "${suggestion}"?` : `remove it or use one of: ${allowed.join(', ')}.`;
      const message = path.length === 0 ? `Unknown top-level field ${quote(key)}: ${fix}` : `${where}: unknown field ${quote(key)}: ${fix}`;
      return { path: [...path, key], message };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      const example = missing === 'version' ? ' Add "version: 1" at the top.' : ` Add ${missing}.`;
      return { path, message: `${where} is missing the required field "${missing}".${example}` };
    }
    case 'type': {
      const expected = String(params.type).split(',').map((t) => TYPE_NAMES[t] ?? t).join(' or ');
      const hint = tag === undefined ? typeHint(String(params.type), value, path) : ` Remove the tag and write ${TAGLESS[String(params.type).split(',')[0]] ?? 'the plain value'}.`;
      return { path, message: `${where} must be ${expected}, not ${shown}.${hint}` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      const fix = suggestion !== undefined ? `did you mean "${suggestion}"?` : `use one of: ${allowed.join(', ')}.`;
      return { path, message: `${where} is ${shown}: ${fix}` };
    }
    case 'const':
      return { path, message: `${where} must be ${JSON.stringify(params.allowedValue)}, not ${shown}: this tool reads catalog version ${JSON.stringify(params.allowedValue)}.` };
    case 'anyOf':
      return { path, message: `${where} must name a group or a user that gets the permission set: add "group: <name>" or "user: <name>".` };
    case 'pattern':
      return { path, message: `${where} is ${describeValue(value)}: ${PATTERN_HINTS[fieldName(path)] ?? `it must match ${String(params.pattern)}.`}` };
    case 'minLength':
      return { path, message: `${where} is empty: give it a value or remove it.` };
    default:
      return { path, message: `${where} ${error.message ?? 'is not valid'}.` };
  }
}

/** How to write a value of each type without a tag. */
const TAGLESS: Readonly<Record<string, string>> = {
  string: 'the text in quotes',
  number: 'a plain number',
  integer: 'a plain whole number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
};

const PATTERN_HINTS: Readonly<Record<string, string>> = {
  managementAccountId: 'write the 12-digit account id in quotes, e.g. "111111111111".',
  github: 'write the GitHub team as org/team-slug, e.g. acme/platform.',
  teams: 'write each GitHub team as org/team-slug, e.g. acme/finance.',
  allowedEmailDomains: 'write a domain name such as acme.com, without "@".',
};

/** The field a value belongs to: its key, or for a list item the list's key. */
function fieldName(path: NodePath): string {
  const last = path[path.length - 1];
  return String(typeof last === 'number' ? path[path.length - 2] : last);
}

/** Lists of text, where a single value most likely meant a list of one. */
const STRING_LISTS = new Set(['recipients', 'allowedEmailDomains', 'organizationalUnits', 'teams', 'users', 'productionStandingPermissionSets']);

function typeHint(expected: string, value: unknown, path: NodePath): string {
  const last = path[path.length - 1];
  const numeric = expected === 'number' || expected === 'integer';
  // Only text that YAML reads as a number once unquoted: `"0b101"` is text with or without quotes.
  if (numeric && typeof value === 'string' && typeof plainValue(value.trim()) === 'number' && Number.isFinite(plainValue(value.trim()))) return ' Drop the quotes.';
  if (numeric && typeof value === 'number') return ' Use a finite number.';
  if (expected === 'string' && typeof value === 'number' && (last === 'id' || last === 'managementAccountId')) {
    return ' Put the account id in quotes (an unquoted id loses leading zeros).';
  }
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) return ' Put it in quotes.';
  if (expected === 'boolean' && (value === 'true' || value === 'false')) return ' Drop the quotes.';
  if (expected === 'array' && typeof value === 'string' && STRING_LISTS.has(String(last))) return ` Write it as a list, e.g. [${quote(value)}].`;
  if (value === null && typeof last === 'number') return ' Remove the empty item or fill it in.';
  if (value === null && expected === 'object') return ' Write {} for an empty mapping, or remove the key.';
  if (value === null && expected === 'array') return ' Write [] for an empty list, or remove the key.';
  if (value === null) return ' Give it a value or remove the key.';
  return '';
}

/** What `text` would be, written as a plain YAML scalar. */
function plainValue(text: string): unknown {
  try {
    return resolvePlain(text);
  } catch {
    return text;
  }
}

/** The keys the schema allows where an additionalProperties error occurred. */
function allowedKeys(error: ErrorObject): string[] {
  // schemaPath is "#/properties/accounts/items/additionalProperties": its parent holds `properties`.
  const parent = valueAt(CATALOG_SCHEMA, error.schemaPath.split('/').slice(1, -1)) as { properties?: object } | undefined;
  return Object.keys(parent?.properties ?? {});
}

function valueAt(root: unknown, path: NodePath): unknown {
  let node = root;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** A JSON pointer from ajv as a catalog path: list indexes become numbers. */
function toPath(pointer: string, data: unknown): NodePath {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const index = Number(segment);
      path.push(index);
      node = node[index];
    } else {
      path.push(segment);
      node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

/** Who a message is about: `Account "ship-dev": budget.monthlyUsd`, `policy.rules`, `The catalog`. */
function subject(path: NodePath, data: unknown): string {
  if (path.length === 0) return 'The catalog';
  if (path[0] === 'accounts' && typeof path[1] === 'number') {
    const name = accountName(data, path);
    const account = name !== undefined ? `Account ${quote(name)}` : `Account #${path[1] + 1} (accounts[${path[1]}])`;
    return path.length === 2 ? account : `${account}: ${dotted(path.slice(2))}`;
  }
  return dotted(path);
}

function dotted(path: NodePath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? plainKey(segment) : `.${plainKey(segment)}`;
  }
  return text;
}

function plainKey(key: string): string {
  return /^[A-Za-z0-9_-]{1,80}$/.test(key) ? key : quote(key);
}

function accountName(data: unknown, path: NodePath): string | undefined {
  if (path[0] !== 'accounts' || typeof path[1] !== 'number') return undefined;
  const accounts = (data as Record<string, unknown>).accounts;
  const account = Array.isArray(accounts) ? (accounts[path[1]] as Record<string, unknown> | null | undefined) : undefined;
  return typeof account === 'object' && account !== null && typeof account.name === 'string' ? account.name : undefined;
}
