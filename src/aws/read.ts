import {
  paginateDescribeBudgets,
  paginateDescribeNotificationsForBudget,
  paginateDescribeSubscribersForNotification,
  type Budget as AwsBudget,
  type Notification as AwsNotification,
  type Subscriber,
} from '@aws-sdk/client-budgets';
import {
  DescribeOrganizationCommand,
  paginateListAccountsForParent,
  paginateListOrganizationalUnitsForParent,
  paginateListRoots,
  paginateListTagsForResource,
  type Account as AwsAccount,
} from '@aws-sdk/client-organizations';
import type { Catalog, LiveAccount, LiveBudget, LiveOrganization } from '../core/model';
import { managedIds, matchLive } from '../core/plan/live-match';
import { accountOfBudget, liveBudget, liveNotification } from './budgets';
import type { AwsClients } from './clients';
import { isUnsupportedOperation } from './errors';
import { readIdentityCenter } from './identity-center/read';
import { mapLimit } from './pool';

/** Organizations returns at most 20 items per page for these lists; Budgets at most 100. */
export const ORGANIZATIONS_PAGE = 20;
export const BUDGETS_PAGE = 100;

export interface ReadOptions {
  /** Calls in flight at once; default 8. */
  readonly concurrency?: number;
  /** Read every principal's Identity Center assignments on managed accounts, not only the catalog groups' (drift runs); authoritative mode always does. */
  readonly allAccessPrincipals?: boolean;
}

/**
 * Reads what the catalog needs of the live organization, with as few calls as it can:
 *   DescribeOrganization, ListRoots, then per parent (root and every OU) ListOrganizationalUnitsForParent
 *   and ListAccountsForParent (the parent of each account comes from the listing, no ListParents);
 *   ListTagsForResource only for ACTIVE accounts the catalog manages; in the management account,
 *   DescribeBudgets, then DescribeNotificationsForBudget per managed budget and
 *   DescribeSubscribersForNotification per notification of those. See the README (Live AWS, "Number of calls") for the formula.
 */
export async function readLive(clients: AwsClients, catalog: Catalog, options: ReadOptions = {}): Promise<LiveOrganization> {
  const limit = options.concurrency ?? 8;
  const { organizations: org } = clients;
  const described = await org.send(new DescribeOrganizationCommand({}));
  const managementAccountId = described.Organization?.MasterAccountId ?? '';

  let rootId = '';
  for await (const page of paginateListRoots({ client: org, pageSize: ORGANIZATIONS_PAGE }, {})) {
    rootId ||= page.Roots?.[0]?.Id ?? '';
  }
  if (!rootId) throw new Error('AWS Organizations returned no root (ListRoots).');

  const organizationalUnits: Record<string, string> = { '/': rootId };
  const found: { account: AwsAccount; ou: string }[] = [];
  let level = [{ id: rootId, path: '/' }];
  while (level.length > 0) {
    const children = await mapLimit(level, limit, async (parent) => {
      const ous: { id: string; path: string }[] = [];
      const here: { account: AwsAccount; ou: string }[] = [];
      const listOus = async () => {
        for await (const page of paginateListOrganizationalUnitsForParent({ client: org, pageSize: ORGANIZATIONS_PAGE }, { ParentId: parent.id })) {
          for (const ou of page.OrganizationalUnits ?? []) {
            if (ou.Id && ou.Name !== undefined) ous.push({ id: ou.Id, path: parent.path === '/' ? `/${ou.Name}` : `${parent.path}/${ou.Name}` });
          }
        }
      };
      const listAccounts = async () => {
        for await (const page of paginateListAccountsForParent({ client: org, pageSize: ORGANIZATIONS_PAGE }, { ParentId: parent.id })) {
          for (const account of page.Accounts ?? []) here.push({ account, ou: parent.path });
        }
      };
      await Promise.all([listOus(), listAccounts()]);
      return { ous, accounts: here };
    });
    // Parent order, not arrival order: the same organization always reads the same.
    for (const child of children) found.push(...child.accounts);
    level = children.flatMap((child) => child.ous);
    for (const ou of level) organizationalUnits[ou.path] = ou.id;
  }

  const accounts: LiveAccount[] = found
    .filter(({ account }) => account.Id)
    .map(({ account, ou }) => ({
      id: account.Id as string,
      name: account.Name ?? '',
      email: account.Email ?? '',
      status: account.State ?? account.Status ?? 'UNKNOWN',
      ou,
    }));
  const partial: LiveOrganization = { managementAccountId, rootId, organizationalUnits, accounts };
  // Tags and budgets matter only where they can drift or change: ACTIVE accounts the catalog manages.
  const managed = managedIds(matchLive(catalog.accounts, partial));
  const managedAccounts = accounts.filter((a) => managed.has(a.id) && a.status === 'ACTIVE');
  const read = new Set(managedAccounts.map((a) => a.id));

  const tags = new Map<string, Record<string, string>>();
  await mapLimit(managedAccounts, limit, async (account) => {
    const set: Record<string, string> = {};
    for await (const page of paginateListTagsForResource({ client: org }, { ResourceId: account.id })) {
      for (const tag of page.Tags ?? []) if (tag.Key !== undefined) set[tag.Key] = tag.Value ?? '';
    }
    tags.set(account.id, set);
  });

  const budgets = managedAccounts.length > 0 && managementAccountId ? await readBudgets(clients, managementAccountId, read, limit) : new Map<string, LiveBudget>();
  // Identity Center only when the catalog configures it (spec section 10).
  const allPrincipals = options.allAccessPrincipals === true || catalog.policy.access.mode === 'authoritative';
  const ic = await readIdentityCenter(clients, catalog, [...read], { allPrincipals, concurrency: limit });

  return {
    ...partial,
    accounts: accounts.map((a) => (read.has(a.id) ? { ...a, tags: tags.get(a.id), budget: budgets.get(a.id), ...(ic.identityCenter ? { access: ic.access.get(a.id) } : {}) } : a)),
    ...(ic.identityCenter ? { identityCenter: ic.identityCenter } : {}),
    ...(ic.problem ? { identityCenterProblem: ic.problem } : {}),
  };
}

