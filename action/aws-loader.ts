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

/**
 * `live: true` and `mode: drift`: the organization as AWS has it, read with read-only calls;
 * tags and budgets only for the `scope` accounts when given (a pull request's changed ones).
 */
export async function readLiveOrganization(inputs: Inputs, catalog: Catalog, scope?: ReadonlySet<string>): Promise<LiveOrganization> {
  const aws = await loadAws();
  return aws.readLiveOrganization({ ...(inputs.awsRegion ? { region: inputs.awsRegion } : {}), dryRun: true, ...(scope ? { scope } : {}) }, catalog);
}
