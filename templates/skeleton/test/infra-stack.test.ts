import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { type AccountConstants, loadTeamConstants, parseConstants, teamConstants } from '../src/constants';
import { InfraStack, UsersStack } from '../src/infra-stack';

// The same values `cdk synth` uses, so the test checks this team's real configuration.
const team = loadTeamConstants(path.join(__dirname, '..', 'CONST.inc'));

function synth(account: AccountConstants, trustedAccountId?: string): Template {
  const stack = new InfraStack(new App(), `${account.environment}-infra`, {
    environment: account.environment,
    production: account.production,
    roleNames: account.roles,
    trustedAccountId,
  });
  return Template.fromStack(stack);
}

interface Statement {
  readonly Effect: string;
  readonly Action?: string | string[];
  readonly Resource?: unknown;
  readonly Condition?: Record<string, Record<string, unknown>>;
}

function logicalIdOfRole(template: Template, roleName: string): string {
  const ids = Object.keys(template.findResources('AWS::IAM::Role', { Properties: { RoleName: roleName } }));
  expect(ids).toHaveLength(1);
  return ids[0];
}

/** Whether a statement's resources name this role (by ARN or by reference). */
function grants(statement: Statement, template: Template, roleName: string): boolean {
  const resources = JSON.stringify(statement.Resource ?? '');
  return resources.includes(`:role/${roleName}"`) || resources.includes(`"${logicalIdOfRole(template, roleName)}"`);
}

/** Allow statements of every identity policy (inline policies of groups, users and roles). */
function allowStatements(template: Template): Statement[] {
  return Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
    (policy) => (policy.Properties.PolicyDocument.Statement as Statement[]).filter((s) => s.Effect === 'Allow'),
  );
}

describe.each([team.dev, team.prod])('the $environment account', (account) => {
  const template = synth(account);

  test('has the three roles, and every role trust requires MFA', () => {
    for (const name of [account.roles.read, account.roles.ops, account.roles.admin]) logicalIdOfRole(template, name);
    const roles = Object.values(template.findResources('AWS::IAM::Role'));
    expect(roles).toHaveLength(3);
    for (const role of roles) {
      for (const statement of role.Properties.AssumeRolePolicyDocument.Statement as Statement[]) {
        expect(statement.Condition?.Bool?.['aws:MultiFactorAuthPresent']).toBe('true');
      }
    }
  });

  test('AdminR is for emergencies only', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      RoleName: account.roles.admin,
      Description: Match.stringLikeRegexp('EMERGENCY ONLY'),
      MaxSessionDuration: 3600,
      Tags: Match.arrayWith([{ Key: 'access', Value: 'emergency-only' }]),
    });
  });

  test('has the groups AssumeRoleG, ManageOwnUserG and PowerG', () => {
    for (const groupName of ['AssumeRoleG', 'ManageOwnUserG', 'PowerG']) {
      template.hasResourceProperties('AWS::IAM::Group', { GroupName: groupName });
    }
  });

  test('ManageOwnUserG lets a user manage only their own credentials and MFA', () => {
    const statements = allowStatements(template).filter((s) => JSON.stringify(s.Resource).includes('${aws:username}'));
    const actions = statements.flatMap((s) => s.Action);
    expect(actions).toEqual(expect.arrayContaining(['iam:ChangePassword', 'iam:CreateAccessKey', 'iam:EnableMFADevice']));
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({
          Sid: 'DenyAllExceptListedIfNoMfa',
          Effect: 'Deny',
          Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
        })]),
      },
    });
  });
});

describe('dev', () => {
  test('AssumeRoleG may assume ReadR, OpsR and AdminR', () => {
    const template = synth(team.dev);
    const assumable = allowStatements(template).filter((s) => s.Action === 'sts:AssumeRole');
    for (const name of [team.dev.roles.read, team.dev.roles.ops, team.dev.roles.admin]) {
      expect(assumable.filter((s) => grants(s, template, name))).toHaveLength(1);
    }
    expect(assumable.every((s) => s.Condition?.Bool?.['aws:MultiFactorAuthPresent'] === 'true')).toBe(true);
  });
});

