import { COMMENT_MAX_LENGTH, PLAN_MARKER, renderMarkdown, SUMMARY_MAX_LENGTH } from '../../../src/core/report/markdown';
import { utf8Length } from '../../../src/core/report/length';
import { account, BIG_SPEND, bigEvaluation, evaluation, finding } from './evaluation';

const SHA = '0123456789abcdef0123456789abcdef01234567';

function demoEvaluation() {
  return evaluation({
    base: [account('ship-tools'), account('ship-old', { ou: '/Sandbox' })],
    head: [
      account('ship-qa'),
      account('ship-tooling', { ou: '/Sandbox' }),
      account('ship-prod', { environment: 'prod', ou: '/Workloads/Prod', budget: { monthlyUsd: 750, alerts: [], recipients: [] } }),
      account('ship-old', { ou: '/Sandbox', state: 'closed' }),
    ],
    changes: [
      { account: 'ship-qa', action: 'create', fields: [{ path: 'name', to: 'ship-qa' }, { path: 'ou', to: '/Workloads/Dev' }] },
      { account: 'ship-tooling', action: 'update', fields: [{ path: 'name', from: 'ship-tools', to: 'ship-tooling' }, { path: 'ou', from: '/Workloads/Dev', to: '/Sandbox' }] },
      { account: 'ship-prod', action: 'update', fields: [{ path: 'budget.monthlyUsd', from: 500, to: 750 }, { path: 'tags.cost-center', from: 'a', to: 'b' }] },
      { account: 'ship-old', action: 'close', fields: [{ path: 'state', from: 'active', to: 'closed' }] },
    ],
    findings: [
      finding({ rule: 'budget-approval', severity: 'warning', message: 'needs finance-approved', file: 'catalog/ship.yaml', line: 30 }),
      finding({ rule: 'account-email-format', severity: 'error', message: 'bad email', file: 'catalog/ship.yaml', line: 9, column: 12 }),
    ],
  });
}

