export const VERSION_MARKER = 'aws-account-catalog';
