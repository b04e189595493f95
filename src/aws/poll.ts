/** How apply waits for CreateAccount. Defaults suit AWS; tests and emulators make them small. */
export interface PollOptions {
  /** First wait between DescribeCreateAccountStatus calls (ms). */
  readonly intervalMs: number;
  /** Longest wait between calls (ms): the wait doubles up to this. */
  readonly maxIntervalMs: number;
  /** Give up after this long (ms); a re-run picks the request up again. */
  readonly timeoutMs: number;
}

// A steady 5 s: creation takes minutes, and a longer wait would add up to that much per wave of 5 creations.
export const DEFAULT_POLL: PollOptions = { intervalMs: 5_000, maxIntervalMs: 5_000, timeoutMs: 15 * 60_000 };

function envNumber(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** Options first, then ACCOUNT_CATALOG_POLL_INTERVAL_MS / _MAX_INTERVAL_MS / _TIMEOUT_MS, then the defaults. */
export function pollOptions(given?: Partial<PollOptions>): PollOptions {
  return {
    intervalMs: given?.intervalMs ?? envNumber('ACCOUNT_CATALOG_POLL_INTERVAL_MS') ?? DEFAULT_POLL.intervalMs,
    maxIntervalMs: given?.maxIntervalMs ?? envNumber('ACCOUNT_CATALOG_POLL_MAX_INTERVAL_MS') ?? DEFAULT_POLL.maxIntervalMs,
    timeoutMs: given?.timeoutMs ?? envNumber('ACCOUNT_CATALOG_POLL_TIMEOUT_MS') ?? DEFAULT_POLL.timeoutMs,
  };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
