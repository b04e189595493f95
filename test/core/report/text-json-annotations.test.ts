import { annotationLine, escapeData, escapeProperty, renderAnnotations } from '../../../src/core/report/annotations';
import { renderPlanJson, renderValidateJson } from '../../../src/core/report/json';
import { renderFindingsText, renderPlanText } from '../../../src/core/report/text';
import { evaluation, finding } from './evaluation';

describe('text', () => {
  test('one line per finding, errors first, then the totals', () => {
    const out = renderFindingsText([
      finding({ severity: 'warning', rule: 'budget-approval', message: 'needs approval', file: 'b.yaml', line: 3, column: 5 }),
      finding({ file: 'a.yaml', line: 9, column: 1 }),
    ]);
    expect(out).toBe('a.yaml:9:1  error  account-name-format  The name is too long.\nb.yaml:3:5  warning  budget-approval  needs approval\n1 error, 1 warning\n');
  });

  test('no findings', () => {
    expect(renderFindingsText([])).toBe('No problems found.\n');
  });

  test('catalog text cannot send terminal escapes or start a workflow command', () => {
    const out = renderFindingsText([finding({ message: 'x\u001b[2J\r\n::error::owned', file: '::warning::f.yaml' })]);
    expect(out).not.toMatch(/\u001b/);
    expect(out.split('\n').some((l) => l.startsWith('::'))).toBe(false);
    expect(out).toContain('x\\x1b[2J\\x0d\\x0a::error::owned');
  });

  test('the plan as text', () => {
    const out = renderPlanText(
      evaluation({
        changes: [
          { account: 'ship-qa', action: 'create', fields: [{ path: 'name', to: 'ship-qa' }, { path: 'ou', to: '/Workloads/Dev' }, { path: 'state', to: 'active' }] },
          { account: 'ship-tooling', action: 'update', fields: [{ path: 'name', from: 'ship-tools', to: 'ship-tooling' }] },
          { account: 'ship-old', action: 'close', fields: [{ path: 'state', from: 'active', to: 'closed' }] },
        ],
      }).plan,
    );
    expect(out).toContain('create   ship-qa  ou=/Workloads/Dev');
    expect(out).toContain('update   ship-tooling  name: ship-tools -> ship-tooling');
    expect(out).toContain('close    ship-old  state: active -> closed');
    expect(out).toContain('1 to create, 1 to update, 1 to close');
    expect(out).toContain('No problems found.');
  });
});

describe('json', () => {
  test('validate: findings, errors, warnings in that order', () => {
    const out = renderValidateJson([finding({ account: 'ship-dev' }), finding({ severity: 'warning' })]);
    const parsed = JSON.parse(out);
    expect(Object.keys(parsed)).toEqual(['findings', 'errors', 'warnings']);
    expect(parsed.errors).toBe(1);
    expect(parsed.warnings).toBe(1);
    expect(Object.keys(parsed.findings[0])).toEqual(['rule', 'severity', 'message', 'file', 'line', 'column', 'account']);
    expect(Object.keys(parsed.findings[1])).not.toContain('account');
  });

  test('plan: the spec shape with a stable key order', () => {
    const e = evaluation({
      changes: [{ fields: [{ to: '/Sandbox', from: '/Workloads/Dev', path: 'ou' }], action: 'update', account: 'ship-dev' } as never],
      findings: [finding({ severity: 'warning', rule: 'budget-approval', account: 'ship-prod' })],
    });
    const parsed = JSON.parse(renderPlanJson(e.plan));
    expect(Object.keys(parsed)).toEqual(['version', 'changes', 'findings', 'summary']);
    expect(parsed.changes).toEqual([{ account: 'ship-dev', action: 'update', fields: [{ path: 'ou', from: '/Workloads/Dev', to: '/Sandbox' }] }]);
    expect(Object.keys(parsed.changes[0].fields[0])).toEqual(['path', 'from', 'to']);
    expect(parsed.summary).toEqual({ create: 0, update: 1, close: 0, errors: 0, warnings: 1 });
    expect(Object.keys(parsed.summary)).toEqual(['create', 'update', 'close', 'errors', 'warnings']);
  });

  test('invisible and terminal-control characters are \\u escapes, the data unchanged', () => {
    const message = 'a\u009b31mb\u202ec\u2028d\u001be';
    const out = renderValidateJson([finding({ message })]);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u202e]/);
    expect(out).toContain('a\\u009b31mb\\u202ec\\u2028d\\u001be');
    expect(JSON.parse(out).findings[0].message).toBe(message);
  });

  test('plan: drift and unmanaged only in live mode', () => {
    const e = evaluation({ drift: [], unmanaged: [{ id: '1', name: 'n', email: 'e', ou: '/', status: 'ACTIVE' }] });
    expect(Object.keys(JSON.parse(renderPlanJson(e.plan)))).toEqual(['version', 'changes', 'findings', 'summary', 'drift', 'unmanaged']);
  });
});

describe('annotations', () => {
  test('a workflow command per finding, with file, line, column and rule', () => {
    expect(annotationLine(finding())).toBe('::error file=catalog/ship.yaml,line=12,col=7,title=account-name-format::The name is too long.');
    expect(annotationLine(finding({ severity: 'warning' }))).toMatch(/^::warning /);
  });

  test("GitHub's escaping: catalog text cannot end the command or start another", () => {
    expect(escapeData('100%\r\n::error::x')).toBe('100%25%0D%0A::error::x');
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
    const line = annotationLine(finding({ file: 'x,line=1::y.yaml', rule: 'r', message: 'm\n::set-output name=x::y' }));
    expect(line).toBe('::error file=x%2Cline=1%3A%3Ay.yaml,line=12,col=7,title=r::m%0A::set-output name=x::y');
    expect(line.split('\n')).toHaveLength(1);
  });

  test('at most 10, errors first, the rest counted in a plain line', () => {
    const findings = [
      ...Array.from({ length: 8 }, (_, i) => finding({ severity: 'warning', line: i + 1 })),
      ...Array.from({ length: 7 }, (_, i) => finding({ line: i + 1 })),
    ];
    const lines = renderAnnotations(findings).trimEnd().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines.slice(0, 7).every((l) => l.startsWith('::error '))).toBe(true);
    expect(lines.slice(7, 10).every((l) => l.startsWith('::warning '))).toBe(true);
    expect(lines[10]).toBe('5 more findings are not annotated (at most 10 are); the log and the job summary list all of them.');
    expect(renderAnnotations([])).toBe('');
  });
});