describe('renderMarkdown', () => {
  test('starts with the marker, then the verdict and the counts', () => {
    const md = renderMarkdown(demoEvaluation(), { headSha: SHA });
    expect(md.startsWith(`${PLAN_MARKER}\n`)).toBe(true);
    expect(md).toContain('❌ **1 error**: fix it before merging · 1 warning.');
    expect(md).toContain('**4 account changes:** 1 to create · 2 to update · 1 to close');
    expect(md).toContain(`Head commit ${SHA}`);
  });

  test('a clean plan is ready to merge', () => {
    const md = renderMarkdown(evaluation({}));
    expect(md).toContain('✅ **Ready to merge**: no errors.');
    expect(md).toContain('No account changes.');
    expect(md).not.toContain('Shortened');
  });

  test('the changes table shows moves, renames, budget raises and closes', () => {
    const md = renderMarkdown(demoEvaluation());
    expect(md).toContain('|Change|Account|Owner|Environment|OU|Budget USD/month|Other fields|');
    expect(md).toContain('|create|ship-qa|ship|dev|/Workloads/Dev|500|');
    expect(md).toContain('|update|ship-tools → ship-tooling|ship|dev|/Workloads/Dev → /Sandbox|500|');
    expect(md).toContain('|update|ship-prod|ship|prod|/Workloads/Prod|500 → 750|tags.cost-center|');
    expect(md).toContain('|**close**|ship-old|ship|dev|/Sandbox|500|');
  });

  test('findings come errors first, each linking to its file and line', () => {
    const md = renderMarkdown(demoEvaluation(), { sourceUrl: (file, line) => `https://github.com/acme/accounts/blob/${SHA}/${file}#L${line}` });
    const error = md.indexOf('**account-email-format** [catalog/ship.yaml:9]');
    const warning = md.indexOf('**budget-approval** [catalog/ship.yaml:30]');
    expect(error).toBeGreaterThan(0);
    expect(warning).toBeGreaterThan(error);
    expect(md).toContain(`- **account-email-format** [catalog/ship.yaml:9](https://github.com/acme/accounts/blob/${SHA}/catalog/ship.yaml#L9): bad email`);
    expect(md).toContain('#### Errors (1)');
  });

  test('a finding without a usable URL shows its place as text', () => {
    const md = renderMarkdown(demoEvaluation(), { sourceUrl: () => 'javascript:alert(1)' });
    expect(md).toContain('- **account-email-format** catalog/ship.yaml:9: bad email');
    expect(md).not.toContain('javascript');
  });

  test('catalog text is escaped everywhere it appears', () => {
    const evil = '<script>x</script> @org/team | `a` [x](javascript:y) <!-- aws-account-catalog:plan -->\n| row |';
    const md = renderMarkdown(
      evaluation({
        head: [account(evil, { owner: '@acme/finance', ou: '/W|x' })],
        changes: [{ account: evil, action: 'create', fields: [] }],
        findings: [finding({ message: evil, file: 'a|<b>.yaml' })],
      }),
      { title: '<b>@me</b>' },
    );
    expect(md.split(PLAN_MARKER)).toHaveLength(2);
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/<b>@/);
    expect(md).not.toMatch(/@(org|acme|me)/);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript/);
    // Every table row keeps the header's 7 cells (one unescaped pipe at each cell edge).
    const row = md.split('\n').find((l) => l.startsWith('|create|'))!;
    expect(row.split(/(?<!\\)\|/)).toHaveLength(8);
    for (const line of md.split('\n')) expect(line.startsWith('| row')).toBe(false);
  });

  test('long sections fold into <details>, errors stay open', () => {
    const e = evaluation({
      changes: Array.from({ length: 11 }, (_, i) => ({ account: `a-${i}`, action: 'create' as const, fields: [] })),
      findings: Array.from({ length: 11 }, (_, i) => finding({ line: i + 1 })),
    });
    const md = renderMarkdown(e);
    expect(md).toContain('<details><summary><b>Changes (11)</b></summary>');
    expect(md).toContain('<details open><summary><b>Errors (11)</b></summary>');
  });

  test('live mode adds drift and unmanaged sections', () => {
    const md = renderMarkdown(
      evaluation({
        drift: [{ account: 'ship-dev', id: '222222222222', fields: [{ path: 'ou', from: '/Sandbox', to: '/Workloads/Dev' }] }],
        unmanaged: [{ id: '333333333333', name: 'stray', email: 'stray@acme.com', ou: '/', status: 'ACTIVE' }],
      }),
    );
    expect(md).toContain('Drift: AWS differs from the catalog (1)');
    expect(md).toContain('|Account|Id|Field|Catalog|AWS|');
    expect(md).toContain('|ship-dev|222222222222|ou|/Sandbox|/Workloads/Dev|');
    expect(md).toContain('Unmanaged: in AWS, not in the catalog (1)');
    expect(md).toContain('|333333333333|stray|stray@acme.com|/|ACTIVE|');
  });

  test('a 10,000-change plan stays within 65,536 characters and says what it left out', () => {
    const e = bigEvaluation(10_000, 40);
    const md = renderMarkdown(e, { summaryUrl: 'https://github.com/acme/accounts/actions/runs/1', headSha: SHA });
    expect(md.length).toBeLessThanOrEqual(COMMENT_MAX_LENGTH);
    expect(utf8Length(md)).toBeLessThanOrEqual(COMMENT_MAX_LENGTH);
    expect(md.startsWith(PLAN_MARKER)).toBe(true);
    expect(md).toContain(`Head commit ${SHA}`);
    // All 4 errors are shown (they go last); the note counts the changes and warnings left out.
    expect(md.match(/^- \*\*budget-approval/gm)!.length).toBeGreaterThanOrEqual(4);
    const shownChanges = md.split('\n').filter((l) => l.startsWith('|update|')).length;
    expect(shownChanges).toBeGreaterThan(100);
    const note = md.match(/Shortened to fit:\*\* ([\d,]+) of 10,000 changes, 36 of 36 warnings are not shown here/);
    expect(note).not.toBeNull();
    expect(Number(note![1].replace(/,/g, ''))).toBe(10_000 - shownChanges);
    expect(md).toContain('[the job summary](https://github.com/acme/accounts/actions/runs/1)');
    // Rows are whole: every table line ends its last cell.
    for (const line of md.split('\n').filter((l) => l.startsWith('|'))) expect(line.endsWith('|')).toBe(true);
  });

  test('a live 10,000-change plan with spend on every change and the budget line stays within 65,536 characters', () => {
    const e = bigEvaluation(10_000, 40, BIG_SPEND);
    const md = renderMarkdown(e, { summaryUrl: 'https://github.com/acme/accounts/actions/runs/1', headSha: SHA });
    expect(utf8Length(md)).toBeLessThanOrEqual(COMMENT_MAX_LENGTH);
    expect(md).toContain('💰 **+\\$2,500,000/month in total:** 10,000 raises (+\\$2,500,000) · all active accounts after the change: \\$7,500,000/month');
    expect(md).toContain('|Change|Account|Owner|Environment|OU|Budget USD/month|Spent · forecast this month|Other fields|');
    const rows = md.split('\n').filter((l) => l.startsWith('|update|'));
    expect(rows.length).toBeGreaterThan(100);
    expect(rows[0]).toContain('|500 → 750|\\$123,456.78 · \\$234,567.89|');
    expect(md).toMatch(new RegExp(`Shortened to fit:\\*\\* ${(10_000 - rows.length).toLocaleString('en-US')} of 10,000 changes`));
    for (const line of md.split('\n').filter((l) => l.startsWith('|'))) expect(line.endsWith('|')).toBe(true);
    // The job summary keeps its 1 MB limit too (with six-figure spends on every row, it shortens).
    const summary = renderMarkdown(e, { maxLength: SUMMARY_MAX_LENGTH });
    expect(utf8Length(summary)).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
    expect(summary.split('\n').filter((l) => l.startsWith('|update|')).length).toBeGreaterThan(9_000);
  });

  test('the job summary holds a 10,000-change plan complete within 1 MB', () => {
    const e = bigEvaluation(10_000, 200);
    const md = renderMarkdown(e, { maxLength: SUMMARY_MAX_LENGTH });
    expect(utf8Length(md)).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
    expect(md).not.toContain('Shortened');
    expect(md.split('\n').filter((l) => l.startsWith('|update|'))).toHaveLength(10_000);
    expect(md.match(/^- \*\*budget-approval/gm)).toHaveLength(200);
  });

  test('the limit holds for any size, down to a frame that does not fit', () => {
    const e = bigEvaluation(300, 30);
    for (const max of [50, 400, 1000, 5000, 20_000]) {
      const md = renderMarkdown(e, { maxLength: max });
      expect(utf8Length(md)).toBeLessThanOrEqual(max);
    }
    expect(renderMarkdown(e, { maxLength: 5000 })).toContain('Shortened to fit');
  });
});

