import { Aws, Stack, StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
// The IAM actions the aws-account-catalog Action calls, per role: the package's own list, so these
// policies cannot drift from what the Action does. Upgrade the package together with the Action's ref.
import { policyDocument, type RoleName } from 'aws-account-catalog/lib/aws/permissions';
import { Construct } from 'constructs';
import type { RolesConfig } from './roles-config';

export const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com';

export interface RolesStackProps extends StackProps {
  readonly config: RolesConfig;
}

/**
 * The roles the account catalog's workflows assume through GitHub OIDC, in the management account:
 * plan (read-only, pull requests of this repository), drift (read-only, the default branch) and
 * apply (changes, only the protected environment or the default branch).
 */
export class RolesStack extends Stack {
  public readonly planRole: iam.Role;
  public readonly driftRole: iam.Role;
  public readonly applyRole: iam.Role;

  constructor(scope: Construct, id: string, props: RolesStackProps) {
    super(scope, id, props);
    const config = props.config;
    const providerArn = config.createOidcProvider
      ? new iam.CfnOIDCProvider(this, 'GitHubOidc', {
        url: `https://${GITHUB_OIDC_HOST}`,
        clientIdList: ['sts.amazonaws.com'],
      }).attrArn
      : `arn:${Aws.PARTITION}:iam::${Aws.ACCOUNT_ID}:oidc-provider/${GITHUB_OIDC_HOST}`;

    const repo = `repo:${config.githubRepo}`;
    const applySubject = config.applyEnvironment ? `${repo}:environment:${config.applyEnvironment}` : `${repo}:ref:refs/heads/${config.defaultBranch}`;
    const role = (logicalId: string, name: keyof RolesConfig['roleNames'] & RoleName, subject: string, description: string): iam.Role =>
      new iam.Role(this, logicalId, {
        roleName: config.roleNames[name],
        description,
        // Exact matches only (StringEquals): no wildcard can widen the trust to another repository or branch.
        assumedBy: new iam.WebIdentityPrincipal(providerArn, {
          StringEquals: { [`${GITHUB_OIDC_HOST}:aud`]: 'sts.amazonaws.com', [`${GITHUB_OIDC_HOST}:sub`]: subject },
        }),
        inlinePolicies: {
          'account-catalog': iam.PolicyDocument.fromJson(
            policyDocument(name, { managementAccountId: config.managementAccountId, identityCenter: config.identityCenter }),
          ),
        },
      });

    this.planRole = role('PlanRole', 'plan', `${repo}:pull_request`, `account-catalog: read-only live plan for pull requests of ${config.githubRepo}`);
    this.driftRole = role('DriftRole', 'drift', `${repo}:ref:refs/heads/${config.defaultBranch}`, `account-catalog: read-only drift run on ${config.defaultBranch}`);
    this.applyRole = role('ApplyRole', 'apply', applySubject, `account-catalog: apply the merged catalog (${config.applyEnvironment ? `environment ${config.applyEnvironment}` : config.defaultBranch})`);
  }
}
