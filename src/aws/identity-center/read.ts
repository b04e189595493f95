import { DescribeGroupCommand, GetGroupIdCommand } from '@aws-sdk/client-identitystore';
import {
  DescribePermissionSetCommand,
  paginateListAccountAssignments,
  paginateListAccountAssignmentsForPrincipal,
  paginateListInstances,
  paginateListPermissionSets,
  paginateListPermissionSetsProvisionedToAccount,
  type InstanceMetadata,
} from '@aws-sdk/client-sso-admin';
import type { Catalog, IdentityCenterConfig, LiveAssignment, LiveIdentityCenter } from '../../core/model';
import { catalogGroups } from '../../core/plan/access';
import type { AwsClients } from '../clients';
import { mapLimit } from '../pool';
import { identityCenterClients, type IdentityCenterClients } from './clients';

/** sso-admin lists return at most 100 items per page. */
export const SSO_PAGE = 100;

export interface IdentityCenterRead {
  readonly identityCenter?: LiveIdentityCenter;
  /** Why Identity Center cannot be used; nothing else was read then. */
  readonly problem?: string;
  /** Assignments per managed account id (every managed account has a list, maybe empty). */
  readonly access: ReadonlyMap<string, LiveAssignment[]>;
}

export interface IdentityCenterReadOptions {
  /** Also read other principals' assignments (authoritative mode, drift runs). */
  readonly allPrincipals: boolean;
  /**
   * The accounts are a pull request's few changed ones: read them per account, so the calls grow
   * with the change, not with the groups' assignments across the organization.
   */
  readonly scoped?: boolean;
  readonly concurrency: number;
}

/** The instance to use: the configured ARN, else the only one. A clear sentence when neither works. */
export async function chooseInstance(ic: IdentityCenterClients, config: IdentityCenterConfig): Promise<InstanceMetadata | string> {
  const instances: InstanceMetadata[] = [];
  for await (const page of paginateListInstances({ client: ic.ssoAdmin, pageSize: SSO_PAGE }, {})) instances.push(...(page.Instances ?? []));
  const usable = instances.filter((i) => i.InstanceArn && i.IdentityStoreId);
  const arns = usable.map((i) => i.InstanceArn).join(', ');
  if (config.instanceArn) {
    const found = usable.find((i) => i.InstanceArn === config.instanceArn);
    if (found) return found;
    return `organization.identityCenter.instanceArn ${config.instanceArn} is not an IAM Identity Center instance in ${config.region}${usable.length > 0 ? ` (ListInstances returned ${arns})` : ''}. Fix the ARN or the region.`;
  }
  if (usable.length === 1) return usable[0];
  if (usable.length === 0) {
    return `No IAM Identity Center instance in ${config.region} (ListInstances returned none). Set organization.identityCenter.region to the instance's region, or enable IAM Identity Center.`;
  }
  return `${usable.length} IAM Identity Center instances in ${config.region} (${arns}). Set organization.identityCenter.instanceArn to the one the catalog manages.`;
}

/** Every permission set of the instance, name -> ARN: ListPermissionSets, then DescribePermissionSet for each. */
export async function readPermissionSets(ic: IdentityCenterClients, InstanceArn: string, limit: number): Promise<Record<string, string>> {
  const arns: string[] = [];
  for await (const page of paginateListPermissionSets({ client: ic.ssoAdmin, pageSize: SSO_PAGE }, { InstanceArn })) arns.push(...(page.PermissionSets ?? []));
  const names = await mapLimit(arns, limit, async (PermissionSetArn) => {
    const answer = await ic.ssoAdmin.send(new DescribePermissionSetCommand({ InstanceArn, PermissionSetArn }));
    return answer.PermissionSet?.Name;
  });
  const byName: Record<string, string> = Object.create(null);
  arns.forEach((arn, i) => {
    const name = names[i];
    if (name !== undefined && !(name in byName)) byName[name] = arn;
  });
  return byName;
}

