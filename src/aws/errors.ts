// AWS errors a user can act on, turned into one clear line that names the missing permission.
import { iamActionFor, type AwsService } from './permissions';

/** The IAM action that authorises an API operation. Budgets groups its operations under two actions. */
export function permissionFor(service: AwsService, operation: string): string {
  return iamActionFor(service, operation);
}

/** Missing, invalid or insufficient AWS credentials, or an organization this tool cannot work with. */
export class AwsAccessError extends Error {
  constructor(
    message: string,
    /** e.g. organizations:ListAccountsForParent, when a permission is missing. */
    readonly permission?: string,
  ) {
    super(message);
    this.name = 'AwsAccessError';
  }
}

const DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'UnauthorizedOperation', 'AuthorizationError']);
const BAD_CREDENTIALS = new Set([
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'MissingAuthenticationToken',
  'MissingAuthenticationTokenException',
]);
const EXPIRED = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired']);

/** A short, safe form of AWS's own message: one line, bounded. */
function awsMessage(error: { message?: unknown }): string {
  const text = typeof error.message === 'string' ? error.message.replace(/\s+/g, ' ').trim() : '';
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

/**
 * Maps an SDK error to an AwsAccessError when it is about access; returns undefined otherwise
 * (the caller keeps the original error). `operation` is the API operation, e.g. ListAccountsForParent.
 */
export function accessError(error: unknown, service: AwsService, operation: string): AwsAccessError | undefined {
  if (error instanceof AwsAccessError) return error;
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { name?: string; message?: string };
  const name = e.name ?? '';
  const said = awsMessage(e);
  if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(said)) {
    return new AwsAccessError(
      'No AWS credentials found. Add aws-actions/configure-aws-credentials with `role-to-assume` (OIDC) before this step; see the README for the plan and apply roles.',
    );
  }
  if (DENIED.has(name)) {
    const permission = permissionFor(service, operation);
    return new AwsAccessError(`AWS denied ${operation} (${name}): the role needs ${permission}.${said ? ` AWS said: ${said}` : ''}`, permission);
  }
  if (name === 'AccessDeniedForDependencyException') {
    const permission = operation === 'CreateAccount' ? 'iam:CreateServiceLinkedRole' : permissionFor(service, operation);
    return new AwsAccessError(
      `AWS denied a dependency of ${operation} (${name}): the role needs ${permission} besides ${permissionFor(service, operation)}.${said ? ` AWS said: ${said}` : ''}`,
      permission,
    );
  }
  if (BAD_CREDENTIALS.has(name)) {
    return new AwsAccessError(`AWS rejected the credentials (${name}) on ${operation}: check the role the workflow assumes and the region.`);
  }
  if (EXPIRED.has(name)) {
    return new AwsAccessError(`The AWS credentials expired (${name}) on ${operation}: raise role-duration-seconds or re-run the job.`);
  }
  if (name === 'AWSOrganizationsNotInUseException') {
    return new AwsAccessError('This AWS account is not in an organization: run the Action with credentials of the management account.');
  }
  return undefined;
}

/** One line for any error: its name and message, never a stack. */
export function describeError(error: unknown): string {
  if (error instanceof AwsAccessError) return error.message;
  if (typeof error === 'object' && error !== null) {
    const e = error as { name?: string; message?: string };
    const said = awsMessage(e);
    return e.name && e.name !== 'Error' ? `${e.name}${said ? `: ${said}` : ''}` : said || String(error);
  }
  return String(error);
}

/** An endpoint that does not implement the operation (some emulators); AWS itself never answers this. */
export function isUnsupportedOperation(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  return ['UnknownOperationException', 'NotImplemented', 'InvalidAction'].includes(e?.name ?? '') || e?.$metadata?.httpStatusCode === 501;
}
