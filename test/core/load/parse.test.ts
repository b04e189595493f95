import { parseCatalogContents } from '../../../src/core/load/contents';
import { parseCatalogFiles } from '../../../src/core/load/parse';
import type { Finding, LoadedCatalog } from '../../../src/core/model';

const CATALOG = `version: 1
teams:
  ship:
    email: ship@acme.com
accounts:
  - name: ship-dev
    email: aws+ship-dev@acme.com
    budget:
      monthlyUsd: 500
    tags: { cost-center: cc-1, team: Équipe }
  - name: ship-prod
    email: aws+ship-prod@acme.com
`;

function load(text: string, path = 'accounts.yaml'): LoadedCatalog {
  return parseCatalogFiles([{ path, text }]);
}

function only(findings: readonly Finding[]): Finding {
  expect(findings).toHaveLength(1);
  return findings[0];
}

/** Every finding message is one line that says how to fix the problem, never a stack. */
function expectFriendly(finding: Finding): void {
  expect(finding.message).not.toMatch(/\n|\s+at \S+ \(|Error:/);
  expect(finding.message.length).toBeGreaterThan(20);
}

describe('one file', () => {
  test('reads data and points paths at their source (1-based)', () => {
    const catalog = load(CATALOG);
    expect(catalog.findings).toEqual([]);
    expect(catalog.files).toEqual(['accounts.yaml']);
    expect(catalog.data).toEqual({
      version: 1,
      teams: { ship: { email: 'ship@acme.com' } },
      accounts: [
        { name: 'ship-dev', email: 'aws+ship-dev@acme.com', budget: { monthlyUsd: 500 }, tags: { 'cost-center': 'cc-1', 'team': 'Équipe' } },
        { name: 'ship-prod', email: 'aws+ship-prod@acme.com' },
      ],
    });
    expect(catalog.locate(['teams', 'ship'])).toEqual({ file: 'accounts.yaml', line: 3, column: 3 });
    expect(catalog.locate(['accounts', 0, 'budget', 'monthlyUsd'])).toEqual({ file: 'accounts.yaml', line: 9, column: 7 });
    expect(catalog.locate(['accounts', 0, 'tags', 'team'])).toEqual({ file: 'accounts.yaml', line: 10, column: 32 });
    expect(catalog.locate(['accounts', 1])).toEqual({ file: 'accounts.yaml', line: 11, column: 5 });
    // A path that does not exist points at its nearest existing ancestor.
    expect(catalog.locate(['accounts', 1, 'budget', 'monthlyUsd'])).toEqual({ file: 'accounts.yaml', line: 11, column: 5 });
    expect(catalog.locate(['accounts', 0, 'tags', 'missing'])).toEqual({ file: 'accounts.yaml', line: 10, column: 5 });
    expect(catalog.locate(['accounts', 7])).toEqual({ file: 'accounts.yaml', line: 5, column: 1 });
    expect(catalog.locate(['nothing'])).toEqual({ file: 'accounts.yaml', line: 1, column: 1 });
  });

  test('a file outside the fast subset (anchors) gives the same data and positions', () => {
    const plain = load(CATALOG);
    const anchored = load(CATALOG.replace('email: ship@acme.com', 'email: &mail ship@acme.com').replace('cost-center: cc-1', 'cost-center: cc-1, x: *mail'));
    expect(anchored.findings).toEqual([]);
    expect((anchored.data.accounts as { tags: Record<string, string> }[])[0].tags.x).toBe('ship@acme.com');
    for (const path of [['teams', 'ship'], ['accounts', 0, 'budget', 'monthlyUsd'], ['accounts', 1], ['accounts', 0, 'tags', 'missing']]) {
      expect(anchored.locate(path)).toEqual(plain.locate(path));
    }
  });

  test('YAML 1.2 core schema: what is a number, a null, a string', () => {
    const { data } = load('version: 1\na: 1e309\nb: -1e309\nc: 0x1F\nd: 0o17\ne: .inf\nf: ~\ng: null\nh: yes\ni: no\nj: 2024-01-01\nk: "500"\nl: 12:30\nm: .nan\nn: True\n');
    expect(data).toEqual({ version: 1, a: Infinity, b: -Infinity, c: 31, d: 15, e: Infinity, f: null, g: null, h: 'yes', i: 'no', j: '2024-01-01', k: '500', l: '12:30', m: NaN, n: true });
  });

  test('unicode survives, in keys and values, fast path or not', () => {
    const text = 'version: 1\ntags:\n  équipe: Équipe\n  日本: 日本語\n  emoji: "🎉 party"\n  rtl: "\u05e2\u05d1\u05e8\u05d9\u05ea"\n';
    const catalog = load(text);
    expect(catalog.findings).toEqual([]);
    expect(catalog.data.tags).toEqual({ 'équipe': 'Équipe', '日本': '日本語', 'emoji': '🎉 party', 'rtl': '\u05e2\u05d1\u05e8\u05d9\u05ea' });
    expect(catalog.locate(['tags', '日本'])).toEqual({ file: 'accounts.yaml', line: 4, column: 3 });
  });

  test('CRLF line ends read as valid input, with the same positions', () => {
    const crlf = load(CATALOG.replace(/\n/g, '\r\n'));
    const lf = load(CATALOG);
    expect(crlf.findings).toEqual([]);
    expect(crlf.data).toEqual(lf.data);
    expect(crlf.locate(['accounts', 0, 'tags', 'team'])).toEqual(lf.locate(['accounts', 0, 'tags', 'team']));
  });

  test('a byte order mark is read as valid input and does not shift columns', () => {
    const bom = load(`\ufeff${CATALOG}`);
    expect(bom.findings).toEqual([]);
    expect(bom.data).toEqual(load(CATALOG).data);
    expect(bom.locate(['version'])).toEqual({ file: 'accounts.yaml', line: 1, column: 1 });
    const bytes = parseCatalogContents([{ path: 'a.yaml', content: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CATALOG)]) }]);
    expect(bytes.findings).toEqual([]);
    expect(bytes.data).toEqual(load(CATALOG).data);
  });

  test('`__proto__` is an ordinary key and never changes a prototype', () => {
    const catalog = parseCatalogFiles([
      { path: 'a.yaml', text: 'version: 1\n__proto__: { polluted: true }\nteams:\n  __proto__: { x: 1 }\n' },
      { path: 'b.yaml', text: 'version: 1\nteams:\n  ship: {}\n' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(catalog.data)).toBe(Object.prototype);
    expect(Object.keys(catalog.data.teams as object)).toEqual(['__proto__', 'ship']);
    expect(Object.getPrototypeOf(catalog.data.teams)).toBe(Object.prototype);
  });

  test('parsing the same text again gives the same result, as a separate copy (content cache)', () => {
    for (const text of [CATALOG, `${CATALOG}anchor: &a x\nalias: *a\n`]) {
      const first = load(text, 'a.yaml');
      const expected = structuredClone(first.data);
      (first.data.accounts as { name: string }[])[0].name = 'changed by a caller';
      (first.data.teams as Record<string, unknown>).extra = {};
      const second = load(text, 'b.yaml');
      expect(second.data).toEqual(expected);
      expect(second.data.accounts).not.toBe(first.data.accounts);
      expect(second.locate(['accounts', 1])).toEqual({ file: 'b.yaml', line: 11, column: 5 });
      expect(load(text, 'c.yaml').data).toEqual(expected);
    }
  });
});

