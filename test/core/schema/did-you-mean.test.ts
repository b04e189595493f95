import { didYouMean, editDistance } from '../../../src/core/schema/did-you-mean';

describe('didYouMean', () => {
  test.each([
    ['nmae', 'name'],
    ['emial', 'email'],
    ['Email', 'email'],
    ['enviroment', 'environment'],
    ['monthlyUSD', 'monthlyUsd'],
    ['organisation', 'organization'],
  ])('%s -> %s', (typo, expected) => {
    expect(didYouMean(typo, ['name', 'email', 'owner', 'environment', 'ou', 'monthlyUsd', 'organization'])).toBe(expected);
  });

  test('nothing close gives nothing', () => {
    expect(didYouMean('foo', ['name', 'email'])).toBeUndefined();
    expect(didYouMean('x', [])).toBeUndefined();
  });

  test('edit distance counts a transposition as one edit and stays bounded on huge input', () => {
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('a'.repeat(100000), 'b')).toBeGreaterThan(200);
  });
});