/** The catalog budgets (account-catalog-<id>) of managed accounts, keyed by account id. */
async function readBudgets(clients: AwsClients, accountId: string, managed: ReadonlySet<string>, limit: number): Promise<Map<string, LiveBudget>> {
  const client = clients.budgets;
  const ours: { id: string; budget: AwsBudget }[] = [];
  await ignoreNotFound(async () => {
    for await (const page of paginateDescribeBudgets({ client, pageSize: BUDGETS_PAGE }, { AccountId: accountId })) {
      for (const budget of page.Budgets ?? []) {
        const id = accountOfBudget(budget.BudgetName);
        if (id && managed.has(id)) ours.push({ id, budget });
      }
    }
  });
  const result = new Map<string, LiveBudget>();
  await mapLimit(ours, limit, async ({ id, budget }) => {
    const BudgetName = budget.BudgetName as string;
    const notifications: AwsNotification[] = [];
    await ignoreNotFound(async () => {
      for await (const page of paginateDescribeNotificationsForBudget({ client, pageSize: BUDGETS_PAGE }, { AccountId: accountId, BudgetName })) {
        notifications.push(...(page.Notifications ?? []));
      }
    });
    const live = await mapLimit(notifications, limit, async (Notification) => {
      const subscribers = await readSubscribers(clients, accountId, BudgetName, Notification);
      return liveNotification(Notification, subscribers);
    });
    result.set(id, liveBudget(budget, live));
  });
  return result;
}

async function readSubscribers(clients: AwsClients, AccountId: string, BudgetName: string, Notification: AwsNotification): Promise<Subscriber[] | undefined> {
  const subscribers: Subscriber[] = [];
  try {
    for await (const page of paginateDescribeSubscribersForNotification(
      { client: clients.budgets, pageSize: BUDGETS_PAGE },
      { AccountId, BudgetName, Notification },
    )) {
      subscribers.push(...(page.Subscribers ?? []));
    }
    return subscribers;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'NotFoundException') return [];
    // Some emulators lack this operation; then recipients are unknown rather than wrong.
    if (isUnsupportedOperation(error)) return undefined;
    throw error;
  }
}

/** Budgets answers NotFoundException where a list is simply empty. */
async function ignoreNotFound(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if ((error as { name?: string }).name !== 'NotFoundException') throw error;
  }
}
