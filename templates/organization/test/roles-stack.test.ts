import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { policyDocument } from 'aws-account-catalog/lib/aws/permissions';
import { loadRolesConfig, type RolesConfig } from '../src/roles-config';
import { RolesStack } from '../src/roles-stack';

// The same roles.json `cdk synth` uses, so the test checks this repository's real configuration.
const config = loadRolesConfig(path.join(__dirname, '..', 'roles.json'));

function synth(c: RolesConfig = config): Template {
  return Template.fromStack(new RolesStack(new App(), 'roles', { env: { account: c.managementAccountId, region: c.region }, config: c }));
}

interface Statement {
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Condition?: Record<string, Record<string, unknown>>;
}

function role(template: Template, roleName: string): Record<string, any> {
  const roles = Object.values(template.findResources('AWS::IAM::Role', { Properties: { RoleName: roleName } }));
  expect(roles).toHaveLength(1);
  return roles[0].Properties;
}

function trust(template: Template, roleName: string): Statement[] {
  return role(template, roleName).AssumeRolePolicyDocument.Statement;
}

const template = synth();
const repo = `repo:${config.githubRepo}`;

describe('trust: only this repository, only the right runs', () => {
  test.each([
    ['plan', config.roleNames.plan, `${repo}:pull_request`],
    ['drift', config.roleNames.drift, `${repo}:ref:refs/heads/${config.defaultBranch}`],
    ['apply', config.roleNames.apply, config.applyEnvironment ? `${repo}:environment:${config.applyEnvironment}` : `${repo}:ref:refs/heads/${config.defaultBranch}`],
  ])('the %s role trusts GitHub OIDC for exactly %s / %s', (_, roleName, subject) => {
    const statements = trust(template, roleName);
    expect(statements).toHaveLength(1);
    const [statement] = statements;
    expect(statement.Effect).toBe('Allow');
    expect(statement.Action).toBe('sts:AssumeRoleWithWebIdentity');
    // Exact matches only: no StringLike, no wildcard in the subject.
    expect(statement.Condition).toEqual({
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': subject },
    });
    expect(subject).not.toMatch(/[*?]/);
  });

  test('the apply role is not trusted for pull requests, and the plan role not for the default branch', () => {
    expect(JSON.stringify(trust(template, config.roleNames.apply))).not.toContain(':pull_request');
    expect(JSON.stringify(trust(template, config.roleNames.plan))).not.toContain(':ref:');
  });

  test('the OIDC provider is created, or the existing one is trusted', () => {
    template.resourceCountIs('AWS::IAM::OIDCProvider', config.createOidcProvider ? 1 : 0);
    const other = synth({ ...config, createOidcProvider: !config.createOidcProvider });
    other.resourceCountIs('AWS::IAM::OIDCProvider', config.createOidcProvider ? 0 : 1);
  });
});

describe('least privilege', () => {
  const policies = (roleName: string): Record<string, any>[] => role(template, roleName).Policies;

  test.each(['plan', 'drift', 'apply'] as const)('the %s role holds exactly the actions the Action calls', (name) => {
    const [policy, ...others] = policies(config.roleNames[name]);
    expect(others).toEqual([]);
    expect(policy.PolicyDocument).toEqual(policyDocument(name, { managementAccountId: config.managementAccountId, identityCenter: config.identityCenter }));
    expect(role(template, config.roleNames[name]).ManagedPolicyArns).toBeUndefined();
  });

  test('no policy grants * or organizations:* (or any wildcard action)', () => {
    const actions = Object.values(template.findResources('AWS::IAM::Role')).flatMap((r: any) =>
      (r.Properties.Policies ?? []).flatMap((p: any) => p.PolicyDocument.Statement.flatMap((s: Statement) => [s.Action].flat())));
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((a) => a.includes('*'))).toEqual([]);
  });

  test('plan and drift are read-only: no action that changes anything', () => {
    for (const name of [config.roleNames.plan, config.roleNames.drift]) {
      const actions = policies(name).flatMap((p) => p.PolicyDocument.Statement.filter((s: Statement) => s.Effect === 'Allow').flatMap((s: Statement) => [s.Action].flat()));
      expect(actions.filter((a: string) => !/^[a-z-]+:(Describe|List|Get|View)/.test(a))).toEqual([]);
    }
  });

  test('the apply role may never close or move the management account', () => {
    const deny = policies(config.roleNames.apply)[0].PolicyDocument.Statement.find((s: Statement) => s.Effect === 'Deny');
    expect(deny.Action).toEqual(expect.arrayContaining(['organizations:CloseAccount', 'organizations:MoveAccount']));
    expect(JSON.stringify(deny.Resource)).toContain(config.managementAccountId);
  });
});
