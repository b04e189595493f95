export const VERSION_MARKER = 'aws-account-catalog';
export { AwsAccountRepo } from './template/aws-account-repo';
export { AccountRole, IdentityMode } from './template/options';
export { AwsAccountRepoOptions, TeamUser } from './template/options';
export { AwsOrganizationRepo } from './template/organization/aws-organization-repo';
export { AwsOrganizationRepoOptions } from './template/organization/options';