describe('bad input becomes findings', () => {
  test('malformed YAML: an error at its line, saying how to fix it', () => {
    const catalog = load('version: 1\naccounts:\n  - name: "unterminated\n    email: x\n');
    const finding = only(catalog.findings);
    expect(finding).toMatchObject({ rule: 'yaml-syntax', severity: 'error', file: 'accounts.yaml' });
    expect(finding.line).toBeGreaterThanOrEqual(3);
    expectFriendly(finding);
    expect(catalog.data).toEqual({});
  });

  test('bad indentation', () => {
    const finding = load('version: 1\nteams:\n  ship:\n    email: a\n   github: b\n').findings[0];
    expect(finding).toMatchObject({ rule: 'yaml-syntax', severity: 'error', line: 5 });
    expectFriendly(finding);
  });

  test('duplicate keys are errors at the second key', () => {
    const finding = only(load('version: 1\nteams:\n  ship: {}\n  ship: {}\n').findings);
    expect(finding).toMatchObject({ rule: 'yaml-syntax', severity: 'error', line: 4, column: 3 });
    expect(finding.message).toMatch(/unique/i);
    expect(finding.message).toMatch(/remove or rename/);
  });

  test('duplicate keys in a flow map', () => {
    expect(only(load('version: 1\ntags: { a: 1, a: 2 }\n').findings)).toMatchObject({ rule: 'yaml-syntax', severity: 'error', line: 2 });
  });

  test('a billion-laughs alias bomb ends quickly with a clear finding', () => {
    const lines = ['version: 1', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    lines.push('accounts: *a9');
    const finding = only(load(lines.join('\n')).findings);
    expect(finding).toMatchObject({ rule: 'yaml-syntax', severity: 'error' });
    expect(finding.message).toMatch(/alias bomb/);
    expectFriendly(finding);
  });

  test('many aliases of one large value are bounded too', () => {
    const big = Array.from({ length: 2000 }, (_, i) => `v${i}`).join(', ');
    const uses = Array.from({ length: 90 }, (_, i) => `  k${i}: *big`).join('\n');
    const finding = only(load(`version: 1\nbig: &big [${big}]\ncopies:\n${uses}\n`).findings);
    expect(finding.message).toMatch(/alias bomb/);
  });

  test('a few aliases are fine', () => {
    const catalog = load('version: 1\ndefaults: &d { monthlyUsd: 50 }\naccounts:\n  - budget: *d\n  - budget: *d\n');
    expect(catalog.findings).toEqual([]);
    expect(catalog.data.accounts).toEqual([{ budget: { monthlyUsd: 50 } }, { budget: { monthlyUsd: 50 } }]);
  });

  test('an empty or comment-only file is a warning, not a crash', () => {
    for (const text of ['', '\n\n', '# just a comment\n', '\ufeff']) {
      const catalog = load(text);
      const finding = only(catalog.findings);
      expect(finding).toMatchObject({ rule: 'yaml-syntax', severity: 'warning', line: 1, column: 1 });
      expect(finding.message).toMatch(/empty/);
      expect(catalog.data).toEqual({});
    }
  });

  test('a top-level list or value is an error that says to use a mapping', () => {
    const list = only(load('- name: a\n- name: b\n').findings);
    expect(list).toMatchObject({ rule: 'yaml-syntax', severity: 'error', line: 1 });
    expect(list.message).toMatch(/mapping.*not a list/);
    expect(only(load('just words\n').findings).message).toMatch(/not a single value/);
  });

  test('binary content is an error, not garbage data', () => {
    expect(only(load('version: 1\n\0\0\0').findings).message).toMatch(/binary/);
    const nul = parseCatalogContents([{ path: 'x.yaml', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]) }]);
    expect(only(nul.findings)).toMatchObject({ rule: 'yaml-syntax', severity: 'error', file: 'x.yaml', line: 1, column: 1 });
    const latin1 = parseCatalogContents([{ path: 'x.yaml', content: new Uint8Array([0x61, 0x3a, 0x20, 0xe9, 0x0a]) }]);
    expect(only(latin1.findings).message).toMatch(/not UTF-8/);
    const utf16 = parseCatalogContents([{ path: 'x.yaml', content: Buffer.from('\ufeffa: 1\n', 'utf16le') }]);
    expect(only(utf16.findings).message).toMatch(/UTF-16/);
  });

  test('a binary file next to good ones: the good ones still load', () => {
    const catalog = parseCatalogContents([
      { path: 'a.yaml', content: 'version: 1\nteams: { ship: {} }\n' },
      { path: 'logo.yaml', content: new Uint8Array([0, 1, 2]) },
    ]);
    expect(catalog.files).toEqual(['a.yaml', 'logo.yaml']);
    expect(catalog.data).toEqual({ version: 1, teams: { ship: {} } });
    expect(only(catalog.findings).file).toBe('logo.yaml');
    expect(catalog.locate(['teams', 'ship'])).toEqual({ file: 'a.yaml', line: 2, column: 10 });
  });

  test('absurd nesting is a finding, not a stack overflow', () => {
    expect(only(load(`a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`).findings).message).toMatch(/nests more than/);
    expect(only(load(`a: ${'['.repeat(150)}${']'.repeat(150)}\n`).findings).message).toMatch(/nests more than/);
  });

  test('a file over 10 MB outside the simple subset is refused at the line where it leaves it', () => {
    const account = (i: number) => `  - name: acct-${i}\n    email: aws+acct-${i}@acme.com\n    tags: { cost-center: cc-${i % 1000} }\n`;
    const big = ['version: 1', 'accounts:'].join('\n') + '\n' + Array.from({ length: 120_000 }, (_, i) => account(i)).join('');
    expect(big.length).toBeGreaterThan(10 * 1024 * 1024);
    // Within the subset it is read (fast).
    const fine = load(big);
    expect(fine.findings).toEqual([]);
    expect((fine.data.accounts as unknown[]).length).toBe(120_000);
    // One anchor would send it to the full parser: refused instead, pointing at that line.
    const lines = big.split('\n');
    lines.splice(5000, 0, '  - name: &x anchored');
    const refused = only(load(lines.join('\n')).findings);
    expect(refused).toMatchObject({ rule: 'yaml-syntax', severity: 'error', line: 5001, column: 1 });
    expect(refused.message).toMatch(/^This file is 1\d\.\d MB and, from this line on, uses YAML beyond/);
  });

  test('tabs, multiple documents and tags have their own advice', () => {
    expect(load('a:\n\tb: 1\n').findings[0].message).toMatch(/spaces, not tabs/i);
    expect(load('a: 1\n---\nb: 2\n').findings[0].message).toMatch(/one YAML document/);
    expect(only(load('version: 1\na: !custom x\n').findings)).toMatchObject({ severity: 'error', line: 2, column: 4 });
  });
});

