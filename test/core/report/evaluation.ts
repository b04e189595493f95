// Hand-made evaluations: the reports are tested on plain data, independent of the engine.
import type { Evaluation } from '../../../src/core/engine';
import type { Account, AccountSpend, BudgetTotals, Change, CheckedCatalog, Drift, Finding, Plan, Unmanaged } from '../../../src/core/model';
import { summarize } from '../../../src/core/plan/summary';

export function account(name: string, overrides: Partial<Account> = {}): Account {
  return {
    name,
    email: `aws+${name}@acme.com`,
    owner: 'ship',
    environment: 'dev',
    ou: '/Workloads/Dev',
    state: 'active',
    budget: { monthlyUsd: 500, alerts: [{ percent: 80, type: 'actual' }], recipients: ['ship@acme.com'] },
    tags: {},
    access: [],
    iamUsers: false,
    index: 0,
    ...overrides,
  };
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  return { rule: 'account-name-format', severity: 'error', message: 'The name is too long.', file: 'catalog/ship.yaml', line: 12, column: 7, ...overrides };
}

function checked(accounts: readonly Account[]): CheckedCatalog {
  return { catalog: { accounts } as unknown as CheckedCatalog['catalog'], source: {} as CheckedCatalog['source'], raw: {}, findings: [] };
}

export function evaluation(input: {
  changes?: Change[];
  findings?: Finding[];
  head?: Account[];
  base?: Account[];
  drift?: Drift[];
  unmanaged?: Unmanaged[];
  budget?: BudgetTotals;
}): Evaluation {
  const changes = input.changes ?? [];
  const findings = input.findings ?? [];
  const plan: Plan = {
    version: 1,
    changes,
    findings,
    summary: summarize(changes, findings, input.budget),
    ...(input.budget ? { budget: input.budget } : {}),
    ...(input.drift ? { drift: input.drift } : {}),
    ...(input.unmanaged ? { unmanaged: input.unmanaged } : {}),
  };
  return { plan, head: checked(input.head ?? []), base: checked(input.base ?? []) };
}

/** A live plan's spend of a raised budget, at its longest realistic length. */
export const BIG_SPEND: AccountSpend = {
  budgetInAws: true,
  actual: { amount: 123456.78, unit: 'USD' },
  forecast: { amount: 234567.89, unit: 'USD' },
  period: { start: '2026-11-01T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z' },
};

/** A plan of `n` budget raises with long-ish realistic names, like a big organisation's; with `spend`, a live plan's. */
export function bigEvaluation(n: number, findings = 0, spend?: AccountSpend): Evaluation {
  const head: Account[] = [];
  const changes: Change[] = [];
  for (let i = 0; i < n; i++) {
    const name = `team-${String(i % 97).padStart(2, '0')}-workload-${String(i).padStart(5, '0')}-prod`;
    head.push(account(name, { owner: `team-${i % 97}`, environment: 'prod', ou: '/Workloads/Prod', budget: { monthlyUsd: 750, alerts: [], recipients: [] } }));
    changes.push({ account: name, action: 'update', fields: [{ path: 'budget.monthlyUsd', from: 500, to: 750 }], ...(spend ? { spend } : {}) });
  }
  const list: Finding[] = [];
  for (let i = 0; i < findings; i++) {
    list.push(finding({ rule: 'budget-approval', severity: i % 10 === 0 ? 'error' : 'warning', message: `Budget of ${changes[i % n].account} rises to $750, above $500: add the finance-approved label.`, line: i + 1 }));
  }
  const budget: BudgetTotals = {
    deltaUsd: n * 250,
    totalUsd: n * 750,
    changes: changes.map((c) => ({ account: c.account, kind: 'raise' as const, fromUsd: 500, toUsd: 750, deltaUsd: 250 })),
  };
  return evaluation({ changes, findings: list, head, budget });
}
