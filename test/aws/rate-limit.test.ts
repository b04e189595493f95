import { RateLimits, TokenBucket, rateScaleFromEnvironment, type Clock } from '../../src/aws/rate-limit';

/** A clock that stands still: the test measures the schedule the bucket hands out, not the machine. */
function fakeClock(): Clock {
  return { now: () => 0, sleep: async () => undefined };
}

describe('TokenBucket', () => {
  test('serves the burst at once, then one token per 1/rate seconds, first come first served', async () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ perSecond: 2, burst: 3 }, clock);
    const waits = await Promise.all(Array.from({ length: 7 }, () => bucket.take()));
    expect(waits).toEqual([0, 0, 0, 500, 1000, 1500, 2000]);
  });

  test('refills with time, never above the burst', async () => {
    let now = 0;
    const clock: Clock = { now: () => now, sleep: async () => undefined };
    const bucket = new TokenBucket({ perSecond: 10, burst: 2 }, clock);
    await bucket.take();
    await bucket.take();
    now = 60_000;
    expect(await bucket.take()).toBe(0);
    expect(await bucket.take()).toBe(0);
    expect(await bucket.take()).toBe(100);
  });

  test('a rate that could never serve is refused', () => {
    expect(() => new TokenBucket({ perSecond: 0, burst: 1 })).toThrow('perSecond > 0');
    expect(() => new TokenBucket({ perSecond: 1, burst: 0 })).toThrow('burst >= 1');
  });
});

describe('RateLimits', () => {
  test('one bucket per documented operation, a shared one for the rest of a service, one for all of Identity Center', () => {
    const limits = new RateLimits(undefined, 1);
    // A little under the documented 10/s, burst 10 (HEADROOM).
    expect(limits.bucketFor('organizations', 'ListTagsForResource').rate).toEqual({ perSecond: 9.5, burst: 7 });
    expect(limits.bucketFor('organizations', 'CreateAccount').rate).toEqual({ perSecond: 0.095, burst: 1 });
    expect(limits.bucketFor('organizations', 'DescribeOrganization')).toBe(limits.bucketFor('organizations', 'ListRoots'));
    expect(limits.bucketFor('sso-admin', 'ListInstances')).toBe(limits.bucketFor('identitystore', 'GetGroupId'));
    expect(limits.bucketFor('sso-admin', 'ListInstances').rate.perSecond).toBe(19);
  });

  test('ACCOUNT_CATALOG_RATE_SCALE multiplies rate and burst', () => {
    const limits = new RateLimits(undefined, rateScaleFromEnvironment({ ACCOUNT_CATALOG_RATE_SCALE: '2' }));
    expect(limits.bucketFor('organizations', 'MoveAccount').rate).toEqual({ perSecond: 3.8, burst: 3 });
    expect(rateScaleFromEnvironment({})).toBe(1);
    expect(() => rateScaleFromEnvironment({ ACCOUNT_CATALOG_RATE_SCALE: 'fast' })).toThrow('ACCOUNT_CATALOG_RATE_SCALE must be a positive number, not "fast".');
    expect(() => rateScaleFromEnvironment({ ACCOUNT_CATALOG_RATE_SCALE: '-1' })).toThrow('positive number');
  });
});
