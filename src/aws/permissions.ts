// The IAM permissions each role needs: the one list that the docs, the organization repo template's
// roles and the call-coverage tests read, so none of them can drift from what the adapter calls.
// Pure data: no AWS SDK import, so the template can load it.

export type AwsService = 'organizations' | 'budgets' | 'sso-admin' | 'identitystore';

/** plan: live PR plans; drift: the scheduled drift run; import: `account-catalog import`; apply: mode apply. */
export type RoleName = 'plan' | 'drift' | 'import' | 'apply';

export interface PolicyStatement {
  readonly sid: string;
  readonly effect: 'Allow' | 'Deny';
  readonly actions: readonly string[];
  readonly resources: readonly string[];
  readonly condition?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface PolicyOptions {
  readonly managementAccountId: string;
  /** o-xxxxxxxxxx; narrows the management-account Deny statement. Default: any organization. */
  readonly organizationId?: string;
  /** Adds the Identity Center (sso, identitystore) actions. */
  readonly identityCenter?: boolean;
}

/** The IAM action an SDK call is authorized by (Budgets has two actions for all of its API). */
export function iamActionFor(service: AwsService, operation: string): string {
  switch (service) {
    case 'organizations':
      return `organizations:${operation}`;
    case 'budgets':
      return /^(Describe|List)/.test(operation) ? 'budgets:ViewBudget' : 'budgets:ModifyBudget';
    case 'sso-admin':
      return `sso:${operation}`;
    case 'identitystore':
      return `identitystore:${operation}`;
  }
}

export const READ_ORGANIZATION = [
  'organizations:DescribeOrganization',
  'organizations:ListRoots',
  'organizations:ListOrganizationalUnitsForParent',
  'organizations:ListAccountsForParent',
  'organizations:ListTagsForResource',
] as const;

const APPLY_READS = ['organizations:ListCreateAccountStatus', 'organizations:DescribeCreateAccountStatus', 'organizations:DescribeAccount'] as const;

const CHANGE_ACCOUNTS = [
  'organizations:CreateAccount',
  'organizations:CreateOrganizationalUnit',
  'organizations:MoveAccount',
  'organizations:TagResource',
  'organizations:UntagResource',
  'organizations:CloseAccount',
] as const;

/** Identity Center reads of plan, drift, import and apply (src/aws/identity-center/read.ts). */
export const READ_IDENTITY_CENTER: readonly string[] = [
  'sso:ListInstances',
  'sso:ListPermissionSets',
  'sso:DescribePermissionSet',
  'sso:ListAccountAssignmentsForPrincipal',
  'sso:ListPermissionSetsProvisionedToAccount',
  'sso:ListAccountAssignments',
  'identitystore:GetGroupId',
];
/** Import names the groups it finds (DescribeGroup); no other role needs it. */
export const IMPORT_IDENTITY_CENTER: readonly string[] = ['identitystore:DescribeGroup'];
/** Identity Center changes of apply (src/aws/identity-center/apply.ts). */
export const CHANGE_IDENTITY_CENTER: readonly string[] = [
  'sso:CreateAccountAssignment',
  'sso:DeleteAccountAssignment',
  'sso:DescribeAccountAssignmentCreationStatus',
  'sso:DescribeAccountAssignmentDeletionStatus',
];
/**
 * The IAM actions AWS lists as dependent actions of sso:CreateAccountAssignment and
 * sso:DeleteAccountAssignment: Identity Center creates (and removes) the AWSReservedSSO_* role and the
 * AWSSSO_* SAML provider in the target account with the caller's permissions when that account is
 * the one the caller is in (the management account); in member accounts its service role does it.
 */
export const IDENTITY_CENTER_IAM: readonly string[] = [
  'iam:AttachRolePolicy',
  'iam:CreateRole',
  'iam:CreateSAMLProvider',
  'iam:DeleteRole',
  'iam:DeleteRolePolicy',
  'iam:DetachRolePolicy',
  'iam:GetRole',
  'iam:GetSAMLProvider',
  'iam:ListAttachedRolePolicies',
  'iam:ListRolePolicies',
  'iam:PutRolePolicy',
  'iam:UpdateSAMLProvider',
];

/** The statements of one role's permissions policy. */
export function rolePolicy(role: RoleName, options: PolicyOptions): PolicyStatement[] {
  const budgets = `arn:aws:budgets::${options.managementAccountId}:budget/*`;
  const reads: PolicyStatement[] = [
    { sid: 'ReadOrganization', effect: 'Allow', actions: role === 'apply' ? [...READ_ORGANIZATION, ...APPLY_READS] : [...READ_ORGANIZATION], resources: ['*'] },
    { sid: 'ReadBudgets', effect: 'Allow', actions: ['budgets:ViewBudget'], resources: [budgets] },
  ];
  if (options.identityCenter) {
    reads.push({ sid: 'ReadIdentityCenter', effect: 'Allow', actions: role === 'import' ? [...READ_IDENTITY_CENTER, ...IMPORT_IDENTITY_CENTER] : [...READ_IDENTITY_CENTER], resources: ['*'] });
  }
  if (role !== 'apply') return reads;
  const organization = options.organizationId ?? '*';
  const changes: PolicyStatement[] = [
    { sid: 'ChangeAccounts', effect: 'Allow', actions: [...CHANGE_ACCOUNTS], resources: ['*'] },
    {
      sid: 'NeverTheManagementAccount',
      effect: 'Deny',
      actions: ['organizations:CloseAccount', 'organizations:MoveAccount'],
      resources: [`arn:aws:organizations::${options.managementAccountId}:account/${organization}/${options.managementAccountId}`],
    },
    {
      sid: 'CreateAccountNeedsTheOrganizationsServiceRole',
      effect: 'Allow',
      actions: ['iam:CreateServiceLinkedRole'],
      resources: ['*'],
      condition: { StringEquals: { 'iam:AWSServiceName': 'organizations.amazonaws.com' } },
    },
    { sid: 'ChangeCatalogBudgetsOnly', effect: 'Allow', actions: ['budgets:ModifyBudget'], resources: [`arn:aws:budgets::${options.managementAccountId}:budget/account-catalog-*`] },
  ];
  if (options.identityCenter) {
    changes.push(
      { sid: 'ChangeIdentityCenterAssignments', effect: 'Allow', actions: [...CHANGE_IDENTITY_CENTER], resources: ['*'] },
      {
        sid: 'IdentityCenterRolesInTheManagementAccount',
        effect: 'Allow',
        actions: [...IDENTITY_CENTER_IAM],
        resources: [
          `arn:aws:iam::${options.managementAccountId}:role/aws-reserved/sso.amazonaws.com/*`,
          `arn:aws:iam::${options.managementAccountId}:saml-provider/AWSSSO_*`,
        ],
      },
    );
  }
  return [...reads, ...changes];
}

/** A role's policy as an IAM JSON policy document. */
export function policyDocument(role: RoleName, options: PolicyOptions): Record<string, unknown> {
  return {
    Version: '2012-10-17',
    Statement: rolePolicy(role, options).map((s) => ({
      Sid: s.sid,
      Effect: s.effect,
      Action: s.actions.length === 1 ? s.actions[0] : [...s.actions],
      Resource: s.resources.length === 1 ? s.resources[0] : [...s.resources],
      ...(s.condition ? { Condition: s.condition } : {}),
    })),
  };
}

/** Every IAM action a role allows. */
export function allowedActions(role: RoleName, options: PolicyOptions): Set<string> {
  return new Set(rolePolicy(role, options).filter((s) => s.effect === 'Allow').flatMap((s) => s.actions));
}
