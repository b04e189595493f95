import type { CreateAccountStatus } from '@aws-sdk/client-organizations';
import type { Account, Catalog, LiveOrganization, LiveStep, NodePath, SourceLocation } from '../core/model';
import { accessProblems, accessRulesOnlyNotice } from '../core/plan/access';
import { escapeTerminal, neutraliseCommandLine } from '../core/report/escape';
import { compareLive } from '../core/plan/live';
import { describeLiveStep } from '../core/plan/live-step-text';
import { matchLive } from '../core/plan/live-match';
import type { AwsClients } from './clients';
import { listCreateRequests } from './create-account';
import { wouldCall } from './dry-run';
import { describeError } from './errors';
import { ASSIGNMENTS_IN_FLIGHT, type AccessApplyContext } from './identity-center/apply';
import { identityCenterClients } from './identity-center/clients';
import { pollOptions, type PollOptions } from './poll';
import { Semaphore } from './pool';
import { readLive, type ReadOptions } from './read';
import type { StepContext } from './step-context';
import { runChains, type ItemVerdict } from './schedule';
import { runStep } from './steps';

export type StepOutcome = 'done' | 'already-done' | 'failed' | 'skipped' | 'deferred' | 'dry-run';

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
  /** Accounts whose closing AWS deferred (CLOSE_ACCOUNT_QUOTA_EXCEEDED): a later run closes them. */
  readonly deferred?: readonly string[];
}

/**
 * Steps of one kind in progress at once: AWS allows 5 CreateAccount requests in progress; closings
 * are kept to 3; Identity Center 10 assignment operations (assign and unassign share the 'access' kind).
 * Other kinds share DEFAULT_STEP_CONCURRENCY; their calls are paced by the token buckets.
 */
export const STEP_CONCURRENCY: Readonly<Record<string, number>> = { 'create-account': 5, 'close-account': 3, access: ASSIGNMENTS_IN_FLIGHT };
export const DEFAULT_STEP_CONCURRENCY = 16;