describe('a directory: files merged', () => {
  const org = 'version: 1\nteams:\n  platform: { email: p@acme.com }\naccounts:\n  - name: core-prod\n';
  const ship = 'version: 1\nteams:\n  ship: { email: s@acme.com }\naccounts:\n  - name: ship-dev\n  - name: ship-prod\n';

  test('lists are concatenated, maps merged by key, positions kept per file', () => {
    const catalog = parseCatalogFiles([{ path: 'org.yaml', text: org }, { path: 'ship.yaml', text: ship }]);
    expect(catalog.findings).toEqual([]);
    expect(catalog.files).toEqual(['org.yaml', 'ship.yaml']);
    expect(catalog.data).toEqual({
      version: 1,
      teams: { platform: { email: 'p@acme.com' }, ship: { email: 's@acme.com' } },
      accounts: [{ name: 'core-prod' }, { name: 'ship-dev' }, { name: 'ship-prod' }],
    });
    expect(catalog.locate(['accounts', 0, 'name'])).toEqual({ file: 'org.yaml', line: 5, column: 5 });
    expect(catalog.locate(['accounts', 2])).toEqual({ file: 'ship.yaml', line: 6, column: 5 });
    expect(catalog.locate(['teams', 'ship', 'email'])).toEqual({ file: 'ship.yaml', line: 3, column: 11 });
    expect(catalog.locate(['teams', 'platform'])).toEqual({ file: 'org.yaml', line: 3, column: 3 });
  });

  test('an entry defined in two files is an error naming both places', () => {
    const catalog = parseCatalogFiles([{ path: 'org.yaml', text: org }, { path: 'again.yaml', text: 'teams:\n\n  platform: { email: q@acme.com }\n' }]);
    const finding = only(catalog.findings);
    expect(finding).toMatchObject({ rule: 'schema', severity: 'error', file: 'again.yaml', line: 3, column: 3 });
    expect(finding.message).toBe('teams.platform is defined twice: in org.yaml:3 and in again.yaml:3. Keep one definition.');
    // The first definition wins.
    expect((catalog.data.teams as Record<string, unknown>).platform).toEqual({ email: 'p@acme.com' });
  });

  test('version may be in every file but must agree', () => {
    const catalog = parseCatalogFiles([{ path: 'a.yaml', text: 'version: 1\n' }, { path: 'b.yaml', text: '# b\nversion: 2\n' }]);
    const finding = only(catalog.findings);
    expect(finding).toMatchObject({ rule: 'schema', severity: 'error', file: 'b.yaml', line: 2, column: 1 });
    expect(finding.message).toMatch(/^version differs between a\.yaml:1 and b\.yaml:2/);
    expect(catalog.data.version).toBe(1);
  });

  test('a section that is a list in one file and a mapping in another', () => {
    const finding = only(parseCatalogFiles([{ path: 'a.yaml', text: 'teams: []\n' }, { path: 'b.yaml', text: 'teams: { a: {} }\n' }]).findings);
    expect(finding.message).toMatch(/same kind/);
  });

  test('an empty section gives way to one that is filled, in either order', () => {
    for (const files of [
      [{ path: 'empty.yaml', text: 'version: 1\nteams:\naccounts:\n' }, { path: 'ship.yaml', text: ship }],
      [{ path: 'ship.yaml', text: ship }, { path: 'empty.yaml', text: 'version: 1\nteams:\naccounts:\n' }],
    ]) {
      const catalog = parseCatalogFiles(files);
      expect(catalog.findings).toEqual([]);
      expect(catalog.data.teams).toEqual({ ship: { email: 's@acme.com' } });
      expect(catalog.data.accounts).toEqual([{ name: 'ship-dev' }, { name: 'ship-prod' }]);
      expect(catalog.locate(['accounts', 1])).toEqual({ file: 'ship.yaml', line: 6, column: 5 });
    }
  });

  test('a broken file does not hide the others', () => {
    const catalog = parseCatalogFiles([{ path: 'bad.yaml', text: 'a: [\n' }, { path: 'ship.yaml', text: ship }]);
    expect(only(catalog.findings).file).toBe('bad.yaml');
    expect(catalog.data.accounts).toHaveLength(2);
    expect(catalog.locate(['accounts', 1])).toEqual({ file: 'ship.yaml', line: 6, column: 5 });
  });

  test('no files at all', () => {
    const catalog = parseCatalogFiles([]);
    expect(catalog.data).toEqual({});
    expect(catalog.locate(['version'])).toEqual({ file: '<none>', line: 1, column: 1 });
  });
});

