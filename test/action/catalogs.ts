// Catalogs for the Action's end-to-end tests: YAML text as a platform team would write it.

export interface AccountSpec {
  readonly name: string;
  readonly env?: 'dev' | 'prod';
  readonly budget?: number;
  readonly id?: string;
}

export const POLICY_USERS = ['fiona'];

export function catalog(accounts: readonly AccountSpec[], options: { users?: readonly string[]; teams?: readonly string[] } = {}): string {
  const users = options.users ?? POLICY_USERS;
  const teams = options.teams ?? [];
  return `version: 1
organization:
  managementAccountId: "111111111111"
  allowedEmailDomains: [acme.com]
teams:
  ship:
    github: acme/ship
    email: ship@acme.com
organizationalUnits: [/Workloads, /Workloads/Dev, /Workloads/Prod]
policy:
  budget:
    defaultMonthlyUsd: 100
    approvalThresholdUsd: 500
    approval: { label: finance-approved, teams: [${teams.join(', ')}], users: [${users.join(', ')}] }
  closing:
    approval: { label: account-closure-approved, teams: [], users: [olivia] }
accounts:
${accounts.map(accountYaml).join('')}`;
}

function accountYaml(a: AccountSpec): string {
  const env = a.env ?? (a.name.endsWith('-prod') ? 'prod' : 'dev');
  return `  - name: ${a.name}
    email: aws+${a.name}@acme.com
    owner: ship
    environment: ${env}
    ou: /Workloads/${env === 'prod' ? 'Prod' : 'Dev'}
${a.id ? `    id: "${a.id}"\n` : ''}    budget: { monthlyUsd: ${a.budget ?? 100} }
`;
}

export const BASE_ACCOUNTS: readonly AccountSpec[] = [
  { name: 'ship-dev', budget: 200, id: '222222222222' },
  { name: 'ship-prod', budget: 400, id: '333333333333' },
];

/** The base accounts with ship-prod's budget set to `budget`. */
export function withProdBudget(budget: number): AccountSpec[] {
  return BASE_ACCOUNTS.map((a) => (a.name === 'ship-prod' ? { ...a, budget } : a));
}
