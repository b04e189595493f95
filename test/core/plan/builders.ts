// Typed catalogs built directly, for plan and approval tests that need no YAML.
import { diffCatalogs } from '../../../src/core/plan/diff';
import type { Account, Catalog, CheckedCatalog, Policy, PullRequestContext } from '../../../src/core/model';
import type { RuleInput } from '../../../src/core/rules/rule';

export type AccountSpec = Partial<Omit<Account, 'index' | 'budget'>> & { name: string; budget?: Partial<Account['budget']> };

export function account(spec: AccountSpec): Omit<Account, 'index'> {
  const { budget, ...rest } = spec;
  return {
    email: `aws+${spec.name}@acme.com`,
    owner: 'ship',
    environment: 'dev',
    ou: '/Workloads/Dev',
    state: 'active',
    tags: {},
    access: [],
    iamUsers: false,
    ...rest,
    budget: {
      monthlyUsd: 500,
      alerts: [
        { percent: 80, type: 'actual' },
        { percent: 100, type: 'actual' },
        { percent: 100, type: 'forecasted' },
      ],
      recipients: ['ship@acme.com'],
      ...budget,
    },
  };
}

export const DEFAULT_POLICY: Policy = {
  budget: { defaultMonthlyUsd: 500, approvalThresholdUsd: 500, approval: { label: 'finance-approved', teams: ['acme/finance'], users: ['carol'] } },
  closing: { approval: { label: 'account-closure-approved', teams: ['acme/cloud-ops'], users: [] }, quota: { percent: 20, minimum: 250, maximum: 1000 } },
  access: { productionStandingPermissionSets: ['ReadOnlyAccess', 'ViewOnlyAccess'], mode: 'additive' },
  rules: {},
};

export interface CatalogSpec {
  readonly accounts: readonly AccountSpec[];
  readonly policy?: Policy;
  readonly managementAccountId?: string;
  readonly teams?: Catalog['teams'];
}

export function catalog(spec: CatalogSpec): Catalog {
  return {
    version: 1,
    organization: {
      ...(spec.managementAccountId ? { managementAccountId: spec.managementAccountId } : {}),
      naming: { pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', environmentSuffix: false },
    },
    environments: { dev: { production: false }, prod: { production: true } },
    teams: spec.teams ?? { ship: { github: 'acme/ship', email: 'ship@acme.com' } },
    organizationalUnits: ['/Workloads', '/Workloads/Dev', '/Workloads/Prod', '/Sandbox'],
    policy: spec.policy ?? DEFAULT_POLICY,
    accounts: spec.accounts.map((a, index) => ({ ...account(a), index })),
  };
}

/** A CheckedCatalog around a typed catalog; `raw` defaults to the catalog's own data. */
export function checked(cat: Catalog, file = 'accounts.yaml', raw?: Record<string, unknown>): CheckedCatalog {
  const data = raw ?? (JSON.parse(JSON.stringify({ ...cat, accounts: cat.accounts.map(({ index: _index, ...a }) => a) })) as Record<string, unknown>);
  return {
    catalog: cat,
    raw: data,
    findings: [],
    source: { data, files: [file], findings: [], locate: () => ({ file, line: 1, column: 1 }) },
  };
}

export function pr(spec: Partial<PullRequestContext> = {}): PullRequestContext {
  return { labels: [], teamMembers: {}, budgetChangedAt: {}, ...spec };
}

/** What the engine gives the rules: the base's policy judges whenever there is a base. */
export function ruleInput(head: Catalog | CheckedCatalog, base?: Catalog | CheckedCatalog, context?: PullRequestContext): RuleInput {
  const h = 'catalog' in head ? head : checked(head);
  const b = base === undefined ? undefined : 'catalog' in base ? base : checked(base, 'base/accounts.yaml');
  return {
    head: h,
    ...(b ? { base: b } : {}),
    policy: (b ?? h).catalog.policy,
    ...(context ? { pr: context } : {}),
    changes: b ? diffCatalogs(b.catalog, h.catalog) : [],
  };
}