describe('prod has no standing admin', () => {
  const template = synth(team.prod);
  const adminId = logicalIdOfRole(template, team.prod.roles.admin);

  test('no identity policy allows assuming AdminR; AssumeRoleG may assume ReadR and OpsR', () => {
    expect(allowStatements(template).filter((s) => grants(s, template, team.prod.roles.admin))).toEqual([]);
    const assumable = allowStatements(template).filter((s) => s.Action === 'sts:AssumeRole');
    for (const name of [team.prod.roles.read, team.prod.roles.ops]) expect(assumable.filter((s) => grants(s, template, name))).toHaveLength(1);
  });

  test('the daily roles may not chain into AdminR', () => {
    for (const name of [team.prod.roles.read, team.prod.roles.ops]) {
      const roleId = logicalIdOfRole(template, name);
      template.hasResourceProperties('AWS::IAM::Policy', {
        Roles: [{ Ref: roleId }],
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Action: 'sts:AssumeRole', Resource: { 'Fn::GetAtt': [adminId, 'Arn'] } })]) },
      });
    }
  });

  test('AdminR needs MFA and the break-glass principal tag', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      RoleName: team.prod.roles.admin,
      AssumeRolePolicyDocument: {
        Statement: [Match.objectLike({
          Condition: {
            Bool: { 'aws:MultiFactorAuthPresent': 'true' },
            StringEquals: { 'aws:PrincipalTag/break-glass': 'true' },
            NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' },
          },
        })],
      },
    });
  });

  test('no group or user holds admin or power-user policies', () => {
    for (const type of ['AWS::IAM::Group', 'AWS::IAM::User']) {
      for (const resource of Object.values(template.findResources(type))) {
        expect(JSON.stringify(resource.Properties?.ManagedPolicyArns ?? [])).not.toMatch(/AdministratorAccess|PowerUserAccess|IAMFullAccess/);
      }
    }
    const adminPolicies = Object.values(template.findResources('AWS::IAM::Policy'))
      .filter((p) => JSON.stringify(p.Properties.PolicyDocument).match(/"Action":"\*"|"Action":\["\*"\]|"iam:\*"/));
    expect(adminPolicies).toEqual([]);
  });
});

describe('iam-users mode', () => {
  test('the roles trust the users account', () => {
    const template = synth(team.dev, '123456789012');
    for (const role of Object.values(template.findResources('AWS::IAM::Role'))) {
      expect(JSON.stringify(role.Properties.AssumeRolePolicyDocument)).toContain(':iam::123456789012:root');
    }
  });
});

describe('iam-users mode: the users account', () => {
  const accounts = [{ ...team.dev, id: '222222222222' }, { ...team.prod, id: '444444444444' }];
  const template = Template.fromStack(new UsersStack(new App(), 'users', { accounts }));
  const assumable = JSON.stringify(allowStatements(template).filter((s) => s.Action === 'sts:AssumeRole'));

  test('AssumeRoleG may assume the dev roles and the prod daily roles, never the prod AdminR', () => {
    for (const name of [team.dev.roles.read, team.dev.roles.ops, team.dev.roles.admin]) expect(assumable).toContain(`:iam::222222222222:role/${name}"`);
    for (const name of [team.prod.roles.read, team.prod.roles.ops]) expect(assumable).toContain(`:iam::444444444444:role/${name}"`);
    expect(assumable).not.toContain(`:iam::444444444444:role/${team.prod.roles.admin}"`);
  });

  test('has ManageOwnUserG, and PowerG grants nothing', () => {
    template.hasResourceProperties('AWS::IAM::Group', { GroupName: 'ManageOwnUserG' });
    template.hasResourceProperties('AWS::IAM::Group', { GroupName: 'PowerG', ManagedPolicyArns: Match.absent() });
  });
});

describe('CONST.inc', () => {
  test('is read as plain text: nothing is evaluated', () => {
    const values = parseConstants([
      '# a comment',
      '',
      'A=plain',
      'B="quoted # not a comment" # a comment',
      "C='$(touch /tmp/x) `id` ${HOME}'",
    ].join('\n'));
    expect(values.get('A')).toBe('plain');
    expect(values.get('B')).toBe('quoted # not a comment');
    expect(values.get('C')).toBe('$(touch /tmp/x) `id` ${HOME}');
  });

  test('names a missing value', () => {
    expect(() => teamConstants(new Map(), {})).toThrow('GLOBAL_AWS_REGION is not set');
  });
});
