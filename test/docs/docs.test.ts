// The docs cannot rot: links resolve (files and GitHub-style #anchors), catalog examples load and
// validate, and every offline CLI line runs. The selection rules are in docs/development.md
// ("How the docs are tested"); keep the two in step.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { evaluate } from '../../src/core/engine';
import { parseCatalogFiles } from '../../src/core/load/parse';
import { ROOT, runCli } from '../support/run-cli';

const DOCS = ['README.md', 'examples/README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)].sort();
const text = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

interface Block {
  readonly file: string;
  readonly line: number;
  /** The info string: language and flags, e.g. `yaml invalid`. */
  readonly info: string;
  readonly body: string;
}

/** Fenced code blocks (``` or ~~~), and the lines outside them. */
function split(file: string): { blocks: Block[]; prose: { line: number; text: string }[] } {
  const blocks: Block[] = [];
  const prose: { line: number; text: string }[] = [];
  let open: { fence: string; info: string; line: number; body: string[] } | undefined;
  text(file).split('\n').forEach((raw, i) => {
    const fence = /^\s*(`{3,}|~{3,})\s*(.*)$/.exec(raw);
    if (open) {
      if (fence && fence[1].startsWith(open.fence) && fence[2] === '') {
        blocks.push({ file, line: open.line, info: open.info, body: open.body.join('\n') });
        open = undefined;
      } else open.body.push(raw);
    } else if (fence) open = { fence: fence[1], info: fence[2].trim(), line: i + 1, body: [] };
    else prose.push({ line: i + 1, text: raw });
  });
  if (open) throw new Error(`${file}:${open.line}: a code block is never closed`);
  return { blocks, prose };
}

/** GitHub's heading anchors (github-slugger): lower case, punctuation removed, spaces to -, repeats numbered. */
function anchors(file: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const { text: line } of split(file).prose) {
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const plain = m[1].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '');
    const base = plain.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

const links = DOCS.flatMap((file) =>
  split(file).prose.flatMap(({ line, text: t }) =>
    [...t.replace(/`[^`]*`/g, '').matchAll(/\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => ({ file, line, target: m[1] }))))
  .filter((l) => !/^[a-z][a-z0-9+.-]*:/i.test(l.target));

describe('links between docs', () => {
  test('there are links to check', () => {
    expect(links.length).toBeGreaterThan(10);
  });

  test.each(links.map((l) => [`${l.file}:${l.line}`, l.target, l.file]))('%s -> %s resolves', (_, target, file) => {
    const [filePart, anchor] = target.split('#', 2);
    const resolved = filePart === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURI(filePart)));
    expect([resolved, fs.existsSync(path.join(ROOT, resolved))]).toEqual([resolved, true]);
    if (anchor !== undefined && resolved.endsWith('.md')) expect(anchors(resolved)).toContain(anchor);
  });

  test('the slug rule is GitHub\'s', () => {
    const file = path.join(os.tmpdir(), `slug-${process.pid}.md`);
    fs.writeFileSync(file, '# The `account-catalog` CLI\n## Plan role (read-only, `live: true` on pull requests)\n## Exit codes\n## Exit codes\n');
    try {
      expect([...anchors(path.relative(ROOT, file))]).toEqual(['the-account-catalog-cli', 'plan-role-read-only-live-true-on-pull-requests', 'exit-codes', 'exit-codes-1']);
    } finally {
      fs.rmSync(file);
    }
  });
});

const schema = JSON.parse(text('schema/catalog.schema.json'));
const validateFile = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** ```yaml blocks whose top level is a mapping with version or accounts (docs/development.md). */
const catalogBlocks = DOCS.flatMap((file) => split(file).blocks)
  .filter((b) => /^ya?ml\b/.test(b.info) && !/\binvalid\b/.test(b.info))
  .filter((b) => {
    const data = parse(b.body);
    return typeof data === 'object' && data !== null && !Array.isArray(data) && ('version' in data || 'accounts' in data);
  });

describe('catalog examples in the docs', () => {
  test('there are catalog examples', () => {
    expect(catalogBlocks.length).toBeGreaterThanOrEqual(2);
  });

  test.each(catalogBlocks.map((b) => [`${b.file}:${b.line}`, b]))('%s is a valid catalog (file schema; a whole catalog: 0 errors)', (_, block) => {
    const b = block as Block;
    expect(validateFile(parse(b.body)) ? [] : validateFile.errors).toEqual([]);
    const data = parse(b.body);
    if ('version' in data && 'accounts' in data) {
      const { plan } = evaluate({ head: parseCatalogFiles([{ path: `${b.file}:${b.line}`, text: b.body }]) });
      expect(plan.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    }
  });
});

/** Shell words of one command, with '...' and "..." quoting. */
function words(command: string): string[] {
  return [...command.matchAll(/'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((m) => m[1] ?? m[2]?.replace(/\\(.)/g, '$1') ?? m[3]);
}

/** A shell script's lines, with `\`-continued lines joined (index: the first line's). */
function logicalLines(body: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  let pending: { index: number; text: string } | undefined;
  body.split('\n').forEach((line, index) => {
    const joined = pending ? { index: pending.index, text: `${pending.text} ${line.trim()}` } : { index, text: line };
    if (/\\$/.test(joined.text)) pending = { index: joined.index, text: joined.text.slice(0, -1).trimEnd() };
    else {
      pending = undefined;
      out.push(joined);
    }
  });
  if (pending) out.push(pending);
  return out;
}

/** Offline CLI lines of ```sh blocks (docs/development.md): validate, plan, render-config, demo. */
const cliLines = DOCS.flatMap((file) => split(file).blocks.filter((b) => /^(sh|bash|shell|console)\b/.test(b.info)).flatMap((b) =>
  logicalLines(b.body).map(({ index, text: line }) => ({ file, line: b.line + 1 + index, text: line.replace(/\s+#.*$/, '') }))
    // a console block shows a session: only its `$ ` lines are commands
    .filter((l) => !b.info.startsWith('console') || /^\s*\$\s/.test(l.text))
    .map((l) => ({ ...l, text: l.text.replace(/^\s*\$\s+/, '') }))))
  .flatMap((l) => l.text.split(/\s*&&\s*|\s*;\s*/).map((command) => ({ ...l, command: command.trim() })))
  .filter((l) => /^(npx\s+)?account-catalog\s+(validate|plan|render-config|demo)\b/.test(l.command))
  .filter((l) => !/--live\b/.test(l.command) && !/<[^>]*>/.test(l.command));

describe('CLI lines in the docs run offline', () => {
  let scratch: string;
  beforeAll(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-cli-'));
    fs.cpSync(path.join(ROOT, 'examples'), path.join(scratch, 'examples'), { recursive: true });
    fs.cpSync(path.join(ROOT, 'examples', 'head'), path.join(scratch, 'catalog'), { recursive: true });
  });
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  test('there are CLI lines to run, the README\'s demo among them', () => {
    expect(cliLines.map((l) => `${l.file} ${l.command}`)).toEqual(expect.arrayContaining(['README.md npx account-catalog demo']));
    expect(cliLines.length).toBeGreaterThanOrEqual(4);
  });

  test.each(cliLines.map((l) => [`${l.file}:${l.line}`, l.command]))('%s: %s', (_, command) => {
    const args = words(command).slice(command.startsWith('npx') ? 2 : 1);
    const result = runCli(args, scratch, { HOME: scratch, AWS_CONFIG_FILE: path.join(scratch, '.aws', 'config') });
    expect([command, result.code, result.stderr]).toEqual([command, expect.any(Number), expect.not.stringMatching(/\n\s+at /)]);
    expect([command, result.code === 0 || result.code === 1, result.stderr]).toEqual([command, true, result.stderr]);
  });
});