describe('aliases that resolve to nothing', () => {
  test('an unknown alias is named at its line and column, not called an alias bomb', () => {
    const catalog = load('version: 1\naccounts:\n  - name: ship-dev\n    tags: *nope\n');
    const finding = only(catalog.findings);
    expect(finding).toMatchObject({ rule: 'yaml-syntax', severity: 'error', file: 'accounts.yaml', line: 4, column: 11 });
    expect(finding.message).toMatch(/^Unknown alias \*nope: .*\(anchors do not cross files\)/);
    expect(finding.message).not.toMatch(/bomb/);
    expect(catalog.data).toEqual({});
  });

  test('an anchor defined in another file of a directory does not resolve there', () => {
    const catalog = parseCatalogFiles([
      { path: 'defaults.yaml', text: 'version: 1\nteams:\n  ship: &ship { email: ship@acme.com }\n' },
      { path: 'ship.yaml', text: 'version: 1\naccounts:\n  - name: ship-dev\n    budget: { monthlyUsd: 50 }\n    tags: *ship\n' },
    ]);
    expect(only(catalog.findings)).toMatchObject({ rule: 'yaml-syntax', severity: 'error', file: 'ship.yaml', line: 5, column: 11 });
    expect(only(catalog.findings).message).toMatch(/Unknown alias \*ship: no anchor &ship comes before it in this file \(anchors do not cross files\)/);
    expect(catalog.data.teams).toEqual({ ship: { email: 'ship@acme.com' } });
  });

  test('an alias before its anchor is unknown too; every one is reported', () => {
    const findings = load('version: 1\na: *later\nb: &later 1\nc: [*x, *y]\n').findings;
    expect(findings.map((f) => [f.line, f.column, f.message.slice(0, 22)])).toEqual([
      [2, 4, 'Unknown alias *later: '],
      [4, 5, 'Unknown alias *x: no a'],
      [4, 9, 'Unknown alias *y: no a'],
    ]);
  });

  test('an alias inside the value it names is an error, not a stack overflow', () => {
    for (const text of ['version: 1\na: &a [*a]\n', 'version: 1\na: &a { b: [1, { c: *a }] }\n']) {
      const finding = only(load(text).findings);
      expect(finding).toMatchObject({ rule: 'yaml-syntax', severity: 'error', line: 2 });
      expect(finding.message).toMatch(/used inside the value it names/);
    }
  });

  test('a known alias still loads, and a real bomb is still a bomb', () => {
    expect(load('version: 1\nd: &d { monthlyUsd: 50 }\ne: *d\n').findings).toEqual([]);
    const lines = ['version: 1', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    expect(only(load(lines.join('\n')).findings).message).toMatch(/alias bomb/);
  });
});

describe('explicit tags: a catalog sets money and access, so a tag the reader may read otherwise is an error', () => {
  test.each([
    ['data-class: !local "pci"', /^Unknown tag !local: /],
    ['monthlyUsd: !!float 600', /^!!float 600: the YAML parser does not accept 600 as !!float and reads the text "600" instead.*write 600 \(no quotes\)/],
    ['x: !!int abc', /^!!int abc: .*reads the text "abc"/],
    ['x: !!bool yes', /^!!bool yes: .*write true or false/],
    ['x: !!null nothing', /^!!null nothing: /],
    ['x: !!binary aGVsbG8=', /^The tag !!binary makes this value bytes/],
    ['x: !!timestamp 2001-12-14', /^The tag !!timestamp makes this value a date/],
    ['x: !!set { a, b }', /^The tag !!set makes this value a set/],
    ['x: !!omap [ { a: 1 } ]', /^The tag !!omap makes this value an ordered mapping/],
    ['x: !!pairs [ { a: 1 } ]', /^The tag !!pairs makes this value a list of pairs/],
    ['x: !!merge y', /^The tag !!merge makes this value a merge marker/],
    ['x: !!str [a]', /^The tag !!str does not fit a list/],
    ['x: !!seq { a: 1 }', /^The tag !!seq does not fit a mapping/],
    ['x: !<tag:example.com,2000:money> 5', /^Unknown tag !<tag:example.com,2000:money>: /],
    ['x: &a !local 5', /^Unknown tag !local: /],
    ['!local key: v', /^Unknown tag !local: /],
  ])('%s', (line, message) => {
    const catalog = load(`version: 1\n${line}\n`);
    const finding = only(catalog.findings);
    // At the tag itself, as an error; the file then contributes no data, like any unreadable file.
    expect(finding).toMatchObject({ rule: 'yaml-syntax', severity: 'error', line: 2, column: line.indexOf('!') + 1 });
    expect(finding.message).toMatch(message);
    expect(finding.message).not.toMatch(/[\r\n]/);
    expect(catalog.data).toEqual({});
  });

  test('a %TAG directive that redefines !! makes its tags unknown', () => {
    const finding = only(load('%TAG !! tag:example.com,2000:\n---\nversion: 1\nx: !!str 5\n').findings);
    expect(finding).toMatchObject({ severity: 'error', line: 4, column: 4 });
    expect(finding.message).toMatch(/^Unknown tag !<tag:example.com,2000:str>/);
  });

  test('a tag on a nested value, after an anchor or on the next line, is found at the tag', () => {
    const finding = only(load('version: 1\naccounts:\n  - name: a\n    tags:\n      x: &t\n        !!binary aGk=\n').findings);
    expect(finding).toMatchObject({ line: 6, column: 9 });
  });

  test('the YAML 1.2 core tags are accepted when they resolve; the value is what the tag says', () => {
    const text = 'version: 1\na: !!str 600\nb: !!int "7"\nc: !!float 6.5\nd: !!bool "true"\ne: !!null ""\nf: !!map { k: v }\ng: !!seq [x]\nh: ! 5\ni: &i !!str 1\nj: *i\nk: [!!str 2]\n';
    const catalog = load(text);
    expect(catalog.findings).toEqual([]);
    expect(catalog.data).toEqual({ version: 1, a: '600', b: 7, c: 6.5, d: true, e: null, f: { k: 'v' }, g: ['x'], h: '5', i: '1', j: '1', k: ['2'] });
    // Messages can then name the tag that made the value what it is.
    expect(catalog.tagAt?.(['a'])).toBe('tag:yaml.org,2002:str');
    expect(catalog.tagAt?.(['j'])).toBe('tag:yaml.org,2002:str');
    expect(catalog.tagAt?.(['k', 0])).toBe('tag:yaml.org,2002:str');
    expect(catalog.tagAt?.(['h'])).toBe('!');
    expect(catalog.tagAt?.(['version'])).toBeUndefined();
    expect(catalog.tagAt?.(['missing', 3])).toBeUndefined();
    expect(load(CATALOG).tagAt?.(['accounts', 0, 'name'])).toBeUndefined();
  });
});
