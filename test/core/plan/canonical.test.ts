import { canonical, firstDifference, sameSet, sameValue } from '../../../src/core/plan/canonical';

describe('structural comparison', () => {
  test('sameValue ignores key order and treats an undefined key as absent', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1, c: 2 })).toBe(false);
    expect(sameValue({ a: 1, c: 2 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: [] }, { a: {} })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue(1, '1')).toBe(false);
  });

  test('sameSet ignores item order but not multiplicity', () => {
    expect(sameSet([{ p: 1 }, { p: 2 }], [{ p: 2 }, { p: 1 }])).toBe(true);
    expect(sameSet([1, 1, 2], [1, 2, 2])).toBe(false);
  });

  test('canonical is stable across key order', () => {
    expect(canonical({ b: 1, a: [{ y: 1, x: 2 }] })).toBe(canonical({ a: [{ x: 2, y: 1 }], b: 1 }));
  });

  test('firstDifference points at the first differing value', () => {
    expect(firstDifference({ a: { b: 1, c: 2 } }, { a: { c: 3, b: 1 } })).toEqual(['a', 'c']);
    expect(firstDifference({ a: [1, 2] }, { a: [1, 3] })).toEqual(['a', 1]);
    expect(firstDifference({ a: [1, 2] }, { a: [1] })).toEqual(['a']);
    expect(firstDifference({ a: 1 }, { a: 1 })).toBeUndefined();
  });
});
