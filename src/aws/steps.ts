import { CreateBudgetCommand, CreateNotificationCommand, DeleteNotificationCommand, UpdateBudgetCommand } from '@aws-sdk/client-budgets';
import {
  CloseAccountCommand,
  CreateOrganizationalUnitCommand,
  MoveAccountCommand,
  TagResourceCommand,
  UntagResourceCommand,
  paginateListOrganizationalUnitsForParent,
} from '@aws-sdk/client-organizations';
import type { LiveStep } from '../core/model';
import { isCatalogNotification } from '../core/plan/live-budget';
import { awsBudget, awsNotification, awsNotificationOf, budgetName, emailSubscribers, uniqueAlerts } from './budgets';
import { ensureAccount } from './create-account';
import { changeAssignment } from './identity-center/apply';
import type { StepContext } from './step-context';

/** How a step ended; `accountId` once the account's id is known. */
export interface StepResult {
  readonly outcome: 'done' | 'already-done' | 'failed' | 'skipped' | 'deferred';
  readonly message?: string;
  readonly accountId?: string;
}

/** What the steps of one run share: OU ids (created ones added) and the ids of accounts created so far. */
export interface RunState {
  readonly ouIds: Map<string, string>;
  readonly ids: Map<string, string>;
  readonly managementAccountId: string;
  /** Set once AWS answered CLOSE_ACCOUNT_QUOTA_EXCEEDED: the closings not yet made wait for a later run. */
  readonly closing: { deferred?: string };
}

/** The parent OU path: /A/B -> /A, /A -> /. */
export function parentOf(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut <= 0 ? '/' : path.slice(0, cut);
}

function idOf(step: LiveStep, state: RunState): string | undefined {
  if (!('account' in step)) return undefined;
  return ('id' in step ? step.id : undefined) ?? state.ids.get(step.account);
}

/** Runs one step: the calls it needs, treating AWS's "already done" answers as done. */
export async function runStep(ctx: StepContext, step: LiveStep, state: RunState): Promise<StepResult> {
  const org = ctx.clients.organizations;
  const budgets = ctx.clients.budgets;
  switch (step.kind) {
    case 'create-ou': {
      const parentId = state.ouIds.get(parentOf(step.ou));
      if (!parentId) return { outcome: 'skipped', message: `skipped: the parent OU ${parentOf(step.ou)} does not exist` };
      const name = step.ou.slice(step.ou.lastIndexOf('/') + 1);
      try {
        const answer = await ctx.send('organizations', 'CreateOrganizationalUnit', `ParentId=${parentId} Name=${name}`, () =>
          org.send(new CreateOrganizationalUnitCommand({ ParentId: parentId, Name: name })),
        );
        if (answer.OrganizationalUnit?.Id) state.ouIds.set(step.ou, answer.OrganizationalUnit.Id);
        return { outcome: 'done' };
      } catch (error) {
        if ((error as { name?: string }).name !== 'DuplicateOrganizationalUnitException') throw error;
        for await (const page of paginateListOrganizationalUnitsForParent({ client: org, pageSize: 20 }, { ParentId: parentId })) {
          const ou = page.OrganizationalUnits?.find((o) => o.Name === name);
          if (ou?.Id) state.ouIds.set(step.ou, ou.Id);
        }
        return { outcome: 'already-done' };
      }
    }
    case 'create-account': {
      const result = await ensureAccount(ctx, step);
      return { outcome: result.outcome, message: result.message, accountId: result.id };
    }
    case 'move-account': {
      const id = idOf(step, state);
      const from = state.ouIds.get(step.from);
      const to = state.ouIds.get(step.to);
      if (!id) return { outcome: 'skipped', message: 'skipped: the account has no id yet' };
      if (!from || !to) return { outcome: 'failed', message: `the OU ${!to ? step.to : step.from} does not exist in AWS`, accountId: id };
      try {
        await ctx.send('organizations', 'MoveAccount', `AccountId=${id} ${step.from} -> ${step.to}`, () =>
          org.send(new MoveAccountCommand({ AccountId: id, SourceParentId: from, DestinationParentId: to })),
        );
        return { outcome: 'done', accountId: id };
      } catch (error) {
        if ((error as { name?: string }).name === 'DuplicateAccountException') return { outcome: 'already-done', accountId: id };
        throw error;
      }
    }
    case 'tag-account':
      await ctx.send('organizations', 'TagResource', `ResourceId=${step.id} ${Object.keys(step.tags).join(',')}`, () =>
        org.send(new TagResourceCommand({ ResourceId: step.id, Tags: Object.entries(step.tags).map(([Key, Value]) => ({ Key, Value })) })),
      );
      return { outcome: 'done', accountId: step.id };
    case 'untag-account':
      await ctx.send('organizations', 'UntagResource', `ResourceId=${step.id} ${step.keys.join(',')}`, () =>
        org.send(new UntagResourceCommand({ ResourceId: step.id, TagKeys: [...step.keys] })),
      );
      return { outcome: 'done', accountId: step.id };
    case 'create-budget': {
      const id = idOf(step, state);
      if (!id) return { outcome: 'skipped', message: 'skipped: the account has no id yet' };
      const recipients = emailSubscribers(step.budget.recipients);
      try {
        await ctx.send('budgets', 'CreateBudget', `BudgetName=${budgetName(id)} ${step.budget.monthlyUsd} USD`, () =>
          budgets.send(
            new CreateBudgetCommand({
              AccountId: state.managementAccountId,
              Budget: awsBudget(id, step.budget.monthlyUsd),
              NotificationsWithSubscribers: uniqueAlerts(step.budget.alerts).map((alert) => ({ Notification: awsNotification(alert), Subscribers: recipients })),
            }),
          ),
        );
        return { outcome: 'done', accountId: id };
      } catch (error) {
        if ((error as { name?: string }).name !== 'DuplicateRecordException') throw error;
        return { outcome: 'already-done', accountId: id, message: 'the budget exists already; the next run compares it' };
      }
    }
    case 'update-budget':
      await updateBudget(ctx, step, state.managementAccountId);
      return { outcome: 'done', accountId: step.id };
    case 'close-account': {
      if (step.id === state.managementAccountId) return { outcome: 'failed', message: 'the management account can never be closed' };
      if (state.closing.deferred) return { outcome: 'deferred', accountId: step.id, message: state.closing.deferred };
      try {
        await ctx.send('organizations', 'CloseAccount', `AccountId=${step.id}`, () => org.send(new CloseAccountCommand({ AccountId: step.id })));
        return { outcome: 'done', accountId: step.id };
      } catch (error) {
        const e = error as { name?: string; Reason?: string };
        if (e.name === 'AccountAlreadyClosedException') return { outcome: 'already-done', accountId: step.id };
        if (e.name === 'ConstraintViolationException' && e.Reason === 'CLOSE_ACCOUNT_QUOTA_EXCEEDED') {
          state.closing.deferred ??=
            'deferred: AWS allows no more closings now (CLOSE_ACCOUNT_QUOTA_EXCEEDED, a rolling 30-day quota); re-run the apply later to close it.';
          return { outcome: 'deferred', accountId: step.id, message: state.closing.deferred };
        }
        if (e.name === 'ConstraintViolationException' && /^CLOSE_ACCOUNT_/.test(e.Reason ?? '')) {
          return { outcome: 'failed', accountId: step.id, message: `AWS refused CloseAccount (${e.Reason}): the organization reached its CloseAccount quota; re-run once it allows.` };
        }
        throw error;
      }
    }
    case 'assign-access':
    case 'unassign-access': {
      const id = idOf(step, state);
      if (!id) return { outcome: 'skipped', message: 'skipped: the account has no id yet' };
      if (!ctx.identityCenter) return { outcome: 'failed', message: 'IAM Identity Center is not available in this run', accountId: id };
      return { ...(await changeAssignment(ctx, ctx.identityCenter, step, id)), accountId: id };
    }
  }
}