/** Group display name -> id with identitystore GetGroupId (never ListGroups: AD-backed stores refuse it); null when unknown. */
export async function resolveGroups(ic: IdentityCenterClients, IdentityStoreId: string, names: readonly string[], limit: number): Promise<Record<string, string | null>> {
  const ids = await mapLimit(names, limit, async (name) => {
    try {
      const answer = await ic.identityStore.send(
        new GetGroupIdCommand({ IdentityStoreId, AlternateIdentifier: { UniqueAttribute: { AttributePath: 'DisplayName', AttributeValue: name } } }),
      );
      return answer.GroupId ?? null;
    } catch (error) {
      if ((error as { name?: string }).name === 'ResourceNotFoundException') return null;
      throw error;
    }
  });
  const groups: Record<string, string | null> = Object.create(null);
  names.forEach((name, i) => (groups[name] = ids[i]));
  return groups;
}

/** Every principal's assignments on one account: ListPermissionSetsProvisionedToAccount, then ListAccountAssignments per set. */
export async function readAccountAssignments(ic: IdentityCenterClients, InstanceArn: string, AccountId: string, limit: number): Promise<LiveAssignment[]> {
  const sets: string[] = [];
  for await (const page of paginateListPermissionSetsProvisionedToAccount({ client: ic.ssoAdmin, pageSize: SSO_PAGE }, { InstanceArn, AccountId })) {
    sets.push(...(page.PermissionSets ?? []));
  }
  const perSet = await mapLimit(sets, limit, async (PermissionSetArn) => {
    const found: LiveAssignment[] = [];
    for await (const page of paginateListAccountAssignments({ client: ic.ssoAdmin, pageSize: SSO_PAGE }, { InstanceArn, AccountId, PermissionSetArn })) {
      for (const a of page.AccountAssignments ?? []) {
        if (a.PrincipalId && a.PrincipalType) found.push({ principalType: a.PrincipalType, principalId: a.PrincipalId, permissionSetArn: a.PermissionSetArn ?? PermissionSetArn });
      }
    }
    return found;
  });
  return perSet.flat();
}

/**
 * Reads Identity Center with few calls (docs/identity-center.md, "Number of calls"):
 *   ListInstances; GetGroupId per catalog group; ListPermissionSets + DescribePermissionSet per set;
 *   ListAccountAssignmentsForPrincipal per catalog group that exists (its pages hold every account);
 *   with allPrincipals or scoped (a pull request's accounts), instead per given account
 *   ListPermissionSetsProvisionedToAccount and ListAccountAssignments per provisioned set.
 */
export async function readIdentityCenter(
  clients: AwsClients, catalog: Catalog, managedIds: readonly string[], options: IdentityCenterReadOptions,
): Promise<IdentityCenterRead> {
  const config = catalog.organization.identityCenter;
  const access = new Map<string, LiveAssignment[]>(managedIds.map((id) => [id, []]));
  if (!config) return { access };
  const ic = identityCenterClients(clients, config.region);
  const instance = await chooseInstance(ic, config);
  if (typeof instance === 'string') return { problem: instance, access: new Map() };
  const InstanceArn = instance.InstanceArn as string;
  const identityStoreId = instance.IdentityStoreId as string;
  const limit = options.concurrency;
  const [groups, permissionSets] = await Promise.all([
    resolveGroups(ic, identityStoreId, catalogGroups(catalog), limit),
    readPermissionSets(ic, InstanceArn, limit),
  ]);

  const seen = new Set<string>();
  const add = (accountId: string, a: LiveAssignment) => {
    const list = access.get(accountId);
    const key = `${accountId}\u0000${a.principalType}\u0000${a.principalId}\u0000${a.permissionSetArn}`;
    if (!list || seen.has(key)) return;
    seen.add(key);
    list.push(a);
  };
  const found = Object.values(groups).filter((id): id is string => typeof id === 'string');
  if (options.allPrincipals || options.scoped) {
    const catalogGroup = new Set(found);
    const perAccount = await mapLimit(managedIds, limit, (id) => readAccountAssignments(ic, InstanceArn, id, limit));
    managedIds.forEach((id, i) =>
      perAccount[i].forEach((a) => {
        if (options.allPrincipals || (a.principalType === 'GROUP' && catalogGroup.has(a.principalId))) add(id, a);
      }),
    );
  } else {
    await mapLimit([...new Set(found)], limit, async (PrincipalId) => {
      for await (const page of paginateListAccountAssignmentsForPrincipal(
        { client: ic.ssoAdmin, pageSize: SSO_PAGE },
        { InstanceArn, PrincipalId, PrincipalType: 'GROUP' },
      )) {
        for (const a of page.AccountAssignments ?? []) {
          if (a.AccountId && a.PermissionSetArn) add(a.AccountId, { principalType: 'GROUP', principalId: PrincipalId, permissionSetArn: a.PermissionSetArn });
        }
      }
    });
  }
  return { identityCenter: { instanceArn: InstanceArn, identityStoreId, groups, permissionSets, allPrincipals: options.allPrincipals }, access };
}

