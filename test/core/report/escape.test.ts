import { escapeMarkdown, escapeMarkdownMessage, escapeTerminal, neutraliseCommandLine, safeSha, safeUrl } from '../../../src/core/report/escape';

const ZWJ = '\u200D';

describe('escapeMarkdown', () => {
  test('HTML becomes text', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeMarkdown('a & b')).toBe('a &amp; b');
    expect(escapeMarkdown('&lt;')).toBe('&amp;lt;');
  });

  test('no comment can fake the report marker', () => {
    expect(escapeMarkdown('<!-- aws-account-catalog:plan -->')).not.toContain('<!--');
  });

  test('@mentions and team mentions are broken, e-mail addresses kept', () => {
    expect(escapeMarkdown('@org/team')).toBe(`@${ZWJ}org/team`);
    expect(escapeMarkdown('ping @alice')).toBe(`ping @${ZWJ}alice`);
    expect(escapeMarkdown('(@alice)')).toBe(`(@${ZWJ}alice)`);
    expect(escapeMarkdown('aws+ship@acme.com')).toBe('aws+ship@acme.com');
  });

  test('issue references are broken', () => {
    expect(escapeMarkdown('see #12 and org/repo#3')).toBe(`see #${ZWJ}12 and org/repo#${ZWJ}3`);
    expect(escapeMarkdown('# heading')).toBe('\\# heading');
  });

  test('a table cell cannot be split or ended', () => {
    const out = escapeMarkdown('a|b\nc\r\nd\u2028e');
    expect(out).toBe('a\\|b c  d e');
    expect(out).not.toMatch(/(^|[^\\])\|/);
    expect(out).not.toMatch(/[\r\n]/);
  });

  test('links, images, emphasis, code spans and math are neutralised', () => {
    expect(escapeMarkdown('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
    expect(escapeMarkdown('![img](https://evil.example/x.png)')).toBe(`!\\[img\\](https:${ZWJ}//evil.example/x.png)`);
    expect(escapeMarkdown('*bold* _it_ ~~del~~')).toBe('\\*bold\\* \\_it\\_ \\~\\~del\\~\\~');
    expect(escapeMarkdown('`code`')).toBe('\\`code\\`');
    expect(escapeMarkdown('$x^2$')).toBe('\\$x^2\\$');
    expect(escapeMarkdown('back\\slash')).toBe('back\\\\slash');
  });

  test('bare URLs are not autolinked', () => {
    expect(escapeMarkdown('https://evil.example')).toBe(`https:${ZWJ}//evil.example`);
    expect(escapeMarkdown('go www.evil.example')).toBe(`go w${ZWJ}ww.evil.example`);
    expect(escapeMarkdown('awww.x')).toBe('awww.x');
  });

  test('invisible and direction-changing characters are shown', () => {
    expect(escapeMarkdown('a\u202Eb\u200Bc\u0007d\u001b[31m')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFD\\[31m');
  });

  test('long text is cut with an ellipsis, without halving a surrogate pair', () => {
    const out = escapeMarkdown('x'.repeat(100_000));
    expect(out).toBe(`${'x'.repeat(119)}…`);
    const emoji = escapeMarkdown('😀'.repeat(500), 10);
    expect(Array.from(emoji)).toHaveLength(10);
    expect(emoji.endsWith('😀…')).toBe(true);
    expect(escapeMarkdown('😀'.repeat(10), 10)).toBe('😀'.repeat(10));
  });

  test('non-strings are shown as values', () => {
    expect(escapeMarkdown(750)).toBe('750');
    expect(escapeMarkdown(undefined)).toBe('');
    expect(escapeMarkdown(['a|b'])).toBe('\\["a\\|b"\\]');
  });

  test('plain names are unchanged', () => {
    expect(escapeMarkdown('ship-dev')).toBe('ship-dev');
    expect(escapeMarkdown('/Workloads/Dev')).toBe('/Workloads/Dev');
  });
});

describe('escapeTerminal', () => {
  test('control characters become visible escapes', () => {
    expect(escapeTerminal('a\u001b[2Jb\rc\nd\u202Ee')).toBe('a\\x1b[2Jb\\x0dc\\x0ad\\u202ee');
  });
});

describe('neutraliseCommandLine', () => {
  test('a line cannot start a workflow command', () => {
    expect(neutraliseCommandLine('::error::x')).toBe(' ::error::x');
    expect(neutraliseCommandLine('##[error]x')).toBe(' ##[error]x');
    expect(neutraliseCommandLine('a.yaml:1:1')).toBe('a.yaml:1:1');
  });
});

describe('safeUrl and safeSha', () => {
  test('only http(s), with link-breaking characters encoded', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://github.com/a/b/blob/0abc/cat alog/x (1).yaml#L3')).toBe('https://github.com/a/b/blob/0abc/cat%20alog/x%20%281%29.yaml#L3');
    expect(safeUrl('https://x.example/a)b]c|d"e<f>')).toBe('https://x.example/a%29b%5Dc%7Cd%22e%3Cf%3E');
  });
  test('a SHA must be hex', () => {
    expect(safeSha('0123456789abcdef0123456789abcdef01234567')).toBe('0123456789abcdef0123456789abcdef01234567');
    expect(safeSha('main; @evil')).toBeUndefined();
  });
});

describe('escapeMarkdownMessage', () => {
  test('quoted names become safe code spans', () => {
    expect(escapeMarkdownMessage('needs the `finance-approved` label from @acme/finance')).toBe(`needs the \`finance-approved\` label from @${ZWJ}acme/finance`);
    expect(escapeMarkdownMessage('name `<script>@x|y\n<!-- aws-account-catalog:plan -->` is bad')).toBe(
      `name \`<script>@x|y <${ZWJ}!-- aws-account-catalog:plan -->\` is bad`,
    );
  });
  test('unpaired and empty backticks stay literal', () => {
    expect(escapeMarkdownMessage('a ` b')).toBe('a \\` b');
    expect(escapeMarkdownMessage('a `` b')).toBe('a \\`\\` b');
    expect(escapeMarkdownMessage('`x` and ` y')).toBe('`x` and \\` y');
    expect(escapeMarkdownMessage('<b>*x*</b>')).toBe('&lt;b&gt;\\*x\\*&lt;/b&gt;');
  });
});
