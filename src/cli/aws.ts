// The CLI's door to AWS: `import` and `plan --live` only. The adapter (src/aws, the one the Action
// uses) is required here, on first use, so validate/plan/render-config never load the SDK.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LiveOrganization } from '../core/model';
import { CliFailure } from './errors';
import type { CliIo } from './io';

export type AwsAdapter = typeof import('../aws/index');

/** The package root: this file is src/cli/aws.ts, compiled to lib/cli/aws.js. */
const PACKAGE_ROOT = path.resolve(__dirname, '..', '..');
/**
 * The published package ships the adapter and the AWS SDK as one CommonJS bundle (built from
 * lib/aws by the compile task), so `npx account-catalog import` needs no other install. A checkout
 * without that build uses lib/aws with the SDK from devDependencies.
 */
export const BUNDLED_ADAPTER = path.join(PACKAGE_ROOT, 'lib-aws', 'index.js');

export function loadAws(): AwsAdapter {
  // The SDK warns on Node 20 that its future releases need Node 22. The SDK in lib-aws is the one
  // this package was built with and does not change under the user: the warning would only bury
  // the one-line result. An explicit setting is kept.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const entry = fs.existsSync(BUNDLED_ADAPTER) ? BUNDLED_ADAPTER : '../aws/index';
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(entry) as AwsAdapter;
  } catch (e) {
    throw new CliFailure(`The AWS adapter could not be loaded (${String((e as Error | null)?.message ?? e).split('\n')[0]}): reinstall aws-account-catalog.`);
  }
}

/** The flags every AWS-reading command takes. */
export const AWS_FLAGS = {
  profile: { type: 'string' },
  region: { type: 'string' },
} as const;

export const AWS_FLAGS_USAGE = `  --profile NAME      the AWS CLI profile (default: AWS_PROFILE, then the SDK's default chain:
                      environment, SSO, shared credentials, container and instance roles)
  --region R          the region for the SDK clients (default AWS_REGION; Organizations and
                      Budgets are served from us-east-1)`;

export interface AwsFlags {
  readonly profile?: string;
  readonly region?: string;
}

function adapterOptions(flags: AwsFlags, io: CliIo): { region?: string; dryRun: true; maxAttempts?: number } {
  // The SDK reads the profile from the environment when it resolves credentials.
  if (flags.profile) process.env.AWS_PROFILE = flags.profile;
  const attempts = Number(io.env.AWS_MAX_ATTEMPTS);
  return {
    ...(flags.region ? { region: flags.region } : {}),
    dryRun: true,
    ...(Number.isInteger(attempts) && attempts > 0 ? { maxAttempts: attempts } : {}),
  };
}

/** Reads AWS with read-only calls; any failure becomes one line (exit 2), worded for a terminal. */
export async function readAws(flags: AwsFlags, io: CliIo, read: (aws: AwsAdapter, options: ReturnType<typeof adapterOptions>) => Promise<LiveOrganization>): Promise<LiveOrganization> {
  const aws = loadAws();
  try {
    return await read(aws, adapterOptions(flags, io));
  } catch (e) {
    throw new CliFailure(aws.describeFailure(e, 'cli'));
  }
}
