// The subset reader must give exactly what `parseDocument` gives, or step aside.
// Every text here goes through both readers; whenever the subset reader accepts a text,
// the reference must have no problem with it, and data and positions must be identical.
import { parseSubset } from '../../../src/core/load/fast';
import { parseOne } from '../../../src/core/load/parse';
import { parseReference } from '../../../src/core/load/reference';
import { TreePositions } from '../../../src/core/load/positions';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require('../../../bench/generate.cjs') as {
  random(seed: number): () => number;
  generatePair(count: number, seed?: number): { base: string; head: string };
};

// LOADER_FUZZ_SCALE=10 runs ten times as many random and mutated documents (for a long check).
const SCALE = Number(process.env.LOADER_FUZZ_SCALE ?? 1);

interface Verdict {
  readonly accepted: boolean;
}

/** Asserts the two readers agree on `text`; tells whether the fast path took it. */
function agree(text: string): Verdict {
  const fast = parseSubset(text);
  const reference = parseReference(text);
  if (!fast) return { accepted: false };
  try {
    expect(reference.problems).toEqual([]);
    expect(fast.data).toStrictEqual(reference.data);
    expect(fast.positions.toTree()).toStrictEqual((reference.positions as TreePositions).root);
  } catch (e) {
    throw new Error(`readers disagree on:\n${JSON.stringify(text)}\n${(e as Error).message}`);
  }
  return { accepted: true };
}

describe('generated catalogs', () => {
  test.each([20, 57, 300])('%i accounts, base and head: accepted and identical', (count) => {
    for (const seed of [1, 2, 3]) {
      const { base, head } = generator.generatePair(count, seed);
      expect(agree(base).accepted).toBe(true);
      expect(agree(head).accepted).toBe(true);
      // The same catalogs with CRLF line ends, and with a BOM-less comment header.
      expect(agree(base.replace(/\n/g, '\r\n')).accepted).toBe(true);
    }
  });
});

// Scalars, keys and lines that a reader can get wrong. Each is tried as a value, a list item, a
// flow item and a key, in block and flow context.
const VALUES = [
  'plain', 'two words', 'ünïcödé', '日本語', 'emoji 🎉', '"🎉"', 'Équipe', 'a\u00a0b',
  '1e309', '-1e309', '1E3', '1e+3', '12e', '0x1F', '0x1f', '0xGG', '0o17', '0o19', '0777', '007', '0b101', '1_000',
  '.5', '5.', '+.5e3', '-.5', '+5', '-5', '-0', '+0', '0', '3.14', '1.0', '-', '-x', '--x', '---', '...',
  '.inf', '-.inf', '+.inf', '.Inf', '.INF', '.nan', '.NaN', '.NAN', '.nAn',
  '~', 'null', 'Null', 'NULL', 'nULL', 'nul', 'nulls', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE',
  'yes', 'no', 'on', 'off', 'y', 'n', 'Yes', 'NO',
  '2024-01-01', '2001-12-14t21:59:43.10-05:00', '12:30', '12:30:00', '1:2', 'a:b', 'a: b', 'a:', 'a #b', 'a#b', 'a # b',
  'http://x.y/z?q=1&r=2', 'aws+x@acme.com', '@org/team', '<script>alert(1)</script>', '%x', '@x', '`x`', '!x', '!!str x',
  '&a x', '*a', '?x', '? x', ':x', ': x', '|', '>', '|-', "'single'", "'it''s'", "''", "'a''''b'", "'unterminated",
  '"double"', '""', '"a\\"b"', '"tab\\there"', '"nl\\nx"', '"\\u00e9\\x41\\U0001F389"', '"\\q"', '"unterminated', '"a" b',
  '"\\\\"', '"a\\', "'a' b", '[a, b]', '[]', '{}', '[a,]', '[a, , b]', '[a b, c]', '[[a], {b: [c]}]', '{a: 1}', '{a: 1, a: 2}',
  '{ "k": v }', '{k:v}', '{k: v:w}', '{a, b}', '{a: }', '[a: b]', '[a, {b: c}]', '{a: [1, 2], b: {c: ~}}', '[a] x', '{a: 1} # c',
  '[ "x,y", \'z]\' ]', '[a#b]', '[a #b]', '{a: b #c}', '[-1, -x, - y]', '[.inf, ~, null, 0x1F, 1e309]', 'a ]', 'a }', 'a, b',
  'trailing   ', 'a  # comment', 'x\ty', '\u2028', 'a\u0085b', 'a\ufeffb', 'control\u0001', 'del\u007f',
];

