import type { Catalog, LiveOrganization } from '../src/core/model';
import { ExpectedError } from './expected-error';
import type { Inputs } from './inputs';

export type AwsAdapter = typeof import('../src/aws/index');

/**
 * The live-AWS adapter, loaded only for `live: true` or `mode: apply`: a dynamic import puts the
 * AWS SDK in a separate ncc chunk, so plan and validate runs never load it.
 */
export async function loadAws(): Promise<AwsAdapter> {
  try {
    return await import('../src/aws/index');
  } catch (error) {
    throw new ExpectedError(`The AWS adapter could not be loaded (${String((error as Error | null)?.message ?? error).split('\n')[0]}).`);
  }
}

/** How much a live read covers: a pull request's changed accounts, or (drift run) everything. */
export type LiveReadScope = { readonly scope: ReadonlySet<string> } | { readonly allAccessPrincipals: true };

/**
 * `live: true` and `mode: drift`: the organization as AWS has it, read with read-only calls;
 * tags, budgets and assignments only for the `scope` accounts (a pull request's changed ones), or
 * everything including every principal's assignments (`allAccessPrincipals`, the drift run).
 */
export async function readLiveOrganization(inputs: Inputs, catalog: Catalog, read: LiveReadScope): Promise<LiveOrganization> {
  const aws = await loadAws();
  return aws.readLiveOrganization({ ...(inputs.awsRegion ? { region: inputs.awsRegion } : {}), dryRun: true, ...read }, catalog);
}