/** The text outside code spans, read as CommonMark does: `\\x` escapes outside, nothing escapes inside. */
function withoutCodeSpans(md: string): string {
  let out = '';
  for (let i = 0; i < md.length; i++) {
    if (md[i] === '\\') {
      out += md.slice(i, i + 2);
      i++;
    } else if (md[i] === '`') {
      const end = md.indexOf('`', i + 1);
      if (end === -1) return out + md.slice(i);
      i = end;
    } else out += md[i];
  }
  return out;
}

describe('renderMarkdown with hostile text (seeded fuzz)', () => {
  const ALPHABET = ['<', '>', '&', '|', '`', '\\', '*', '_', '[', ']', '(', ')', '!', '@', '#', '1', 'a', ' ', '\n', '\r', '\u2028', '\u202e', '\u001b', '$', '~', ':', '/', 'w', '.', '-', '😀', '<!--'];
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const hostile = () => Array.from({ length: 1 + Math.floor(random() * 40) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');

  test('the structure survives any catalog text', () => {
    for (let round = 0; round < 200; round++) {
      const names = Array.from({ length: 3 }, hostile);
      const md = renderMarkdown(
        evaluation({
          head: names.map((n) => account(n, { owner: hostile(), environment: hostile(), ou: hostile() })),
          changes: names.map((n, i) => ({ account: n, action: (['create', 'update', 'close'] as const)[i], fields: [{ path: hostile(), from: hostile(), to: hostile() }, { path: 'ou', from: hostile(), to: hostile() }] })),
          findings: [finding({ message: hostile(), file: hostile(), rule: hostile() })],
        }),
        { title: hostile(), maxLength: 3000 },
      );
      expect(md.startsWith(`${PLAN_MARKER}\n`)).toBe(true);
      expect(md.split('<!--')).toHaveLength(2);
      expect(utf8Length(md)).toBeLessThanOrEqual(3000);
      const lines = md.split('\n');
      const tableLines = lines.filter((l) => l.startsWith('|'));
      for (const line of tableLines) expect(line.split(/(?<!\\)\|/).length).toBeLessThanOrEqual(9);
      expect(md).not.toMatch(/[\r\u2028\u202e\u001b]/);
      // Outside our own tags, no raw '<' and no '@' that could start a mention.
      const text = md.replace(PLAN_MARKER, '').replace(/<\/?(details|summary|b|sub)( open)?>/g, '');
      const outsideCode = withoutCodeSpans(text);
      expect(outsideCode).not.toContain('<');
      expect(outsideCode).not.toMatch(/(^|[^A-Za-z0-9])@[A-Za-z0-9]/m);
    }
  });
});