type UpdateStep = Extract<LiveStep, { kind: 'update-budget' }>;

/**
 * Amount first (UpdateBudget), then notifications: a notification the catalog does not want, or whose
 * recipients differ, is deleted; each wanted one that is then missing is created with its subscribers
 * in one call (CreateNotification). Every call leaves a state the next run reads and finishes.
 */
async function updateBudget(ctx: StepContext, step: UpdateStep, AccountId: string): Promise<void> {
  const budgets = ctx.clients.budgets;
  const BudgetName = step.from.name ?? budgetName(step.id);
  if (Math.round(step.from.monthlyUsd * 100) !== Math.round(step.budget.monthlyUsd * 100)) {
    await ctx.send('budgets', 'UpdateBudget', `BudgetName=${BudgetName} ${step.from.monthlyUsd} -> ${step.budget.monthlyUsd} USD`, () =>
      budgets.send(new UpdateBudgetCommand({ AccountId, NewBudget: awsBudget(step.id, step.budget.monthlyUsd) })),
    );
  }
  const key = (type: string, percent: number) => `${type}:${percent}`;
  const wanted = new Map(step.budget.alerts.map((a) => [key(a.type, a.percent), a]));
  const want = [...new Set(step.budget.recipients.map((r) => r.toLowerCase()))].sort().join(',');
  const kept = new Set<string>();
  for (const n of step.from.notifications ?? []) {
    const k = key(n.type, n.percent);
    // Unreadable subscribers (undefined) are left as they are.
    const sameRecipients = !n.recipients || [...new Set(n.recipients.map((r) => r.toLowerCase()))].sort().join(',') === want;
    if (isCatalogNotification(n) && wanted.has(k) && !kept.has(k) && sameRecipients) {
      kept.add(k);
      continue;
    }
    await ctx.send('budgets', 'DeleteNotification', `BudgetName=${BudgetName} ${k}%`, () =>
      budgets.send(new DeleteNotificationCommand({ AccountId, BudgetName, Notification: awsNotificationOf(n) })),
    );
  }
  for (const [k, alert] of wanted) {
    if (kept.has(k)) continue;
    await ctx.send('budgets', 'CreateNotification', `BudgetName=${BudgetName} ${k}%`, () =>
      budgets.send(new CreateNotificationCommand({ AccountId, BudgetName, Notification: awsNotification(alert), Subscribers: emailSubscribers(step.budget.recipients) })),
    );
  }
}
