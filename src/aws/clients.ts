import { BudgetsClient } from '@aws-sdk/client-budgets';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { accessError } from './errors';
import type { IdentityCenterClients } from './identity-center/clients';
import type { AwsService } from './permissions';
import { limitRate, sharedRateLimits, type RateLimits } from './rate-limit';

export interface AwsClientOptions {
  readonly region?: string;
  /** SDK attempts per call (first try + retries); default 8. */
  readonly maxAttempts?: number;
  /** Client-side token buckets; default the process-wide ones (ACCOUNT_CATALOG_RATE_SCALE). */
  readonly rateLimits?: RateLimits;
}

export interface AwsClients {
  readonly organizations: OrganizationsClient;
  readonly budgets: BudgetsClient;
  /** Tests and emulators: pre-built Identity Center clients; else made for organization.identityCenter.region. */
  readonly identityCenter?: IdentityCenterClients;
}

/**
 * Every attempt first takes a token of its operation's bucket at AWS's documented rate (rate-limit.ts),
 * shared by all clients of the process. Both clients use the adaptive retry mode (throttled calls are
 * retried with backoff and a client-side rate that adapts) and the SDK's standard endpoint settings: AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ORGANIZATIONS, AWS_ENDPOINT_URL_BUDGETS.
 * Organizations and Budgets are global services served from us-east-1.
 */
export function createAwsClients(options: AwsClientOptions = {}): AwsClients {
  const config = {
    region: options.region || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || 'us-east-1',
    retryMode: 'adaptive',
    maxAttempts: options.maxAttempts ?? 8,
  };
  const organizations = new OrganizationsClient(config);
  const budgets = new BudgetsClient(config);
  translateAccessErrors(organizations, 'organizations');
  translateAccessErrors(budgets, 'budgets');
  const limits = options.rateLimits ?? sharedRateLimits();
  limitRate(organizations, 'organizations', limits);
  limitRate(budgets, 'budgets', limits);
  return { organizations, budgets };
}


/** The part of the SDK's middleware stack used here, typed loosely: it is the same for both clients. */
export interface MiddlewareAdder {
  add(
    middleware: (next: (args: unknown) => Promise<unknown>, context: { commandName?: string; clientName?: string }) => (args: unknown) => Promise<unknown>,
    options: { step: 'initialize' | 'build' | 'finalizeRequest'; name: string; priority?: 'high' | 'low' },
  ): void;
}

/** The API operation of a command name: ListAccountsCommand -> ListAccounts. */
export function operationOf(commandName: unknown): string {
  return typeof commandName === 'string' ? commandName.replace(/Command$/, '') : 'unknown';
}

/** Errors about credentials or permissions become AwsAccessError, naming the IAM action. */
export function translateAccessErrors(client: { middlewareStack: unknown }, service: AwsService): void {
  const stack = client.middlewareStack as unknown as MiddlewareAdder;
  stack.add(
    (next, context) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        throw accessError(error, service, operationOf(context.commandName)) ?? error;
      }
    },
    { step: 'initialize', name: 'accountCatalogAccessErrors', priority: 'high' },
  );
}
