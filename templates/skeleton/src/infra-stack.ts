import { Aws, Duration, Stack, StackProps, Tags } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { RoleNames } from './constants';

export interface InfraStackProps extends StackProps {
  /** dev or prod: tags every resource. */
  readonly environment: string;
  /** A production account gives no human standing admin: AdminR is break-glass only. */
  readonly production: boolean;
  readonly roleNames: RoleNames;
  /**
   * The account whose principals may assume the roles (iam-users mode: the users account).
   * Default: this account.
   */
  readonly trustedAccountId?: string;
}

/** Every role's trust needs this: no session without MFA can assume a role. */
export const MFA_PRESENT = { Bool: { 'aws:MultiFactorAuthPresent': 'true' } };

/** In production AdminR trusts only principals carrying this tag (break-glass). */
export const BREAK_GLASS_TAG_KEY = 'aws:PrincipalTag/break-glass';

/**
 * The team's access in one account: least-privileged roles (ReadR and OpsR for daily work,
 * AdminR for emergencies only) and the groups IAM users sit in.
 */
export class InfraStack extends Stack {
  public readonly readRole: iam.Role;
  public readonly opsRole: iam.Role;
  public readonly adminRole: iam.Role;
  public readonly assumeRoleGroup: iam.Group;
  public readonly manageOwnUserGroup: iam.Group;
  public readonly powerGroup: iam.Group;

  constructor(scope: Construct, id: string, props: InfraStackProps) {
    super(scope, id, props);
    Tags.of(this).add('environment', props.environment);

    const trusted = props.trustedAccountId ? new iam.AccountPrincipal(props.trustedAccountId) : new iam.AccountRootPrincipal();
    const withMfa = (conditions: iam.Conditions = {}): iam.IPrincipal =>
      new iam.PrincipalWithConditions(trusted, { ...MFA_PRESENT, ...conditions });

    this.readRole = new iam.Role(this, 'ReadR', {
      roleName: props.roleNames.read,
      description: 'Daily read-only access. Assume with MFA.',
      assumedBy: withMfa(),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')],
      maxSessionDuration: Duration.hours(8),
    });

    this.opsRole = new iam.Role(this, 'OpsR', {
      roleName: props.roleNames.ops,
      description: 'Day-to-day operations without IAM administration. Assume with MFA.',
      assumedBy: withMfa(),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('PowerUserAccess')],
      maxSessionDuration: Duration.hours(4),
    });

    // Emergencies only: a fresh MFA sign-in (under an hour old) and a short session. In production
    // also a principal tagged break-glass=true, which an administrator sets for one incident.
    this.adminRole = new iam.Role(this, 'AdminR', {
      roleName: props.roleNames.admin,
      description: props.production
        ? 'EMERGENCY ONLY (break-glass): needs MFA and the principal tag break-glass=true, granted for one incident.'
        : 'EMERGENCY ONLY: full administrator access. Needs a fresh MFA sign-in.',
      assumedBy: withMfa({
        NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' },
        ...(props.production ? { StringEquals: { [BREAK_GLASS_TAG_KEY]: 'true' } } : {}),
      }),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess')],
      maxSessionDuration: Duration.hours(1),
    });
    Tags.of(this.adminRole).add('access', 'emergency-only');
    if (props.production) {
      // The daily roles may not chain into AdminR (PowerUserAccess allows sts:AssumeRole).
      for (const role of [this.readRole, this.opsRole]) {
        role.addToPolicy(new iam.PolicyStatement({
          sid: 'NoStandingAdmin',
          effect: iam.Effect.DENY,
          actions: ['sts:AssumeRole'],
          resources: [this.adminRole.roleArn],
        }));
      }
    }

    // In this account, users may assume the daily roles, and AdminR only outside production.
    const groups = new TeamGroups(this, 'Groups', {
      assumableRoleArns: assumableRoles(props.production, props.roleNames).map((name) => this.formatArn({ service: 'iam', region: '', resource: 'role', resourceName: name })),
      powerUser: !props.production,
    });
    this.assumeRoleGroup = groups.assumeRoleGroup;
    this.manageOwnUserGroup = groups.manageOwnUserGroup;
    this.powerGroup = groups.powerGroup;
  }
}

/** The roles a group may assume: never the production AdminR (break-glass only). */
export function assumableRoles(production: boolean, roles: RoleNames): string[] {
  return production ? [roles.read, roles.ops] : [roles.read, roles.ops, roles.admin];
}

export interface TeamGroupsProps {
  /** Roles AssumeRoleG may assume (with MFA). */
  readonly assumableRoleArns: readonly string[];
  /** Whether PowerG grants PowerUserAccess; otherwise it grants nothing. */
  readonly powerUser: boolean;
}

/** The groups IAM users sit in: AssumeRoleG and ManageOwnUserG for everyone, PowerG for a few. */
export class TeamGroups extends Construct {
  public readonly assumeRoleGroup: iam.Group;
  public readonly manageOwnUserGroup: iam.Group;
  public readonly powerGroup: iam.Group;

