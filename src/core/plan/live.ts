import type { Account, Catalog, Drift, FieldChange, LiveAccount, LiveBudgetTarget, LiveOrganization, LiveStep, Unmanaged } from '../model';
import { compareAccess } from './access';
import { budgetDifferences } from './live-budget';
import { matchLive, managedIds, type LivePair } from './live-match';

export interface LiveComparison {
  /** AWS differs from the base catalog (the head when there is no base). from: catalog, to: AWS. */
  drift: Drift[];
  /** Active accounts in AWS that no head account stands for, except the management account. */
  unmanaged: Unmanaged[];
  /** What applying the head catalog would do in AWS, in the order apply runs it. */
  liveSteps: LiveStep[];
  /** Present when tags and budgets were read for only some of the managed ACTIVE accounts. */
  liveScope?: { read: number; managed: number };
}

/**
 * Compares the catalog with the live organization. Pure: the adapter reads AWS (tags and budgets
 * only for accounts the catalog manages) and this decides what differs and what to do.
 */
export function compareLive(base: Catalog | undefined, head: Catalog, live: LiveOrganization): LiveComparison {
  const reference = base ?? head;
  const headPairs = matchLive(head.accounts, live);
  const referencePairs = reference === head ? headPairs : matchLive(reference.accounts, live);
  const managed = managedIds(headPairs);
  return {
    drift: referencePairs.flatMap((pair) => drift(reference, pair, live)),
    unmanaged: live.accounts
      .filter((a) => !managed.has(a.id) && a.id !== live.managementAccountId && a.status === 'ACTIVE')
      .map((a) => ({ id: a.id, name: a.name, email: a.email, ou: a.ou, status: a.status })),
    liveSteps: steps(head, headPairs, live),
    ...scopeOf(headPairs),
  };
}

/** How many managed ACTIVE accounts had their tags and budget read (`tags` set means read). */
function scopeOf(pairs: readonly LivePair[]): { liveScope?: { read: number; managed: number } } {
  const active = pairs.filter((p) => p.live && isOpen(p.live));
  const read = active.filter((p) => p.live?.tags).length;
  return read < active.length ? { liveScope: { read, managed: active.length } } : {};
}

function wantedBudget(account: Account): LiveBudgetTarget {
  return { monthlyUsd: account.budget.monthlyUsd, alerts: account.budget.alerts, recipients: account.budget.recipients };
}

function isOpen(live: LiveAccount): boolean {
  return live.status === 'ACTIVE';
}

function drift(catalog: Catalog, { account, live }: LivePair, org: LiveOrganization): Drift[] {
  if (!live) {
    // Closed accounts leave the organization's listing after about 90 days: nothing to report.
    if (account.state === 'closed') return [];
    return [{ account: account.name, id: account.id, fields: [{ path: 'state', from: account.state, to: undefined }] }];
  }
  const fields: FieldChange[] = [];
  if (!account.id) fields.push({ path: 'id', from: undefined, to: live.id });
  if (live.name !== account.name) fields.push({ path: 'name', from: account.name, to: live.name });
  if (live.email.toLowerCase() !== account.email.toLowerCase()) fields.push({ path: 'email', from: account.email, to: live.email });
  const liveState = isOpen(live) ? 'active' : 'closed';
  if (liveState !== account.state) fields.push({ path: 'state', from: account.state, to: liveState });
  if (account.state === 'active' && isOpen(live)) {
    if (live.ou !== account.ou && live.id !== org.managementAccountId) fields.push({ path: 'ou', from: account.ou, to: live.ou });
    // Tags and budget are read only for accounts the head catalog manages (`tags` set means read).
    if (live.tags) {
      fields.push(...tagDifferences(account.tags, live.tags));
      fields.push(...budgetDifferences(wantedBudget(account), live.budget));
    }
    const access = compareAccess(catalog, account, live, org);
    fields.push(...access.missing, ...access.extra);
  }
  return fields.length > 0 ? [{ account: account.name, id: live.id, fields }] : [];
}