/** One catalog access entry read back from AWS. */
export interface ImportedAccess {
  readonly group: string;
  readonly permissionSet: string;
}

export interface AccessImport {
  /** Account id -> its group assignments as catalog entries, sorted by group then permission set. */
  readonly entries: ReadonlyMap<string, ImportedAccess[]>;
  /** What could not become an entry (user assignments, unnamed sets), one line each. */
  readonly skipped: readonly string[];
  readonly problem?: string;
}

/**
 * For `account-catalog import`: the group assignments of these accounts as catalog access entries
 * (group display name via DescribeGroup, permission set name). Users are skipped: the catalog assigns groups only.
 */
export async function readAccessEntries(clients: AwsClients, config: IdentityCenterConfig, accountIds: readonly string[], concurrency = 8): Promise<AccessImport> {
  const ic = identityCenterClients(clients, config.region);
  const instance = await chooseInstance(ic, config);
  if (typeof instance === 'string') return { entries: new Map(), skipped: [], problem: instance };
  const InstanceArn = instance.InstanceArn as string;
  const IdentityStoreId = instance.IdentityStoreId as string;
  const permissionSets = await readPermissionSets(ic, InstanceArn, concurrency);
  const setNames = new Map(Object.entries(permissionSets).map(([name, arn]) => [arn, name]));
  const perAccount = await mapLimit(accountIds, concurrency, (id) => readAccountAssignments(ic, InstanceArn, id, concurrency));
  const groupIds = [...new Set(perAccount.flat().filter((a) => a.principalType === 'GROUP').map((a) => a.principalId))];
  const names = await mapLimit(groupIds, concurrency, async (GroupId) => {
    const answer = await ic.identityStore.send(new DescribeGroupCommand({ IdentityStoreId, GroupId }));
    return answer.DisplayName;
  });
  const groupNames = new Map(groupIds.map((id, i) => [id, names[i]]));
  const entries = new Map<string, ImportedAccess[]>();
  const skipped: string[] = [];
  accountIds.forEach((id, i) => {
    const list: ImportedAccess[] = [];
    for (const a of perAccount[i]) {
      const permissionSet = setNames.get(a.permissionSetArn);
      const group = a.principalType === 'GROUP' ? groupNames.get(a.principalId) : undefined;
      if (a.principalType !== 'GROUP') skipped.push(`account ${id}: ${a.principalType} ${a.principalId} × ${permissionSet ?? a.permissionSetArn} (only groups are imported; put the user in a group)`);
      else if (!group || !permissionSet) skipped.push(`account ${id}: GROUP ${a.principalId} × ${a.permissionSetArn} (no display name or permission set name)`);
      else if (!list.some((e) => e.group === group && e.permissionSet === permissionSet)) list.push({ group, permissionSet });
    }
    list.sort((x, y) => (x.group < y.group ? -1 : x.group > y.group ? 1 : x.permissionSet < y.permissionSet ? -1 : x.permissionSet > y.permissionSet ? 1 : 0));
    entries.set(id, list);
  });
  return { entries, skipped };
}
