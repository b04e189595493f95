import { labelsContext, parseChoice, parseCommandArgs, stringList } from '../../src/cli/args';
import { UsageError } from '../../src/cli/errors';

describe('CLI arguments', () => {
  test('--labels a,b become trusted label applications in a PR context', () => {
    expect(labelsContext(undefined)).toBeUndefined();
    expect(labelsContext(' finance-approved, ,account-closure-approved,finance-approved')).toEqual({
      labels: [
        { label: 'finance-approved', trusted: true },
        { label: 'account-closure-approved', trusted: true },
      ],
      teamMembers: {},
      budgetChangedAt: {},
    });
    // An empty --labels is still a pull request, one with no labels: approval rules then fail, not warn.
    expect(labelsContext('')).toEqual({ labels: [], teamMembers: {}, budgetChangedAt: {} });
  });

  test('choices', () => {
    expect(parseChoice('validate', 'format', undefined, ['text', 'json'], 'text')).toBe('text');
    expect(parseChoice('validate', 'format', 'json', ['text', 'json'], 'text')).toBe('json');
    expect(() => parseChoice('validate', 'format', 'xml', ['text', 'json'], 'text')).toThrow(new UsageError("validate: --format must be one of text, json (got 'xml')"));
  });

  test('unknown options and missing values are usage errors on one line', () => {
    expect(() => parseCommandArgs('plan', ['--nope'], {})).toThrow(UsageError);
    expect(() => parseCommandArgs('plan', ['--base'], { base: { type: 'string' } })).toThrow(/^plan: Option '--base <value>' argument missing$/);
    expect(parseCommandArgs('plan', ['--base=a', '--base', 'b', 'x'], { base: { type: 'string', multiple: true } })).toEqual({ values: { base: ['a', 'b'] }, positionals: ['x'] });
  });

  test('repeatable flags', () => {
    expect(stringList(undefined)).toEqual([]);
    expect(stringList('a')).toEqual(['a']);
    expect(stringList(['a', 'b'])).toEqual(['a', 'b']);
  });
});
