import { describeValue, quote } from '../../../src/core/schema/display';

describe('quote', () => {
  test('wraps in double quotes and escapes quotes and control characters', () => {
    expect(quote('a"b\nc\td')).toBe('"a\\"b\\nc\\td"');
  });

  test('escapes line separators and bidirectional controls that JSON keeps', () => {
    expect(quote('a\u2028b\u202Ec\u2066d\u0085')).toBe('"a\\u2028b\\u202Ec\\u2066d\\u0085"');
  });

  test('cuts text over 80 characters, counting characters not code units', () => {
    expect(quote('x'.repeat(80))).toBe(`"${'x'.repeat(80)}"`);
    expect(quote('x'.repeat(81))).toBe(`"${'x'.repeat(80)}…"`);
    expect(quote('😀'.repeat(50))).toBe(`"${'😀'.repeat(50)}"`);
    expect(quote('😀'.repeat(81))).toBe(`"${'😀'.repeat(80)}…"`);
  });

  test('keeps <script> and @mentions raw: reporters escape them for their format', () => {
    expect(quote('<script>@org/team')).toBe('"<script>@org/team"');
  });
});

describe('describeValue', () => {
  test.each([
    [null, 'empty'],
    [[1], 'a list'],
    [{}, 'a mapping'],
    ['500', 'the text "500"'],
    [5, 'the number 5'],
    [Infinity, 'the number Infinity (not finite)'],
    [true, 'true'],
  ])('%p -> %s', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });
});