function tagDifferences(want: Readonly<Record<string, string>>, live: Readonly<Record<string, string>>): FieldChange[] {
  const fields: FieldChange[] = [];
  for (const key of Object.keys(want)) if (live[key] !== want[key]) fields.push({ path: `tags.${key}`, from: want[key], to: live[key] });
  for (const key of Object.keys(live)) {
    if (!(key in want) && !isAwsTag(key)) fields.push({ path: `tags.${key}`, from: undefined, to: live[key] });
  }
  return fields;
}

/** `aws:` tags belong to AWS; the catalog can neither set nor remove them. */
function isAwsTag(key: string): boolean {
  return key.toLowerCase().startsWith('aws:');
}

/** Parents first: /A before /A/B. */
function withAncestors(path: string): string[] {
  const parts = path.split('/').filter((p) => p !== '');
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}`);
}

function steps(head: Catalog, pairs: readonly LivePair[], live: LiveOrganization): LiveStep[] {
  const ouSteps: LiveStep[] = [];
  const known = new Set(Object.keys(live.organizationalUnits));
  const closingOu = head.policy.closing.ou;
  const closing = closingOu && pairs.some((p) => p.account.state === 'closed' && p.live && isOpen(p.live)) ? [closingOu] : [];
  const wantedOus = [...head.organizationalUnits, ...head.accounts.filter((a) => a.state === 'active').map((a) => a.ou), ...closing];
  for (const ou of wantedOus) {
    if (typeof ou !== 'string') continue;
    for (const path of withAncestors(ou)) {
      if (known.has(path)) continue;
      known.add(path);
      ouSteps.push({ kind: 'create-ou', ou: path });
    }
  }

  const accountSteps: LiveStep[] = [];
  // After every account step, so an account created in this run exists before it is assigned access.
  const accessSteps: LiveStep[] = [];
  const closeSteps: LiveStep[] = [];
  for (const { account, live: current } of pairs) {
    const name = account.name;
    if (account.state === 'closed') {
      if (current && isOpen(current)) {
        // policy.closing.ou: the account is parked there first, so it is out of its workload OU's policies.
        if (closingOu && current.ou !== closingOu) closeSteps.push({ kind: 'move-account', account: name, id: current.id, from: current.ou, to: closingOu });
        closeSteps.push({ kind: 'close-account', account: name, id: current.id });
      }
      continue;
    }
    if (!current) {
      // An id the organization does not know is drift to fix in the catalog, never a reason to create.
      if (account.id) continue;
      accountSteps.push({ kind: 'create-account', account: name, email: account.email, ou: account.ou, tags: { ...account.tags } });
      if (account.ou !== '/') accountSteps.push({ kind: 'move-account', account: name, from: '/', to: account.ou });
      accountSteps.push({ kind: 'create-budget', account: name, budget: wantedBudget(account) });
      accessSteps.push(...compareAccess(head, account, undefined, live).assign);
      continue;
    }
    // Suspended or closing accounts cannot be changed; drift reports them.
    if (!isOpen(current)) continue;
    const id = current.id;
    if (current.ou !== account.ou && id !== live.managementAccountId) {
      accountSteps.push({ kind: 'move-account', account: name, id, from: current.ou, to: account.ou });
    }
    const access = compareAccess(head, account, current, live);
    accessSteps.push(...access.assign, ...access.unassign);
    // Without the tags read, the account's tags and budget are unknown: no step on guesswork.
    if (!current.tags) continue;
    const set: Record<string, string> = {};
    for (const [key, value] of Object.entries(account.tags)) if (current.tags[key] !== value) set[key] = value;
    if (Object.keys(set).length > 0) accountSteps.push({ kind: 'tag-account', account: name, id, tags: set });
    const removed = Object.keys(current.tags).filter((key) => !(key in account.tags) && !isAwsTag(key));
    if (removed.length > 0) accountSteps.push({ kind: 'untag-account', account: name, id, keys: removed });
    const want = wantedBudget(account);
    if (!current.budget) accountSteps.push({ kind: 'create-budget', account: name, id, budget: want });
    else if (budgetDifferences(want, current.budget).length > 0) {
      accountSteps.push({ kind: 'update-budget', account: name, id, from: current.budget, budget: want });
    }
  }
  return [...ouSteps, ...accountSteps, ...accessSteps, ...closeSteps];
}
