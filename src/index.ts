export const VERSION_MARKER = 'aws-account-catalog';
export { AwsAccountRepo } from './template/aws-account-repo';
export { AccountRole, IdentityMode } from './template/options';
export { AwsAccountRepoOptions, TeamUser } from './template/options';