export interface ApplyOptions extends ReadOptions {
  readonly dryRun: boolean;
  readonly poll?: Partial<PollOptions>;
  /** Where a catalog path is in its files, so a refusal names file:line (the Action passes the loaded catalog's). */
  readonly locate?: (path: NodePath) => SourceLocation;
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

/**
 * Brings AWS to the head catalog: reads the live organization, compares (compareLive), then runs
 * the steps: OUs first, then each account's steps in their order, accounts in parallel (runChains). Every run starts from a fresh read, so a run that was killed after any call
 * and is started again finishes the work without doing any of it twice.
 */
export async function applyWithClients(clients: AwsClients, head: Catalog, log: (line: string) => void, options: ApplyOptions): Promise<ApplyReport> {
  const say = (line: string) => log(safeLine(line));
  const early = managementClosing(head, head.organization.managementAccountId);
  if (early) return { failed: true, dryRun: options.dryRun, refused: refusal(early, early.id ?? ''), steps: [], created: [] };

  const live = await readLive(clients, head, options);
  const late = managementClosing(head, undefined, live);
  if (late) return { failed: true, dryRun: options.dryRun, refused: refusal(late, live.managementAccountId), steps: [], created: [] };

  // Unknown groups or permission sets (or no usable instance): refused before any change.
  const problems = accessProblems(head, live);
  if (problems.length > 0) {
    const where = (path: NodePath) => {
      const at = options.locate?.(path);
      return at ? `${at.file}:${at.line}: ` : '';
    };
    const list = problems.slice(0, 20).map((p) => `${where(p.path)}${p.message}`).join(' ');
    const more = problems.length > 20 ? ` (and ${problems.length - 20} more)` : '';
    return { failed: true, dryRun: options.dryRun, refused: `Refused: IAM Identity Center access cannot be applied. ${list}${more} Nothing was changed.`, steps: [], created: [] };
  }
  const rulesOnly = accessRulesOnlyNotice(head);
  if (rulesOnly) say(rulesOnly);
  const identityCenter: AccessApplyContext | undefined =
    live.identityCenter && head.organization.identityCenter
      ? { clients: identityCenterClients(clients, head.organization.identityCenter.region), instanceArn: live.identityCenter.instanceArn, slots: new Semaphore(ASSIGNMENTS_IN_FLIGHT) }
      : undefined;

  const { liveSteps } = compareLive(undefined, head, live);
  const closes = liveSteps.filter((s) => s.kind === 'close-account').length;
  const quota = closeQuota(head, live);
  const overQuota =
    closes > quota
      ? `Refused to close ${closes} accounts: AWS lets the organization close at most ${quota} in a rolling 30 days (policy.closing.quota). Close fewer per change.`
      : undefined;

  const state = { ouIds: new Map(Object.entries(live.organizationalUnits)), ids: new Map<string, string>(), managementAccountId: live.managementAccountId, closing: {} };
  const created: { account: string; email: string; id: string }[] = [];
  let requests: Promise<CreateAccountStatus[]> | undefined;
  const steps = new Array<AppliedStep>(liveSteps.length);

  /** Runs one step and records it; `stop` skips the later steps of its account. */
  const run = async (step: LiveStep, index: number): Promise<ItemVerdict> => {
    const calls: string[] = [];
    const ctx: StepContext = {
      clients,
      poll: pollOptions(options.poll),
      log: say,
      ...(identityCenter ? { identityCenter } : {}),
      async send(service, operation, detail, call) {
        calls.push(`${service}:${operation}`);
        say(`${options.dryRun ? 'would call' : 'call'} ${service}:${operation} ${detail}`);
        return call();
      },
      // Read once per run; a failed read is tried again by the next step that needs it.
      createRequests: () =>
        (requests ??= listCreateRequests(ctx).catch((error: unknown) => {
          requests = undefined;
          throw error;
        })),
    };
    if (step.kind === 'close-account' && overQuota) {
      steps[index] = { step, outcome: 'failed', calls, message: overQuota };
      return 'stop';
    }
    if (options.dryRun) {
      for (const line of wouldCall(step)) {
        calls.push(line.split(' ')[0]);
        say(`would call ${line}`);
      }
      steps[index] = { step, outcome: 'dry-run', calls, accountId: 'id' in step ? step.id : undefined };
      return 'continue';
    }
    try {
      const result = await runStep(ctx, step, state);
      if (step.kind === 'create-account' && result.accountId) {
        state.ids.set(step.account, result.accountId);
        created.push({ account: step.account, email: step.email, id: result.accountId });
      }
      steps[index] = { step, calls, ...result };
      say(`${describeLiveStep(step)}: ${result.outcome}${result.message ? ` — ${result.message}` : ''}`);
      return result.outcome === 'failed' ? 'stop' : 'continue';
    } catch (error) {
      const message = describeError(error);
      steps[index] = { step, outcome: 'failed', calls, message, accountId: 'id' in step ? step.id : undefined };
      say(`${describeLiveStep(step)}: failed — ${message}`);
      return 'stop';
    }
  };
  const skip = (step: LiveStep, index: number): void => {
    steps[index] = { step, outcome: 'skipped', calls: [], message: `skipped: an earlier step for ${'account' in step ? step.account : step.ou} failed` };
  };

  // OUs first, parents before children (the steps come in that order); then every account's steps,
  // accounts side by side within the step kinds' limits. The plan puts an account's access steps
  // after its own steps and before its closing, so its chain creates it, then assigns, then closes.
  const scheduled = liveSteps.map((step, index) => ({ step, index }));
  // A dry run calls nothing: it prints the steps in plan order.
  const first = options.dryRun ? scheduled : scheduled.filter((s) => s.step.kind === 'create-ou');
  for (const { step, index } of first) await run(step, index);
  const accountSteps = options.dryRun ? [] : scheduled.filter((s) => s.step.kind !== 'create-ou');
  await runChains(
    accountSteps.map(({ step }) => ({ chain: 'account' in step ? step.account : '', kind: isAccessStep(step) ? 'access' : step.kind, item: step })),
    { perKind: STEP_CONCURRENCY, others: options.concurrency ?? DEFAULT_STEP_CONCURRENCY },
    (step, i) => run(step, accountSteps[i].index),
    (step, i) => skip(step, accountSteps[i].index),
  );
  // Creation order, not finishing order: the summary reads the same on every run.
  created.sort((a, b) => liveSteps.findIndex((s) => s.kind === 'create-account' && s.account === a.account) - liveSteps.findIndex((s) => s.kind === 'create-account' && s.account === b.account));
  const deferred = steps.filter((s) => s.outcome === 'deferred').map((s) => ('account' in s.step ? s.step.account : ''));
  return { failed: steps.some((s) => s.outcome === 'failed'), dryRun: options.dryRun, steps, created, deferred };
}

function isAccessStep(step: LiveStep): boolean {
  return step.kind === 'assign-access' || step.kind === 'unassign-access';
}
