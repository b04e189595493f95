// Shared fixtures for the live-AWS tests: catalogs from YAML through the real loader and schema check,
// and SDK clients pointed at the loopback fake.
import type { Catalog } from '../../src/core/model';
import { checkYaml } from '../support/catalog';
import type { FakeAws } from '../support/fake-aws';

export interface TestAccount {
  name: string;
  email?: string;
  ou?: string;
  id?: string;
  state?: 'active' | 'closed';
  monthlyUsd?: number;
  tags?: Record<string, string>;
  recipients?: string[];
  alerts?: { percent: number; type?: string }[];
  environment?: string;
  access?: { group?: string; user?: string; permissionSet: string }[];
}

export interface CatalogExtra {
  managementAccountId?: string;
  ous?: string[];
  /** policy.closing.quota */
  quota?: { percent: number; minimum: number; maximum: number };
  /** policy.closing.ou */
  closingOu?: string;
  identityCenter?: { region: string; instanceArn?: string };
  accessMode?: 'additive' | 'authoritative';
  productionPermissionSets?: string[];
}

/** A valid catalog (no error findings) with the given accounts, owned by team ship. */
export function catalogYaml(accounts: TestAccount[], extra: CatalogExtra = {}): string {
  const ous = extra.ous ?? ['/Workloads', '/Workloads/Dev', '/Workloads/Prod', '/Sandbox'];
  const lines = [
    'version: 1',
    'organization:',
    ...(extra.managementAccountId ? [`  managementAccountId: "${extra.managementAccountId}"`] : []),
    '  naming: { environmentSuffix: false }',
    ...(extra.identityCenter ? [`  identityCenter: { region: ${extra.identityCenter.region}${extra.identityCenter.instanceArn ? `, instanceArn: "${extra.identityCenter.instanceArn}"` : ''} }`] : []),
    'teams:',
    '  ship: { email: ship@acme.com }',
    `organizationalUnits: [${ous.join(', ')}]`,
    ...(extra.quota || extra.closingOu || extra.accessMode || extra.productionPermissionSets ? ['policy:'] : []),
    ...(extra.quota || extra.closingOu
      ? [
          '  closing:',
          ...(extra.quota ? [`    quota: { percent: ${extra.quota.percent}, minimum: ${extra.quota.minimum}, maximum: ${extra.quota.maximum} }`] : []),
          ...(extra.closingOu ? [`    ou: ${extra.closingOu}`] : []),
        ]
      : []),
    ...(extra.accessMode || extra.productionPermissionSets
      ? ['  access:', ...(extra.accessMode ? [`    mode: ${extra.accessMode}`] : []), ...(extra.productionPermissionSets ? [`    productionStandingPermissionSets: [${extra.productionPermissionSets.join(', ')}]`] : [])]
      : []),
    'accounts:',
  ];
  for (const a of accounts) {
    lines.push(`  - name: ${a.name}`, `    email: ${a.email ?? `aws+${a.name}@acme.com`}`, '    owner: ship', `    environment: ${a.environment ?? 'dev'}`, `    ou: ${a.ou ?? '/Workloads/Dev'}`);
    if (a.id) lines.push(`    id: "${a.id}"`);
    if (a.state) lines.push(`    state: ${a.state}`);
    lines.push(`    budget:`, `      monthlyUsd: ${a.monthlyUsd ?? 100}`);
    if (a.alerts) lines.push(`      alerts: [${a.alerts.map((x) => `{ percent: ${x.percent}${x.type ? `, type: ${x.type}` : ''} }`).join(', ')}]`);
    if (a.recipients) lines.push(`      recipients: [${a.recipients.join(', ')}]`);
    if (a.tags && Object.keys(a.tags).length > 0) lines.push(`    tags: { ${Object.entries(a.tags).map(([k, v]) => `${k}: ${v}`).join(', ')} }`);
    if (a.access && a.access.length > 0) {
      lines.push('    access:');
      for (const e of a.access) lines.push(`      - { ${e.group !== undefined ? `group: "${e.group}"` : `user: "${e.user}"`}, permissionSet: "${e.permissionSet}" }`);
    }
  }
  return lines.join('\n') + '\n';
}

export function catalogOf(accounts: TestAccount[], extra: CatalogExtra = {}): Catalog {
  const checked = checkYaml(catalogYaml(accounts, extra));
  const errors = checked.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) throw new Error(`test catalog has errors: ${errors.map((e) => e.message).join('; ')}`);
  return checked.catalog;
}

/** Points the SDK's standard settings at the fake; returns a function that restores the environment. */
export function useFake(fake: FakeAws): () => void {
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(fake.env())) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  return () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}

export const FAST_POLL = { intervalMs: 5, maxIntervalMs: 20, timeoutMs: 5_000 };
