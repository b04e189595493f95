// Why AWS Organizations could not create an account (CreateAccountStatus.FailureReason), and what to do.

const REASONS: Readonly<Record<string, string>> = {
  ACCOUNT_LIMIT_EXCEEDED: 'the organization has reached its limit of accounts. Ask AWS Support to raise the Organizations account quota, or close unused accounts.',
  CONCURRENT_ACCOUNT_MODIFICATION: 'another change to the organization ran at the same time. Re-run the apply.',
  EMAIL_ALREADY_EXISTS: 'an AWS account with this root email already exists. If it is in this organization, add its `id` to the catalog entry; otherwise choose another email.',
  FAILED_BUSINESS_VALIDATION: 'AWS could not validate the business details of the management account. Check them in the AWS Billing console.',
  GOVCLOUD_ACCOUNT_ALREADY_EXISTS: 'an AWS GovCloud (US) account with this email already exists.',
  INTERNAL_FAILURE: 'AWS Organizations had an internal failure. Re-run the apply; contact AWS Support if it keeps failing.',
  INVALID_ADDRESS: 'the management account has no valid address. Fix it in the AWS Billing console.',
  INVALID_EMAIL: 'AWS rejected the root email address as invalid. Fix the `email` of this account.',
  INVALID_IDENTITY_FOR_BUSINESS_VALIDATION: 'the identity details given for business validation are not valid. Fix them in the AWS Billing console.',
  INVALID_PAYMENT_INSTRUMENT: 'the management account has no valid payment method. Fix it in the AWS Billing console.',
  MISSING_BUSINESS_VALIDATION: 'the management account has not finished business validation. Complete it in the AWS Billing console.',
  MISSING_PAYMENT_INSTRUMENT: 'the management account has no payment method. Add one in the AWS Billing console.',
  PENDING_BUSINESS_VALIDATION: 'business validation of the management account is still pending. Re-run the apply once AWS has finished it.',
  UNKNOWN_BUSINESS_VALIDATION: 'business validation of the management account failed for an unknown reason. Contact AWS Support.',
  UPDATE_EXISTING_RESOURCE_POLICY_WITH_TAGS_NOT_SUPPORTED: 'the organization resource policy cannot be updated with tags. Create the account without tags, or remove the tag condition from the resource policy.',
};

/** One line: the account, the AWS reason code, and what to do about it. */
export function createFailureMessage(account: string, reason: string | undefined): string {
  const code = reason && /^[A-Z_]+$/.test(reason) ? reason : 'UNKNOWN';
  const advice = REASONS[code] ?? 'AWS gave no known reason. Check the account creation status in the AWS Organizations console.';
  return `CreateAccount for ${account} FAILED (${code}): ${advice}`;
}

export const KNOWN_CREATE_FAILURES: readonly string[] = Object.keys(REASONS);
