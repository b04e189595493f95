import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Longest wait for a rate limit reset we sit out; a longer one fails the run with a clear message. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 120;
const MAX_RATE_LIMIT_RETRIES = 2;

/**
 * An Octokit for GITHUB_API_URL (github.com or GitHub Enterprise Server) that retries 5xx
 * answers (plugin-retry: 3 times, 1 s, 4 s, 9 s) and waits out short rate limits (plugin-throttling).
 */
export function createGitHubClient(token: string, options: { throttled?: boolean } = {}): GitHubClient {
  const onLimit = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number): boolean => {
    const what = `${options.method ?? ''} ${options.url ?? ''}`.trim();
    if (retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS) {
      core.info(`GitHub ${kind} rate limit on ${what}: retrying in ${retryAfter} s.`);
      return true;
    }
    core.warning(`GitHub ${kind} rate limit on ${what}: giving up (reset in ${retryAfter} s).`);
    return false;
  };
  return getOctokit(
    token,
    {
      baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      log: { debug: () => undefined, info: () => undefined, warn: (m: string) => core.debug(m), error: (m: string) => core.debug(m) },
    },
    // Throttling spaces every GraphQL or write request a second apart; a one-off read opts out.
    ...(options.throttled === false ? [retry] : [retry, throttling]),
  );
}

/** The HTTP status of an Octokit error, or undefined for anything else. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
