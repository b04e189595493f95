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
import { mapLimit, Slots } from './pool';
import { readLive, type ReadOptions } from './read';
import type { StepContext } from './step-context';
import { runStep } from './steps';

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
 * the steps in order. Every run starts from a fresh read, so a run that was killed after any call
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
      ? { clients: identityCenterClients(clients, head.organization.identityCenter.region), instanceArn: live.identityCenter.instanceArn, slots: new Slots(ASSIGNMENTS_IN_FLIGHT) }
      : undefined;

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

  const runOne = async (step: LiveStep): Promise<AppliedStep> => {
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
    const account = 'account' in step ? step.account : undefined;
    if (account && blocked.has(account)) {
      return { step, outcome: 'skipped', calls, message: `skipped: an earlier step for ${account} failed` };
    }
    if (step.kind === 'close-account' && overQuota) {
      return { step, outcome: 'failed', calls, message: overQuota };
    }
    if (options.dryRun) {
      for (const line of wouldCall(step)) {
        calls.push(line.split(' ')[0]);
        say(`would call ${line}`);
      }
      return { step, outcome: 'dry-run', calls, accountId: 'id' in step ? step.id : undefined };
    }
    try {
      const result = await runStep(ctx, step, { ouIds, ids, managementAccountId: live.managementAccountId });
      if (result.outcome === 'failed' && account) blocked.add(account);
      if (step.kind === 'create-account' && result.accountId) {
        ids.set(step.account, result.accountId);
        created.push({ account: step.account, email: step.email, id: result.accountId });
      }
      say(`${describeLiveStep(step)}: ${result.outcome}${result.message ? ` — ${result.message}` : ''}`);
      return { step, calls, ...result };
    } catch (error) {
      if (account) blocked.add(account);
      const message = describeError(error);
      say(`${describeLiveStep(step)}: failed — ${message}`);
      return { step, outcome: 'failed', calls, message, accountId: 'id' in step ? step.id : undefined };
    }
  };

  // Steps run in order; a run of access steps (independent of each other) runs 10 at a time.
  for (let i = 0; i < liveSteps.length; ) {
    let j = i;
    while (j < liveSteps.length && isAccessStep(liveSteps[j])) j++;
    if (j > i) {
      steps.push(...(await mapLimit(liveSteps.slice(i, j), ASSIGNMENTS_IN_FLIGHT, runOne)));
      i = j;
    } else {
      steps.push(await runOne(liveSteps[i]));
      i++;
    }
  }
  return { failed: steps.some((s) => s.outcome === 'failed'), dryRun: options.dryRun, steps, created };
}

function isAccessStep(step: LiveStep): boolean {
  return step.kind === 'assign-access' || step.kind === 'unassign-access';
}
