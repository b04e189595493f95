// The AWS adapter, shared by the Action and the CLI. Both load it lazily (the Action with `await import`,
// the CLI from its bundled build in lib-aws/), so the SDK stays out of the plan-only start-up path.
import type { Catalog, LiveOrganization, NodePath, SourceLocation } from '../core/model';
import { buildCatalog } from '../core/schema/build';
import { applyWithClients, type ApplyReport } from './apply';
import { createAwsClients, type AwsClients } from './clients';
import type { PollOptions } from './poll';
import { readLive } from './read';

export { AwsAccessError } from './errors';
export { describeFailure, type Audience } from './failure';
export { renderApplySummary } from './summary';
export type { ApplyReport, AppliedStep, StepOutcome } from './apply';

export interface AwsOptions {
  region?: string;
  dryRun: boolean;
  /** Tests and emulators: pre-built clients (e.g. with a call-counting middleware). */
  clients?: AwsClients;
  /** SDK attempts per call; default 8 (adaptive retry). */
  maxAttempts?: number;
  /** Calls in flight at once while reading; default 8. */
  concurrency?: number;
  /** Read tags and budgets only for these catalog accounts (a pull request's changed ones); default all. */
  scope?: ReadonlySet<string>;
  /** CreateAccount polling; also ACCOUNT_CATALOG_POLL_INTERVAL_MS, _MAX_INTERVAL_MS, _TIMEOUT_MS. */
  poll?: Partial<PollOptions>;
  /** Read every principal's Identity Center assignments of managed accounts (drift runs). */
  allAccessPrincipals?: boolean;
  /** Where catalog paths are in the files, for refusals that name file:line. */
  locate?: (path: NodePath) => SourceLocation;
}

function clientsFor(options: AwsOptions): AwsClients {
  return options.clients ?? createAwsClients({ region: options.region, maxAttempts: options.maxAttempts });
}

/** The live organization as the catalog needs it (read-only calls only). Throws AwsAccessError on access problems. */
export async function readLiveOrganization(options: AwsOptions, catalog: Catalog): Promise<LiveOrganization> {
  return readLive(clientsFor(options), catalog, {
    concurrency: options.concurrency,
    allAccessPrincipals: options.allAccessPrincipals,
    ...(options.scope ? { scope: options.scope } : {}),
  });
}

/**
 * The whole organization for `account-catalog import`: like readLiveOrganization, but tags and the
 * catalog's budgets of every ACTIVE account (read-only calls only).
 */
export async function readWholeOrganization(options: AwsOptions): Promise<LiveOrganization> {
  // An empty catalog with the defaults: no Identity Center configured, so import reads no assignments.
  return readLive(clientsFor(options), buildCatalog({ version: 1, accounts: [] }), { concurrency: options.concurrency, everything: true });
}

/**
 * Brings AWS to `head` (mode apply, on the default branch). Step failures are in the report
 * (`failed: true`); access problems before any step throw AwsAccessError. Log lines are safe to print.
 */
export async function applyCatalog(options: AwsOptions, head: Catalog, log: (line: string) => void): Promise<ApplyReport> {
  return applyWithClients(clientsFor(options), head, log, {
    dryRun: options.dryRun,
    poll: options.poll,
    concurrency: options.concurrency,
    allAccessPrincipals: options.allAccessPrincipals,
    locate: options.locate,
  });
}

export { readAccessEntries, type AccessImport, type ImportedAccess } from './identity-center/read';
export { createIdentityCenterClients, type IdentityCenterClients } from './identity-center/clients';
export { createAwsClients };
export type { AwsClients };
