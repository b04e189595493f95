import * as fs from 'node:fs';
import * as path from 'node:path';
import { allowedActions, iamActionFor, policyDocument } from '../../src/aws/permissions';

/** The ```json blocks of docs/live-aws.md that follow a heading naming the role. */
function documentedPolicy(heading: RegExp): { Statement: { Action: string | string[]; Effect: string }[] } {
  const doc = fs.readFileSync(path.join(__dirname, '../../docs/live-aws.md'), 'utf8');
  const at = doc.search(heading);
  expect(at).toBeGreaterThan(-1);
  const block = /```json\n([\s\S]*?)```/.exec(doc.slice(at));
  return JSON.parse(block![1]);
}

const actions = (policy: { Statement: { Action: string | string[]; Effect: string }[] }) =>
  new Set(policy.Statement.filter((s) => s.Effect === 'Allow').flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])));

describe('the IAM permissions of each role', () => {
  const options = { managementAccountId: '111111111111' };

  test('the docs show exactly the plan and apply roles the code defines', () => {
    expect(actions(documentedPolicy(/^### Plan role/m))).toEqual(allowedActions('plan', options));
    expect(actions(documentedPolicy(/^### Apply role/m))).toEqual(allowedActions('apply', options));
    expect(actions(documentedPolicy(/^### Drift role/m))).toEqual(allowedActions('drift', options));
  });

  test('the docs show exactly the Identity Center additions of the plan and apply roles', () => {
    const withIc = { ...options, identityCenter: true };
    const plan = new Set([...allowedActions('plan', options), ...actions(documentedPolicy(/^### Identity Center: plan role additions/m))]);
    expect(plan).toEqual(allowedActions('plan', withIc));
    const apply = new Set([
      ...allowedActions('apply', options),
      ...actions(documentedPolicy(/^### Identity Center: plan role additions/m)),
      ...actions(documentedPolicy(/^### Identity Center: apply role additions/m)),
    ]);
    expect(apply).toEqual(allowedActions('apply', withIc));
    expect(allowedActions('import', withIc).has('identitystore:DescribeGroup')).toBe(true);
    expect(allowedActions('plan', withIc).has('identitystore:DescribeGroup')).toBe(false);
  });

  test('read-only roles allow no change, and nothing allows organizations:*', () => {
    for (const role of ['plan', 'drift', 'import'] as const) {
      for (const action of allowedActions(role, { ...options, identityCenter: true })) {
        expect([role, action]).toEqual([role, expect.stringMatching(/:(Describe|List|Get|View)/)]);
      }
    }
    for (const role of ['plan', 'drift', 'import', 'apply'] as const) {
      expect(JSON.stringify(policyDocument(role, options))).not.toMatch(/"organizations:\*"|"\*:\*"/);
    }
  });

  test('SDK operations map to the IAM actions that authorize them', () => {
    expect(iamActionFor('organizations', 'MoveAccount')).toBe('organizations:MoveAccount');
    expect(iamActionFor('budgets', 'DescribeBudgets')).toBe('budgets:ViewBudget');
    expect(iamActionFor('budgets', 'CreateBudget')).toBe('budgets:ModifyBudget');
    expect(iamActionFor('sso-admin', 'ListInstances')).toBe('sso:ListInstances');
    expect(iamActionFor('identitystore', 'GetGroupId')).toBe('identitystore:GetGroupId');
  });
});
