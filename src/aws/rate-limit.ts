// Client-side rate limits at AWS's documented per-operation rates (spec section 11), so a run never
// starts a throttling storm: every SDK attempt takes a token from its operation's bucket first.
import type { MiddlewareAdder } from './clients';
import { operationOf } from './clients';

/** A token bucket's refill rate (tokens per second) and capacity. */
export interface Rate {
  readonly perSecond: number;
  readonly burst: number;
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const REAL_CLOCK: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

/**
 * A token bucket whose waiters are served first come, first served: a caller that finds no token
 * reserves the next one (the count goes negative) and sleeps until it is due.
 */
export class TokenBucket {
  private tokens: number;
  private refilledAt: number;

  constructor(
    readonly rate: Rate,
    private readonly clock: Clock = REAL_CLOCK,
  ) {
    if (!(rate.perSecond > 0) || !(rate.burst >= 1)) throw new Error(`A rate needs perSecond > 0 and burst >= 1 (got ${rate.perSecond}/s, burst ${rate.burst}).`);
    this.tokens = rate.burst;
    this.refilledAt = clock.now();
  }

  /** Milliseconds the caller waited (0 when a token was there). */
  async take(): Promise<number> {
    const now = this.clock.now();
    this.tokens = Math.min(this.rate.burst, this.tokens + ((now - this.refilledAt) / 1000) * this.rate.perSecond);
    this.refilledAt = now;
    this.tokens -= 1;
    if (this.tokens >= 0) return 0;
    const wait = Math.ceil((-this.tokens / this.rate.perSecond) * 1000);
    await this.clock.sleep(wait);
    return wait;
  }
}

/** Services whose calls the adapter rate-limits. Identity Center's two APIs share one bucket. */
export type RateLimitedService = 'organizations' | 'budgets' | 'sso-admin' | 'identitystore';

/**
 * The documented rates. Organizations: per operation (AWS Organizations quotas, "Throttling limits");
 * an operation not listed uses the service's `*` entry. Identity Center: 20 calls/s shared across
 * its APIs.
 */
export const DOCUMENTED_RATES: Readonly<Record<RateLimitedService, Readonly<Record<string, Rate>>>> = {
  organizations: {
    'ListTagsForResource': { perSecond: 10, burst: 10 },
    'ListAccounts': { perSecond: 8, burst: 8 },
    'ListAccountsForParent': { perSecond: 5, burst: 5 },
    'ListOrganizationalUnitsForParent': { perSecond: 5, burst: 5 },
    'MoveAccount': { perSecond: 2, burst: 2 },
    'TagResource': { perSecond: 4, burst: 4 },
    'UntagResource': { perSecond: 4, burst: 4 },
    'CreateAccount': { perSecond: 0.1, burst: 1 },
    'CloseAccount': { perSecond: 0.05, burst: 1 },
    '*': { perSecond: 5, burst: 5 },
  },
  'budgets': { '*': { perSecond: 5, burst: 5 } },
  'sso-admin': { '*': { perSecond: 20, burst: 20 } },
  'identitystore': { '*': { perSecond: 20, burst: 20 } },
};

/**
 * The client keeps a little under AWS's numbers: a first call that is slow (connection set-up) lets
 * the next ones arrive bunched, and one throttle makes the SDK's adaptive mode slow the whole client.
 */
export const HEADROOM = { rate: 0.95, burst: 0.75 } as const;

/** Buckets shared by all work in one process, keyed by service and operation. */
export class RateLimits {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly rates: typeof DOCUMENTED_RATES = DOCUMENTED_RATES,
    /** ACCOUNT_CATALOG_RATE_SCALE: multiplies every rate and burst (2 for raised limits, more for emulators). */
    private readonly scale: number = rateScaleFromEnvironment(),
    private readonly clock: Clock = REAL_CLOCK,
  ) {}

  bucketFor(service: RateLimitedService, operation: string): TokenBucket {
    const table = this.rates[service];
    // Identity Center's limit is one budget for both of its APIs.
    const shared = service === 'sso-admin' || service === 'identitystore';
    const own = table[operation];
    const key = shared ? 'identity-center' : own ? `${service}:${operation}` : `${service}:*`;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      const rate = own ?? table['*'];
      bucket = new TokenBucket(
        { perSecond: rate.perSecond * this.scale * HEADROOM.rate, burst: Math.max(1, Math.floor(rate.burst * this.scale * HEADROOM.burst)) },
        this.clock,
      );
      this.buckets.set(key, bucket);
    }
    return bucket;
  }
}

/** The scale factor from ACCOUNT_CATALOG_RATE_SCALE (default 1); a bad value is a clear error. */
export function rateScaleFromEnvironment(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.ACCOUNT_CATALOG_RATE_SCALE?.trim();
  if (!text) return 1;
  const scale = Number(text);
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`ACCOUNT_CATALOG_RATE_SCALE must be a positive number, not "${text.slice(0, 40)}".`);
  return scale;
}

let processLimits: { scale: number; limits: RateLimits } | undefined;

/** The process-wide buckets: every client created in this process shares them (new ones if the scale changed). */
export function sharedRateLimits(): RateLimits {
  const scale = rateScaleFromEnvironment();
  if (processLimits?.scale !== scale) processLimits = { scale, limits: new RateLimits(DOCUMENTED_RATES, scale) };
  return processLimits.limits;
}

/**
 * Makes every attempt of `client`'s calls (retries included: the middleware sits inside the SDK's
 * retry loop) wait for a token of its operation.
 */
export function limitRate(client: { middlewareStack: unknown }, service: RateLimitedService, limits: RateLimits = sharedRateLimits()): void {
  const stack = client.middlewareStack as MiddlewareAdder;
  stack.add(
    (next, context) => async (args) => {
      await limits.bucketFor(service, operationOf(context.commandName)).take();
      return next(args);
    },
    { step: 'finalizeRequest', name: 'accountCatalogRateLimit', priority: 'low' },
  );
}