const KEYS = [
  'name', 'two words', '"quoted key"', "'single key'", 'a:b', 'k#x', '1', '"1"', '01', 'true', '"true"', 'null', '~',
  '__proto__', '"__proto__"', '<<', 'constructor', 'toString', 'ключ', '日本', '-k', '- k', '? k', '&a k', '!t k', '"a\\u0041"',
  '"unterminated', 'x ', 'k : v',
];

function wrapValue(value: string): string[] {
  return [
    `version: 1\nkey: ${value}\n`,
    `version: 1\nlist:\n  - ${value}\n  - after\n`,
    `version: 1\nlist:\n- ${value}\nnext: 1\n`,
    `version: 1\nflow: [${value}]\n`,
    `version: 1\nflow: { k: ${value} }\n`,
    `version: 1\nm:\n  - n: ${value}\n    o: ${value} # c\n`,
  ];
}

describe('tricky scalars, keys and lines', () => {
  test('every value in every position', () => {
    let accepted = 0;
    for (const value of VALUES) for (const text of wrapValue(value)) if (agree(text).accepted) accepted++;
    // The subset is meant to take the ordinary cases, not to refuse everything.
    expect(accepted).toBeGreaterThan(300);
  });

  test('every key in block and flow maps', () => {
    for (const key of KEYS) {
      agree(`version: 1\n${key}: v\n`);
      agree(`version: 1\nm:\n  ${key}: v\n  other: w\n`);
      agree(`version: 1\nf: { ${key}: v }\n`);
      agree(`version: 1\nl:\n  - ${key}: v\n    x: y\n`);
    }
    // The ordinary ones are taken.
    expect(agree('version: 1\n"quoted key": v\n').accepted).toBe(true);
    expect(agree('version: 1\na:b: v\n').accepted).toBe(true);
  });

  test.each([
    ['empty', ''],
    ['comment only', '# nothing\n'],
    ['top-level list', '- a\n- b\n'],
    ['top-level scalar', 'just text\n'],
    ['indented top level', '  a: 1\n  b: 2\n'],
    ['document start', '---\na: 1\n'],
    ['document end', 'a: 1\n...\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['directive', '%YAML 1.2\n---\na: 1\n'],
    ['duplicate key', 'a: 1\na: 2\n'],
    ['duplicate nested key', 'a:\n  b: 1\n  b: 2\n'],
    ['bad indent', 'a:\n  b: 1\n c: 2\n'],
    ['over-indented', 'a: 1\n  b: 2\n'],
    ['tab indent', 'a:\n\tb: 1\n'],
    ['multi-line plain', 'a: one\n  two\n'],
    ['multi-line quoted', 'a: "one\n  two"\n'],
    ['block scalar', 'a: |\n  text\n  more\nb: 1\n'],
    ['folded scalar', 'a: >-\n  text\n  more\n'],
    ['anchor and alias', 'a: &x 1\nb: *x\n'],
    ['merge key', 'base: &b { x: 1 }\nc:\n  <<: *b\n  y: 2\n'],
    ['tag', 'a: !!str 1\nb: !custom x\n'],
    ['complex key', '? a\n: 1\n'],
    ['nested seq', 'a:\n  - - x\n    - y\n'],
    ['empty item', 'a:\n  -\n  - b\n'],
    ['item then nested map', 'a:\n  -\n    b: 1\n'],
    ['key with no value', 'a:\nb: 1\n'],
    ['key with no value at end', 'a: 1\nb:\n'],
    ['key with comment and nested', 'a: # c\n  b: 1\n'],
    ['comments everywhere', '# h\na: 1 # c\n# x\n  # y\nb:\n# z\n  - x # w\n\n  - y\n'],
    ['comment at column 0 inside a list', 'a:\n  - n: 1\n# here\n    o: 2\n'],
    ['blank lines with spaces', 'a:\n    \n  b: 1\n   \n'],
    ['seq at key indent', 'a:\n- 1\n- 2\nb: 3\n'],
    ['seq at key indent in item', 'l:\n  - a:\n    - 1\n    b: 2\n'],
    ['wide indents', 'a:\n      b:\n          - c: 1\n            d: 2\n'],
    ['compact map with spaces', 'l:\n  -   a: 1\n      b: 2\n'],
    ['item after compact map wrong indent', 'l:\n  - a: 1\n   b: 2\n'],
    ['space before colon', 'a : 1\nb  :  2\n'],
    ['colon no space', 'a:1\n'],
    ['CRLF', 'a: 1\r\nb:\r\n  - x\r\n'],
    ['lone CR', 'a: 1\rb: 2\n'],
    ['CRLF in quotes', 'a: "x"\r\nb: \'y\'\r\n'],
    ['no final newline', 'a: 1\nb: two'],
    ['long key', `${'k'.repeat(1100)}: v\n`],
    ['very deep block', Array.from({ length: 80 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n') + ' v\n'],
    ['very deep flow', `a: ${'['.repeat(80)}${']'.repeat(80)}\n`],
    ['flow across lines', 'a: [1,\n  2]\n'],
    ['unicode line separator', 'a: x\u2028y\n'],
    ['NEL', 'a: x\u0085y\n'],
    ['BOM inside', 'a: 1\n\ufeffb: 2\n'],
    ['numbers as keys', '1: a\n2: b\n'],
    ['array-index quoted keys', '"2": a\n"1": b\n'],
  ])('%s', (_name, text) => {
    agree(text);
  });
});

describe('tags and aliases: the subset reader steps aside, so both readers report the same', () => {
  test.each([
    ['unknown tag', 'version: 1\ndata-class: !local "pci"\n'],
    ['unresolved core tag', 'version: 1\nmonthlyUsd: !!float 600\n'],
    ['type-changing tags', 'version: 1\nx: !!binary aGk=\ny: !!timestamp 2001-12-14\nz: !!set { a }\nw: !!omap [ { a: 1 } ]\n'],
    ['accepted core tags', 'version: 1\na: !!str 600\nb: !!int "7"\nc: [!!float 1.5]\n'],
    ['a tag in a flow map', 'version: 1\ntags: { x: !!binary aGk= }\n'],
    ['unknown alias', 'version: 1\ntags: *nope\n'],
    ['alias in a flow list', 'version: 1\nl: [a, *nope]\n'],
    ['self-containing alias', 'version: 1\na: &a [*a]\n'],
  ])('%s', (_name, text) => {
    for (const variant of [text, text.replace(/\n/g, '\r\n')]) {
      expect(parseSubset(variant)).toBeUndefined();
      expect(parseOne(variant)).toEqual(parseReference(variant));
    }
  });
});

describe('repeated keys (the reader guesses a key from the map before)', () => {
  test.each([
    ['prefix of the next key', 'l:\n  - a: 1\n  - ab: 2\n  - a: 3\n'],
    ['next key longer with a colon', 'l:\n  - a: 1\n  - a:b: 2\n'],
    ['key ending in a colon', 'l:\n  - a:: 1\n  - a:: 2\n  - a: 3\n'],
    ['space before the colon', 'l:\n  - name: 1\n  - name : 2\n'],
    ['quoted the second time', 'l:\n  - name: 1\n  - "name": 2\n  - \'name\': 3\n'],
    ['quoted first, plain after', 'l:\n  - "a: b": 1\n  - a: b: 2\n'],
    ['value with colon after a guessed key', 'l:\n  - a: 1\n  - a: b: c\n'],
    ['comment after a guessed key', 'l:\n  - a: 1\n  - a: # c\n    b: 2\n'],
    ['guessed key at the end of the line', 'l:\n  - a:\n      x: 1\n  - a:\n      x: 2\n'],
    ['same key twice in one map after a guess', 'l:\n  - a: 1\n    b: 2\n  - a: 1\n    a: 2\n'],
    ['typed key where a string was', 'l:\n  - a: 1\n  - 1: 2\n  - true: 3\n  - null: 4\n'],
    ['guess across depths', 'a:\n  b:\n    c: 1\nb:\n  a:\n    c: 2\nc:\n  c: 3\n'],
    ['CRLF guesses', 'l:\r\n  - a: 1\r\n    b: 2\r\n  - a: 3\r\n    b:\r\n  - a:\r\n'],
  ])('%s', (_name, text) => {
    agree(text);
  });
});

describe('random documents', () => {
  // A generator of YAML-ish documents from the pieces above, in many layouts. Most are valid,
  // some are not; the readers must agree on every one the subset reader accepts.
  function document(rnd: () => number): string {
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
    const plainValues = VALUES.filter((v) => rnd() < 0.5 || /^[\w .@+/-]+$/.test(v));
    const eol = rnd() < 0.2 ? '\r\n' : '\n';
    const unit = pick([1, 2, 3, 4]);
    const lines: string[] = [];
    const comment = (): string => (rnd() < 0.1 ? ` # ${pick(['c', 'x: y', '- z', "'q"])}` : '');
    const key = (): string => (rnd() < 0.85 ? pick(['name', 'email', 'owner', 'tags', 'budget', 'a', 'b', 'c', 'x-y', 'k.1']) : pick(KEYS));
    const scalar = (): string => (rnd() < 0.6 ? pick(['v', 'acme', '500', '"q"', "'s'", 'true', '~', '/Workloads/Dev']) : pick(plainValues));
    const flow = (depth: number): string => {
      if (depth > 2 || rnd() < 0.5) return scalar();
      if (rnd() < 0.5) return `[${Array.from({ length: Math.floor(rnd() * 3) }, () => flow(depth + 1)).join(pick([', ', ',', ' , ']))}]`;
      const used = new Set<string>();
      const entries = Array.from({ length: Math.floor(rnd() * 3) }, () => {
        let k = key();
        while (used.has(k) && rnd() < 0.9) k = `${k}x`;
        used.add(k);
        return `${k}: ${flow(depth + 1)}`;
      });
      return `{ ${entries.join(', ')} }`;
    };
    const block = (indent: number, depth: number, asMap: boolean): void => {
      const pad = ' '.repeat(indent);
      const count = 1 + Math.floor(rnd() * 4);
      const used = new Set<string>();
      for (let i = 0; i < count; i++) {
        if (rnd() < 0.08) lines.push(rnd() < 0.5 ? '' : `${' '.repeat(Math.floor(rnd() * 6))}# note`);
        const nested = depth < 4 && rnd() < 0.35;
        if (asMap) {
          let k = key();
          while (used.has(k) && rnd() < 0.95) k = `${k}${i}`;
          used.add(k);
          if (nested) {
            lines.push(`${pad}${k}:${comment()}`);
            const seqHere = rnd() < 0.5;
            const sameIndent = seqHere && rnd() < 0.3;
            block(sameIndent ? indent : indent + unit, depth + 1, !seqHere);
          } else lines.push(`${pad}${k}: ${rnd() < 0.3 ? flow(0) : scalar()}${comment()}`);
        } else if (nested && rnd() < 0.7) {
          // A compact map: `- k: v` then its other keys under the first.
          const inner = `${pad}${'-'.padEnd(1 + (rnd() < 0.9 ? unit : 1 + unit), ' ')}`;
          const k = key();
          lines.push(`${inner}${k}: ${scalar()}${comment()}`);
          const before = lines.length;
          block(inner.length, depth + 1, true);
          // Avoid repeating the first key by accident most of the time.
          if (rnd() < 0.9) for (let j = before; j < lines.length; j++) lines[j] = lines[j].replace(new RegExp(`^(\\s*)${escapeRegExp(k)}:`), '$1other:');
        } else lines.push(`${pad}- ${rnd() < 0.3 ? flow(0) : scalar()}${comment()}`);
      }
    };
    if (rnd() < 0.1) lines.push('# header');
    block(0, 0, true);
    return lines.join(eol) + (rnd() < 0.9 ? eol : '');
  }

  test('5,000 documents', () => {
    const rnd = generator.random(20261123);
    let accepted = 0;
    for (let i = 0; i < 5000 * SCALE; i++) if (agree(document(rnd)).accepted) accepted++;
    expect(accepted).toBeGreaterThan(500);
  });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('mutated catalogs', () => {
  // Small edits of a valid catalog: one character inserted, deleted or replaced, a line
  // duplicated or re-indented. These land right at the edges of the subset.
  const base = generator.generatePair(20, 7).head;
  const PIECES = [' ', ':', '#', '-', "'", '"', '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '%', '@', '`', '?', '\n', '\r', '\t', '~', '.', '0', 'e', '\\', ': ', ' #', '- ', '\u00e9', '\u2028'];

  function mutate(text: string, rnd: () => number): string {
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
    let out = text;
    const edits = 1 + Math.floor(rnd() * 3);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(rnd() * out.length);
      const kind = rnd();
      if (kind < 0.4) out = out.slice(0, at) + pick(PIECES) + out.slice(at);
      else if (kind < 0.6) out = out.slice(0, at) + out.slice(at + 1);
      else if (kind < 0.8) out = out.slice(0, at) + pick(PIECES) + out.slice(at + 1);
      else {
        const lines = out.split('\n');
        const i = Math.floor(rnd() * lines.length);
        if (rnd() < 0.5) lines.splice(i, 0, lines[i]);
        else lines[i] = rnd() < 0.5 ? ` ${lines[i]}` : lines[i].replace(/^ /, '');
        out = lines.join('\n');
      }
    }
    return out;
  }

  test('1,000 mutants', () => {
    const rnd = generator.random(4242);
    let accepted = 0;
    for (let i = 0; i < 1000 * SCALE; i++) if (agree(mutate(base, rnd)).accepted) accepted++;
    expect(accepted).toBeGreaterThan(50);
  });
});

describe('heads edited around a base', () => {
  // Heads share most of their text with a base: the readers agree on each variant.
  test('re-indented, commented, cut and extended heads', () => {
    const { base, head } = generator.generatePair(60, 11);
    expect(agree(base).accepted).toBe(true);
    const rnd = generator.random(77);
    const edits: ((text: string) => string)[] = [
      () => head,
      (t) => t.replace(/\n {2}- name: /g, '\n  -   name: '),
      (t) => t.replace('\n  - name: svc00005-prod', '\n# moved\n  - name: svc00005-prod'),
      (t) => t.replace('\n  - name: svc00007', '\n\n  - name: svc00007'),
      (t) => t.replace(/\n/g, '\r\n'),
      (t) => t.replace('accounts:\n', 'accounts:\n  # first\n'),
      (t) => t.replace(/\n {4}/g, '\n      ').replace(/\n {2}- /g, '\n    - '),
      (t) => t.replace(/\n {2}- /g, '\n- ').replace(/\n {4}/g, '\n  '),
      (t) => t.replace(/(\n {2}- name: svc00010-dev\n)/, '$1    note: x\n'),
      (t) => t.slice(0, t.length - 1),
      (t) => `${t}  - name: last\n`,
      (t) => `${t}  - last\n`,
      (t) => `${t}other: 1\n`,
    ];
    for (const edit of edits) {
      const text = edit(base);
      agree(text);
      const lines = text.split('\n');
      agree(lines.slice(0, Math.floor(rnd() * lines.length)).join('\n'));
    }
  });
});
