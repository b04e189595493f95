// The apply scheduler: independent work in parallel within AWS's limits (spec section 11).
// Items of one chain (one account) run in order; chains run side by side; an item holds a slot of
// its kind while it runs (5 CreateAccount in progress, 3 closings, ...), and every API call also
// waits for its operation's token bucket (rate-limit.ts), so the slots only bound what is in flight.
import { Semaphore } from './pool';

export interface Scheduled<T> {
  /** Items with the same chain run one after the other, in the order given. */
  readonly chain: string;
  /** The concurrency class: the key into `limits.perKind`. */
  readonly kind: string;
  readonly item: T;
}

export interface ScheduleLimits {
  /** Items of a kind in progress at once (e.g. 'create-account': 5). */
  readonly perKind: Readonly<Record<string, number>>;
  /** Items of every other kind in progress at once. */
  readonly others: number;
}

/** What the runner says after an item: `stop` skips the rest of its chain. */
export type ItemVerdict = 'continue' | 'stop';

/**
 * Runs every item once. Chains are started in the order of their first item, and a slot is given
 * first come, first served, so the order of the input is the order of the work when limits bind.
 * `skip` is called instead of `run` for the items after a `stop`.
 */
export async function runChains<T>(
  items: readonly Scheduled<T>[],
  limits: ScheduleLimits,
  run: (item: T, index: number) => Promise<ItemVerdict>,
  skip: (item: T, index: number) => void,
): Promise<void> {
  const chains = new Map<string, { item: Scheduled<T>; index: number }[]>();
  items.forEach((item, index) => {
    const chain = chains.get(item.chain) ?? [];
    chain.push({ item, index });
    chains.set(item.chain, chain);
  });
  const slots = new Map<string, Semaphore>();
  const others = new Semaphore(Math.max(1, limits.others));
  const slotOf = (kind: string): Semaphore => {
    const limit = limits.perKind[kind];
    if (limit === undefined) return others;
    let slot = slots.get(kind);
    if (!slot) slots.set(kind, (slot = new Semaphore(Math.max(1, limit))));
    return slot;
  };
  await Promise.all(
    [...chains.values()].map(async (chain) => {
      let stopped = false;
      for (const { item, index } of chain) {
        if (stopped) {
          skip(item.item, index);
          continue;
        }
        stopped = (await slotOf(item.kind).use(() => run(item.item, index))) === 'stop';
      }
    }),
  );
}
