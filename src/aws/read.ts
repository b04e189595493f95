import {
  DescribeBudgetCommand,
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
import { accountOfBudget, budgetName, liveBudget, liveNotification } from './budgets';
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
  /** Read tags and budgets of every ACTIVE account, not only those the catalog manages (import). */
  readonly everything?: boolean;
  /**
   * Catalog account names whose tags, budgets and Identity Center assignments are read (a pull request's changed and new
   * accounts, see changedAccounts); default every managed account. The account list and OU tree
   * are always read in full, so `unmanaged` stays complete.
   */
  readonly scope?: ReadonlySet<string>;
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
  const scope = options.scope;
  // A few accounts: DescribeBudget by name is cheaper than listing every budget (100 a page).
  const byName = scope !== undefined && scope.size <= Math.max(1, Math.ceil(catalog.accounts.length / BUDGETS_PAGE));
  // A pull request's changed accounts that carry their id: their details are read while the tree is
  // listed (different buckets), and kept only if the listing shows them managed and ACTIVE.
  const earlyIds = scope ? catalog.accounts.filter((a) => scope.has(a.name) && a.id && a.state === 'active').map((a) => a.id as string) : [];
  const early = earlyIds.length > 0 ? readDetails(clients, managementAccountId, earlyIds, limit, byName) : undefined;
  // Not awaited until the listing is done: a failure must not go unobserved meanwhile.
  early?.catch(() => undefined);

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
  // Tags and budgets matter only where they can drift or change: ACTIVE accounts the catalog manages
  // (on a pull request, those it changes).
  const pairs = matchLive(catalog.accounts, partial);
  const managed = managedIds(pairs);
  const inScope = scope ? new Set(pairs.filter((p) => p.live && scope.has(p.account.name)).map((p) => p.live!.id)) : managed;
  const read = new Set(accounts.filter((a) => (options.everything || inScope.has(a.id)) && a.status === 'ACTIVE').map((a) => a.id));

  // Identity Center only when the catalog configures it (spec section 10); assignments of the same
  // accounts as tags and budgets (on a pull request, the changed ones).
  const allPrincipals = options.allAccessPrincipals === true || catalog.policy.access.mode === 'authoritative';
  const identityCenter = readIdentityCenter(clients, catalog, [...read], { allPrincipals, concurrency: limit, scoped: scope !== undefined });
  identityCenter.catch(() => undefined);

  const prefetched = (await early) ?? emptyDetails();
  const rest = [...read].filter((id) => !earlyIds.includes(id));
  const late = rest.length > 0 ? await readDetails(clients, managementAccountId, rest, limit, byName) : emptyDetails();
  const tagsOf = (id: string) => prefetched.tags.get(id) ?? late.tags.get(id);
  const budgetOf = (id: string) => prefetched.budgets.get(id) ?? late.budgets.get(id);
  const ic = await identityCenter;
  return {
    ...partial,
    accounts: accounts.map((a) => (read.has(a.id) ? { ...a, tags: tagsOf(a.id) ?? {}, budget: budgetOf(a.id), ...(ic.identityCenter ? { access: ic.access.get(a.id) } : {}) } : a)),
    ...(ic.identityCenter ? { identityCenter: ic.identityCenter } : {}),
    ...(ic.problem ? { identityCenterProblem: ic.problem } : {}),
  };
}

interface Details {
  readonly tags: Map<string, Record<string, string>>;
  readonly budgets: Map<string, LiveBudget>;
}

const emptyDetails = (): Details => ({ tags: new Map(), budgets: new Map() });

/**
 * Tags and catalog budgets of these accounts. Tags and budgets use different buckets: read side by
 * side. An id AWS does not know (a catalog id read before the listing) just has none.
 */
async function readDetails(clients: AwsClients, managementAccountId: string, ids: readonly string[], limit: number, byName: boolean): Promise<Details> {
  const tags = new Map<string, Record<string, string>>();
  const readTags = mapLimit(ids, limit, async (id) => {
    const set: Record<string, string> = {};
    try {
      for await (const page of paginateListTagsForResource({ client: clients.organizations }, { ResourceId: id })) {
        for (const tag of page.Tags ?? []) if (tag.Key !== undefined) set[tag.Key] = tag.Value ?? '';
      }
      tags.set(id, set);
    } catch (error) {
      if (!/^(TargetNotFoundException|AccountNotFoundException)$/.test((error as { name?: string }).name ?? '')) throw error;
    }
  });
  // Budgets live in the management account: without its id (an emulator) there are none to read.
  const readAllBudgets = async () => (managementAccountId ? readBudgets(clients, managementAccountId, new Set(ids), limit, byName) : new Map<string, LiveBudget>());
  const [, budgets] = await Promise.all([readTags, readAllBudgets()]);
  return { tags, budgets };
}

/** The catalog budgets (account-catalog-<id>) of managed accounts, keyed by account id. */
async function readBudgets(clients: AwsClients, accountId: string, managed: ReadonlySet<string>, limit: number, byName: boolean): Promise<Map<string, LiveBudget>> {
  const client = clients.budgets;
  const ours: { id: string; budget: AwsBudget }[] = [];
  const result = new Map<string, LiveBudget>();
  const describe = async ({ id, budget }: { id: string; budget: AwsBudget }) => {
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
  };
  if (byName) {
    await mapLimit([...managed], limit, async (id) => {
      try {
        const answer = await client.send(new DescribeBudgetCommand({ AccountId: accountId, BudgetName: budgetName(id) }));
        if (answer.Budget) await describe({ id, budget: answer.Budget });
      } catch (error) {
        if ((error as { name?: string }).name !== 'NotFoundException') throw error;
      }
    });
    return result;
  }
  // Each budget's notifications are read as soon as its page arrives, while the next page loads.
  const pending: Promise<unknown>[] = [];
  await ignoreNotFound(async () => {
    for await (const page of paginateDescribeBudgets({ client, pageSize: BUDGETS_PAGE }, { AccountId: accountId })) {
      const mine: { id: string; budget: AwsBudget }[] = [];
      for (const budget of page.Budgets ?? []) {
        const id = accountOfBudget(budget.BudgetName);
        if (id && managed.has(id)) mine.push({ id, budget });
      }
      ours.push(...mine);
      pending.push(mapLimit(mine, limit, describe));
    }
  });
  await Promise.all(pending);
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
