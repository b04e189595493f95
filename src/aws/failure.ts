// One line for any failure of an AWS read, worded for the front end that shows it. The SDK error is
// classified once here (access, unreachable endpoint, throttling after retries); the Action and the
// CLI differ only in the advice (a workflow step versus a local profile).
import { AwsAccessError, describeError } from './errors';

export type Audience = 'action' | 'cli';

/** The SDK's throttling error codes (@smithy/service-error-classification THROTTLING_ERROR_CODES). */
const THROTTLING = new Set([
  'BandwidthLimitExceeded', 'EC2ThrottledException', 'LimitExceededException', 'PriorRequestNotComplete', 'ProvisionedThroughputExceededException',
  'RequestLimitExceeded', 'RequestThrottled', 'RequestThrottledException', 'SlowDown', 'ThrottledException', 'Throttling', 'ThrottlingException',
  'TooManyRequestsException', 'TransactionInProgressException',
]);

/** Node's socket errors for an endpoint that cannot be reached. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ECONNABORTED']);

interface SdkError {
  readonly name?: string;
  readonly code?: string;
  readonly message?: string;
  readonly $metadata?: { readonly attempts?: number; readonly httpStatusCode?: number };
}

const CLI_CREDENTIALS =
  'No AWS credentials found: run `aws sso login --profile <name>` and pass --profile <name> (or set AWS_PROFILE), ' +
  'or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN), using the management account or a delegated administrator.';

/** One line, no stack, for an error thrown while reading AWS. */
export function describeFailure(error: unknown, audience: Audience): string {
  if (error instanceof AwsAccessError || (error as SdkError | null)?.name === 'AwsAccessError') {
    return describeAccess(error as AwsAccessError, audience);
  }
  const e = (typeof error === 'object' && error !== null ? error : {}) as SdkError;
  const attempts = e.$metadata?.attempts;
  const tries = attempts && attempts > 1 ? ` after ${attempts} attempts` : '';
  if (THROTTLING.has(e.name ?? '') || THROTTLING.has(e.code ?? '')) {
    return `AWS kept throttling the requests (${e.name ?? e.code})${tries}: wait a minute and run again${audience === 'cli' ? ', or set AWS_MAX_ATTEMPTS higher' : ''}.`;
  }
  const code = networkCode(e);
  if (code) {
    const where = endpointOf(e.message);
    return `Cannot reach the AWS endpoint${where ? ` ${where}` : ''} (${code})${tries}: check the network and proxy, and AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_ORGANIZATIONS / AWS_ENDPOINT_URL_BUDGETS if set.`;
  }
  return `AWS request failed: ${describeError(error)}`;
}

function describeAccess(error: AwsAccessError, audience: Audience): string {
  if (audience === 'action') return error.message;
  const on = error.operation ? ` on ${error.operation}` : '';
  switch (error.reason) {
    case 'no-credentials':
      return CLI_CREDENTIALS;
    case 'bad-credentials':
      return `AWS rejected the credentials${on}: check AWS_PROFILE / --profile, or the AWS_ACCESS_KEY_ID in the environment.`;
    case 'expired':
      return `The AWS credentials expired${on}: run \`aws sso login\` (or refresh the session) and run again.`;
    case 'no-organization':
      return 'These credentials are not in an AWS Organization (AWSOrganizationsNotInUseException): use the management account of the organization, or a delegated administrator.';
    default:
      // Denied: the message names the IAM action already.
      return error.message.replace('the role needs', 'the credentials need');
  }
}

function networkCode(e: SdkError): string | undefined {
  if (e.code && UNREACHABLE.has(e.code)) return e.code;
  if (e.name === 'TimeoutError') return 'timeout';
  const match = /\b(E[A-Z_]{4,})\b/.exec(e.message ?? '');
  return match && UNREACHABLE.has(match[1]) ? match[1] : undefined;
}

/** `connect ECONNREFUSED 127.0.0.1:9` -> 127.0.0.1:9; `getaddrinfo ENOTFOUND host` -> host. */
function endpointOf(message: string | undefined): string | undefined {
  const match = /\bE[A-Z_]+ ([A-Za-z0-9.:[\]-]+)/.exec(message ?? '');
  return match?.[1];
}
