import { CreateBudgetCommand, CreateNotificationCommand, DeleteNotificationCommand, UpdateBudgetCommand } from '@aws-sdk/client-budgets';
import {
  CloseAccountCommand,
  CreateOrganizationalUnitCommand,
  MoveAccountCommand,
  TagResourceCommand,
  UntagResourceCommand,
  paginateListOrganizationalUnitsForParent,
  type CreateAccountStatus,
} from '@aws-sdk/client-organizations';
import type { Account, Catalog, LiveOrganization, LiveStep } from '../../src/core/model';
import { escapeTerminal, neutraliseCommandLine } from '../../src/core/report/escape';
import { compareLive } from '../../src/core/plan/live';
import { describeLiveStep } from '../../src/core/plan/live-step-text';
import { matchLive } from '../../src/core/plan/live-match';
import { isCatalogNotification } from '../../src/core/plan/live-budget';
import { awsBudget, awsNotification, awsNotificationOf, budgetName, emailSubscribers, uniqueAlerts } from './budgets';
import type { AwsClients } from './clients';
import { ensureAccount, listCreateRequests } from './create-account';
import { describeError } from './errors';
import { pollOptions, type PollOptions } from './poll';
import { readLive, type ReadOptions } from './read';
import type { StepContext } from './step-context';

export type StepOutcome = 'done' | 'already-done' | 'failed' | 'skipped' | 'dry-run';

export interface AppliedStep {
  readonly step: LiveStep;
  readonly outcome: StepOutcome;
  /** The API calls made (or, in dry-run, that would be made), e.g. organizations:CreateAccount. */
  readonly calls: readonly string[];
  readonly message?: string;
  /** The account's id, once known (new accounts: the id AWS gave it). */
  readonly accountId?: string;
}

export interface ApplyReport {
  readonly failed: boolean;
  readonly dryRun: boolean;
  /** Set when apply refused to start (nothing was changed). */
  readonly refused?: string;
  readonly steps: readonly AppliedStep[];
  /** Accounts this run created or found created by an earlier run: add these ids to the catalog. */
  readonly created: readonly { readonly account: string; readonly email: string; readonly id: string }[];
}

export interface ApplyOptions extends ReadOptions {
  readonly dryRun: boolean;
  readonly poll?: Partial<PollOptions>;
}

/** Catalog text in a log line: no control characters, never a workflow command. */
function safeLine(line: string): string {
  return neutraliseCommandLine(escapeTerminal(line));
}

/** The management account may never be closed: refused before any call. */
function managementClosing(head: Catalog, managementAccountId: string | undefined, live?: LiveOrganization): Account | undefined {
  const closed = head.accounts.filter((a) => a.state === 'closed');
  const byCatalog = managementAccountId ? closed.find((a) => a.id === managementAccountId) : undefined;
  if (byCatalog || !live) return byCatalog;
  return matchLive(closed, live).find((p) => p.live?.id === live.managementAccountId)?.account;
}

function refusal(account: Account, id: string): string {
  return `Refused: ${account.name} (${id}) is the management account and can never be closed. Set \`state: active\`. Nothing was changed.`;
}

/** clamp(floor(percent % of active member accounts), minimum, maximum): the CloseAccount quota per rolling 30 days. */
export function closeQuota(head: Catalog, live: LiveOrganization): number {
  const { percent, minimum, maximum } = head.policy.closing.quota;
  const active = live.accounts.filter((a) => a.status === 'ACTIVE' && a.id !== live.managementAccountId).length;
  return Math.min(Math.max(Math.floor((percent * active) / 100), minimum), maximum);
}

function parentOf(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut <= 0 ? '/' : path.slice(0, cut);
}

/**
 * Brings AWS to the head catalog: reads the live organization, compares (compareLive), then runs
 * the steps in order. Each step first re-derives what is left from the fresh read, so a run that
 * was killed after any call and is started again finishes the work without doing any of it twice.
 */
