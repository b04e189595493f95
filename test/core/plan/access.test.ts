// The pure Identity Center logic (src/core/plan/access.ts) and how the reports show it.
import { evaluate } from '../../../src/core/engine';
import type { LiveOrganization } from '../../../src/core/model';
import { accessRulesOnlyNotice, compareAccess } from '../../../src/core/plan/access';
import { compareLive } from '../../../src/core/plan/live';
import { renderMarkdown } from '../../../src/core/report/markdown';
import { renderPlanText } from '../../../src/core/report/text';
import { catalogYaml, checkYaml, loadYaml } from '../../support/catalog';

const ORG = '\n  managementAccountId: "111111111111"\n  allowedEmailDomains: [acme.com]\n  identityCenter: { region: eu-west-1 }';

function accounts(prodAccess: string, devAccess = '[{ group: ship-engineers, permissionSet: AdministratorAccess }]'): string {
  return [
    '',
    '  - name: ship-dev',
    '    email: aws+ship-dev@acme.com',
    '    owner: ship',
    '    environment: dev',
    '    ou: /Workloads/Dev',
    '    id: "333333333333"',
    `    access: ${devAccess}`,
    '  - name: ship-prod',
    '    email: aws+ship-prod@acme.com',
    '    owner: ship',
    '    environment: prod',
    '    ou: /Workloads/Prod',
    '    id: "222222222222"',
    `    access: ${prodAccess}`,
  ].join('\n');
}

const accessSteps = (org: LiveOrganization, c: Parameters<typeof compareLive>[1]) =>
  compareLive(undefined, c, org).liveSteps.filter((s) => s.kind === 'assign-access' || s.kind === 'unassign-access');

const GROUPS = { 'ship-engineers': 'g-eng', 'ship-readers': 'g-read' };
const SETS = { AdministratorAccess: 'arn:ps-admin', ReadOnlyAccess: 'arn:ps-read', ViewOnlyAccess: 'arn:ps-view' };

function live(assignments: Record<string, [string, string, string][]>): LiveOrganization {
  const account = (id: string, name: string, ou: string) => ({
    id, name, email: `aws+${name}@acme.com`, status: 'ACTIVE', ou, tags: {},
    access: (assignments[id] ?? []).map(([principalType, principalId, permissionSetArn]) => ({ principalType, principalId, permissionSetArn })),
  });
  return {
    managementAccountId: '111111111111',
    rootId: 'r-1',
    organizationalUnits: { '/': 'r-1', '/Workloads': 'ou-1', '/Workloads/Dev': 'ou-2', '/Workloads/Prod': 'ou-3', '/Sandbox': 'ou-4' },
    accounts: [account('333333333333', 'ship-dev', '/Workloads/Dev'), account('222222222222', 'ship-prod', '/Workloads/Prod')],
    identityCenter: { instanceArn: 'arn:instance', identityStoreId: 'd-1', groups: GROUPS, permissionSets: SETS, allPrincipals: true },
  };
}

describe('access in the plan', () => {
  test('one line per group × permission set added or removed; production accounts are marked', () => {
    const base = catalogYaml({ organization: ORG, accounts: accounts('[{ group: ship-readers, permissionSet: ReadOnlyAccess }]') });
    const head = catalogYaml({ organization: ORG, accounts: accounts('[{ group: ship-readers, permissionSet: ViewOnlyAccess }]') });
    const evaluation = evaluate({ base: loadYaml(base, 'base.yaml'), head: loadYaml(head) });
    expect(evaluation.plan.changes).toEqual([
      {
        account: 'ship-prod',
        action: 'update',
        fields: [
          { path: 'access', from: { group: 'ship-readers', permissionSet: 'ReadOnlyAccess' } },
          { path: 'access', to: { group: 'ship-readers', permissionSet: 'ViewOnlyAccess' } },
        ],
      },
    ]);
    const markdown = renderMarkdown(evaluation);
    expect(markdown).toContain('Access (IAM Identity Center) (2)');
    expect(markdown).toContain('|ship-prod|**remove**|ship-readers|ReadOnlyAccess|**production**|');
    expect(markdown).toContain('|ship-prod|add|ship-readers|ViewOnlyAccess|**production**|');
    expect(renderPlanText(evaluation.plan)).toContain('access -ship-readers × ReadOnlyAccess; access +ship-readers × ViewOnlyAccess');
  });
});

describe('access against AWS', () => {
  const head = () => checkYaml(catalogYaml({ organization: ORG, accounts: accounts('[{ group: ship-readers, permissionSet: ReadOnlyAccess }]') })).catalog;

  test('missing entries are assign steps (production marked); extra ones are drift marked extra, never removed in additive mode', () => {
    const c = head();
    const org = live({ '333333333333': [['GROUP', 'g-read', 'arn:ps-admin']] });
    const { drift } = compareLive(undefined, c, org);
    expect(accessSteps(org, c).map((s) => [s.kind, 'group' in s ? s.group : '', 'production' in s ? s.production : undefined])).toEqual([
      ['assign-access', 'ship-engineers', undefined],
      ['assign-access', 'ship-readers', true],
    ]);
    expect(drift.find((d) => d.account === 'ship-dev')!.fields.filter((f) => f.path === 'access')).toEqual([
      { path: 'access', from: { group: 'ship-engineers', permissionSet: 'AdministratorAccess' } },
      { path: 'access', to: { group: 'ship-readers', permissionSet: 'AdministratorAccess', extra: true } },
    ]);
  });

  test('authoritative mode removes what the catalog lacks, naming unknown principals by type and id', () => {
    const c = checkYaml(
      catalogYaml({ organization: ORG, policy: '\n  access: { mode: authoritative, productionStandingPermissionSets: [ReadOnlyAccess] }', accounts: accounts('[{ group: ship-readers, permissionSet: ReadOnlyAccess }]') }),
    ).catalog;
    const org = live({ '333333333333': [['GROUP', 'g-eng', 'arn:ps-admin'], ['USER', 'u-1', 'arn:ps-view']], '222222222222': [['GROUP', 'g-read', 'arn:ps-read']] });
    expect(accessSteps(org, c)).toEqual([
      { kind: 'unassign-access', account: 'ship-dev', id: '333333333333', group: 'USER u-1', permissionSet: 'ViewOnlyAccess', principalId: 'u-1', principalType: 'USER', permissionSetArn: 'arn:ps-view' },
    ]);
  });

  test('a new account gets its assignments without an id (it exists only after create-account); closed accounts get none', () => {
    const c = head();
    const created = compareAccess(c, c.accounts[0], undefined, live({}));
    expect(created.assign).toEqual([expect.objectContaining({ kind: 'assign-access', account: 'ship-dev', group: 'ship-engineers' })]);
    expect('id' in created.assign[0]).toBe(false);
    expect(compareAccess(c, { ...c.accounts[0], state: 'closed' }, undefined, live({})).assign).toEqual([]);
  });

  test('without identityCenter: no access step, and one notice that access is rules-only', () => {
    const c = checkYaml(catalogYaml({ accounts: accounts('[{ group: ship-readers, permissionSet: ReadOnlyAccess }]') })).catalog;
    expect(accessSteps(live({}), c)).toEqual([]);
    expect(accessRulesOnlyNotice(c)).toMatch(/organization\.identityCenter is not set: access entries are checked by rules only/);
    expect(accessRulesOnlyNotice(head())).toBeUndefined();
  });
});