  constructor(scope: Construct, id: string, props: TeamGroupsProps) {
    super(scope, id);
    this.assumeRoleGroup = new iam.Group(this, 'AssumeRoleG', { groupName: 'AssumeRoleG' });
    if (props.assumableRoleArns.length > 0) {
      this.assumeRoleGroup.addToPolicy(new iam.PolicyStatement({
        sid: 'AssumeTeamRolesWithMfa',
        actions: ['sts:AssumeRole'],
        resources: [...props.assumableRoleArns],
        conditions: MFA_PRESENT,
      }));
    }

    this.manageOwnUserGroup = new iam.Group(this, 'ManageOwnUserG', { groupName: 'ManageOwnUserG' });
    for (const statement of manageOwnUserStatements(Stack.of(this))) this.manageOwnUserGroup.addToPolicy(statement);

    this.powerGroup = new iam.Group(this, 'PowerG', {
      groupName: 'PowerG',
      managedPolicies: props.powerUser ? [iam.ManagedPolicy.fromAwsManagedPolicyName('PowerUserAccess')] : [],
    });
  }
}

/** An account the users account's people work in. */
export interface TeamAccount {
  /** Empty until the account exists: then no role in it can be granted yet. */
  readonly id: string;
  readonly production: boolean;
  readonly roles: RoleNames;
}

export interface UsersStackProps extends StackProps {
  readonly accounts: readonly TeamAccount[];
}

/**
 * iam-users mode: the users account, where the IAM users live. Its AssumeRoleG may assume the team's
 * roles in dev and prod (never the prod AdminR); the roles there trust this account and require MFA.
 */
export class UsersStack extends Stack {
  public readonly groups: TeamGroups;

  constructor(scope: Construct, id: string, props: UsersStackProps) {
    super(scope, id, props);
    const arns = props.accounts.filter((a) => a.id !== '').flatMap((a) =>
      assumableRoles(a.production, a.roles).map((name) => `arn:${Aws.PARTITION}:iam::${a.id}:role/${name}`));
    this.groups = new TeamGroups(this, 'Groups', { assumableRoleArns: arns, powerUser: false });
  }
}

/**
 * A user may manage only their own password, access keys, signing certificates, SSH keys and MFA
 * device (`${aws:username}`), and may do nothing else until they sign in with MFA.
 */
function manageOwnUserStatements(stack: Stack): iam.PolicyStatement[] {
  const ownUser = stack.formatArn({ service: 'iam', region: '', resource: 'user', resourceName: '${aws:username}' });
  const ownMfa = stack.formatArn({ service: 'iam', region: '', resource: 'mfa', resourceName: '*' });
  return [
    new iam.PolicyStatement({
      sid: 'AllowViewAccountInfo',
      actions: ['iam:GetAccountPasswordPolicy', 'iam:ListVirtualMFADevices'],
      resources: ['*'],
    }),
    new iam.PolicyStatement({
      sid: 'AllowManageOwnCredentials',
      actions: [
        'iam:ChangePassword', 'iam:GetUser', 'iam:GetLoginProfile', 'iam:UpdateLoginProfile',
        'iam:CreateAccessKey', 'iam:DeleteAccessKey', 'iam:ListAccessKeys', 'iam:UpdateAccessKey', 'iam:GetAccessKeyLastUsed',
        'iam:DeleteSigningCertificate', 'iam:ListSigningCertificates', 'iam:UpdateSigningCertificate', 'iam:UploadSigningCertificate',
        'iam:DeleteSSHPublicKey', 'iam:GetSSHPublicKey', 'iam:ListSSHPublicKeys', 'iam:UpdateSSHPublicKey', 'iam:UploadSSHPublicKey',
        'iam:CreateServiceSpecificCredential', 'iam:DeleteServiceSpecificCredential', 'iam:ListServiceSpecificCredentials',
        'iam:ResetServiceSpecificCredential', 'iam:UpdateServiceSpecificCredential',
      ],
      resources: [ownUser],
    }),
    new iam.PolicyStatement({
      sid: 'AllowManageOwnVirtualMfaDevice',
      actions: ['iam:CreateVirtualMFADevice'],
      resources: [ownMfa],
    }),
    new iam.PolicyStatement({
      sid: 'AllowManageOwnUserMfa',
      actions: ['iam:DeactivateMFADevice', 'iam:EnableMFADevice', 'iam:ListMFADevices', 'iam:ResyncMFADevice'],
      resources: [ownUser],
    }),
    new iam.PolicyStatement({
      sid: 'DenyAllExceptListedIfNoMfa',
      effect: iam.Effect.DENY,
      notActions: [
        'iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:GetUser', 'iam:ListMFADevices',
        'iam:ListVirtualMFADevices', 'iam:ResyncMFADevice', 'iam:ChangePassword', 'iam:GetAccountPasswordPolicy',
        'sts:GetSessionToken',
      ],
      resources: ['*'],
      conditions: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    }),
  ];
}