export async function applyWithClients(clients: AwsClients, head: Catalog, log: (line: string) => void, options: ApplyOptions): Promise<ApplyReport> {
  const say = (line: string) => log(safeLine(line));
  const early = managementClosing(head, head.organization.managementAccountId);
  if (early) return { failed: true, dryRun: options.dryRun, refused: refusal(early, early.id ?? ''), steps: [], created: [] };

  const live = await readLive(clients, head, options);
  const late = managementClosing(head, undefined, live);
  if (late) return { failed: true, dryRun: options.dryRun, refused: refusal(late, live.managementAccountId), steps: [], created: [] };

  const { liveSteps } = compareLive(undefined, head, live);
  const closes = liveSteps.filter((s) => s.kind === 'close-account').length;
  const quota = closeQuota(head, live);
  const overQuota =
    closes > quota
      ? `Refused to close ${closes} accounts: AWS lets the organization close at most ${quota} in a rolling 30 days (policy.closing.quota). Close fewer per change.`
      : undefined;

  const ouIds = new Map(Object.entries(live.organizationalUnits));
  const ids = new Map<string, string>();
  const blocked = new Set<string>();
  const created: { account: string; email: string; id: string }[] = [];
  let requests: Promise<CreateAccountStatus[]> | undefined;
  const steps: AppliedStep[] = [];

  for (const step of liveSteps) {
    const calls: string[] = [];
    const ctx: StepContext = {
      clients,
      poll: pollOptions(options.poll),
      log: say,
      async send(service, operation, detail, call) {
        calls.push(`${service}:${operation}`);
        say(`${options.dryRun ? 'would call' : 'call'} ${service}:${operation} ${detail}`);
        return call();
      },
      createRequests: () => (requests ??= listCreateRequests(ctx)),
    };
    const account = 'account' in step ? step.account : undefined;
    if (account && blocked.has(account)) {
      steps.push({ step, outcome: 'skipped', calls, message: `skipped: an earlier step for ${account} failed` });
      continue;
    }
    if (step.kind === 'close-account' && overQuota) {
      steps.push({ step, outcome: 'failed', calls, message: overQuota });
      continue;
    }
    if (options.dryRun) {
      for (const line of wouldCall(step)) {
        calls.push(line.split(' ')[0]);
        say(`would call ${line}`);
      }
      steps.push({ step, outcome: 'dry-run', calls, accountId: 'id' in step ? step.id : undefined });
      continue;
    }
    try {
      const result = await runStep(ctx, step, { ouIds, ids, managementAccountId: live.managementAccountId });
      if (result.outcome === 'failed' && account) blocked.add(account);
      if (step.kind === 'create-account' && result.accountId) {
        ids.set(step.account, result.accountId);
        created.push({ account: step.account, email: step.email, id: result.accountId });
      }
      steps.push({ step, calls, ...result });
      say(`${describeLiveStep(step)}: ${result.outcome}${result.message ? ` — ${result.message}` : ''}`);
    } catch (error) {
      if (account) blocked.add(account);
      const message = describeError(error);
      steps.push({ step, outcome: 'failed', calls, message, accountId: 'id' in step ? step.id : undefined });
      say(`${describeLiveStep(step)}: failed — ${message}`);
    }
  }
  return { failed: steps.some((s) => s.outcome === 'failed'), dryRun: options.dryRun, steps, created };
}

interface RunState {
  readonly ouIds: Map<string, string>;
  readonly ids: Map<string, string>;
  readonly managementAccountId: string;
}

type StepResult = Pick<AppliedStep, 'outcome' | 'message' | 'accountId'>;

function idOf(step: LiveStep, state: RunState): string | undefined {
  if (!('account' in step)) return undefined;
  return ('id' in step ? step.id : undefined) ?? state.ids.get(step.account);
}

async function runStep(ctx: StepContext, step: LiveStep, state: RunState): Promise<StepResult> {
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
      try {
        await ctx.send('organizations', 'CloseAccount', `AccountId=${step.id}`, () => org.send(new CloseAccountCommand({ AccountId: step.id })));
        return { outcome: 'done', accountId: step.id };
      } catch (error) {
        const e = error as { name?: string; Reason?: string };
        if (e.name === 'AccountAlreadyClosedException') return { outcome: 'already-done', accountId: step.id };
        if (e.name === 'ConstraintViolationException' && /^CLOSE_ACCOUNT_/.test(e.Reason ?? '')) {
          return { outcome: 'failed', accountId: step.id, message: `AWS refused CloseAccount (${e.Reason}): the organization reached its CloseAccount quota; re-run once it allows.` };
        }
        throw error;
      }
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

/** What dry-run prints: the calls a step would make, with their main parameters. */
export function wouldCall(step: LiveStep): string[] {
  const id = 'id' in step && step.id ? step.id : '<new account id>';
  switch (step.kind) {
    case 'create-ou':
      return [`organizations:CreateOrganizationalUnit Parent=${parentOf(step.ou)} Name=${step.ou.slice(step.ou.lastIndexOf('/') + 1)}`];
    case 'create-account':
      return [
        'organizations:ListCreateAccountStatus States=IN_PROGRESS,SUCCEEDED',
        `organizations:CreateAccount AccountName=${step.account} Email=${step.email} Tags=${Object.keys(step.tags).join(',')}`,
        'organizations:DescribeCreateAccountStatus (until SUCCEEDED or FAILED)',
      ];
    case 'move-account':
      return [`organizations:MoveAccount AccountId=${id} ${step.from} -> ${step.to}`];
    case 'tag-account':
      return [`organizations:TagResource ResourceId=${id} ${Object.entries(step.tags).map(([k, v]) => `${k}=${v}`).join(',')}`];
    case 'untag-account':
      return [`organizations:UntagResource ResourceId=${id} TagKeys=${step.keys.join(',')}`];
    case 'create-budget':
      return [`budgets:CreateBudget BudgetName=account-catalog-${id} ${step.budget.monthlyUsd} USD with ${uniqueAlerts(step.budget.alerts).length} notifications`];
    case 'update-budget':
      return [`budgets:UpdateBudget, DeleteNotification, CreateNotification (as needed) BudgetName=${budgetName(step.id)} ${step.budget.monthlyUsd} USD`];
    case 'close-account':
      return [`organizations:CloseAccount AccountId=${id}`];
  }
}
