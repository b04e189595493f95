import * as core from '@actions/core';
import { ExpectedError } from './expected-error';
import { httpStatus } from './github-client';

/**
 * One line for the step's failure. Expected failures (bad input, unreadable catalog, GitHub
 * refusing or failing after retries) say what happened; only a bug keeps its stack, in the debug log.
 */
const EXPECTED_ERRORS = new Set(['CatalogInputError', 'AwsAccessError']);

export function failureMessage(error: unknown): string {
  // CatalogInputError (unreadable catalog) and AwsAccessError (credentials, permissions) come from other adapters.
  if (error instanceof ExpectedError || EXPECTED_ERRORS.has((error as Error | null)?.name ?? '')) return firstLine((error as Error).message);
  const status = httpStatus(error);
  if (status !== undefined) {
    const request = (error as { request?: { method?: string; url?: string } }).request;
    const where = request ? ` (${request.method ?? ''} ${stripQuery(request.url ?? '')})` : '';
    return `The GitHub API answered HTTP ${status}${where}: ${firstLine((error as Error).message)}`;
  }
  core.debug((error as Error | null)?.stack ?? String(error));
  return `Unexpected error: ${firstLine((error as Error | null)?.message ?? String(error))}`;
}

function firstLine(text: string): string {
  return text.split('\n')[0].slice(0, 500);
}

function stripQuery(url: string): string {
  return url.replace(/\?.*$/, '');
}
