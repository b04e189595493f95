import {
  CreateAccountCommand,
  DescribeAccountCommand,
  DescribeCreateAccountStatusCommand,
  paginateListCreateAccountStatus,
  type CreateAccountStatus,
} from '@aws-sdk/client-organizations';
import type { LiveStep } from '../core/model';
import { createFailureMessage } from './create-failures';
import { isUnsupportedOperation } from './errors';
import type { StepContext } from './step-context';
import { sleep, type PollOptions } from './poll';

type CreateStep = Extract<LiveStep, { kind: 'create-account' }>;

export interface CreateResult {
  readonly outcome: 'done' | 'already-done' | 'failed';
  readonly id?: string;
  readonly message?: string;
}

/**
 * CreateAccount is not idempotent, so before calling it this looks for earlier work:
 *  - a live account with the email: the caller has matched those already (compareLive);
 *  - a request in ListCreateAccountStatus (IN_PROGRESS or SUCCEEDED) for the same account name.
 *    That API returns the name, not the email, so a SUCCEEDED request counts only when
 *    DescribeAccount shows the email; an IN_PROGRESS one is waited for, then checked the same way.
 * AWS also refuses a second account with an email (EMAIL_ALREADY_EXISTS), so a duplicate is impossible.
 */
export async function ensureAccount(ctx: StepContext, step: CreateStep): Promise<CreateResult> {
  const adopted = await adoptEarlier(ctx, step, await ctx.createRequests());
  if (adopted) return adopted;

  const created = await ctx.send('organizations', 'CreateAccount', `AccountName=${step.account} Email=${step.email}`, () =>
    ctx.clients.organizations.send(
      new CreateAccountCommand({
        AccountName: step.account,
        Email: step.email,
        ...(Object.keys(step.tags).length > 0 ? { Tags: Object.entries(step.tags).map(([Key, Value]) => ({ Key, Value })) } : {}),
      }),
    ),
  );
  let status = created.CreateAccountStatus;
  if (status?.State === 'IN_PROGRESS' && status.Id) {
    const id = status.Id;
    status = await waitForCreate(ctx, id, step.account);
    if (!status) return { outcome: 'failed', message: stillInProgress(ctx.poll, step.account, id) };
  }
  if (status?.State === 'SUCCEEDED' && status.AccountId) return { outcome: 'done', id: status.AccountId };
  if (status?.FailureReason === 'EMAIL_ALREADY_EXISTS') {
    // The SDK may have retried CreateAccount after a lost answer: then the first request is ours.
    const retried = await adoptEarlier(ctx, step, (await listCreateRequests(ctx)).filter((r) => r.Id !== status?.Id));
    if (retried) return retried;
  }
  return { outcome: 'failed', message: createFailureMessage(step.account, status?.FailureReason) };
}

/** An earlier IN_PROGRESS or SUCCEEDED request for this account name whose account has the catalog's email. */
async function adoptEarlier(ctx: StepContext, step: CreateStep, requests: readonly CreateAccountStatus[]): Promise<CreateResult | undefined> {
  for (const request of requests.filter((r) => r.AccountName === step.account)) {
    let status: CreateAccountStatus | undefined = request;
    if (status.State === 'IN_PROGRESS' && status.Id) {
      ctx.log(`${step.account}: an earlier CreateAccount request ${status.Id} is still IN_PROGRESS; waiting for it instead of creating again`);
      status = await waitForCreate(ctx, status.Id, step.account);
      if (!status) return { outcome: 'failed', message: stillInProgress(ctx.poll, step.account, request.Id) };
    }
    if (status.State === 'SUCCEEDED' && status.AccountId && (await hasEmail(ctx, status.AccountId, step.email))) {
      return { outcome: 'already-done', id: status.AccountId, message: `created by an earlier request (${status.Id ?? 'unknown'})` };
    }
  }
  return undefined;
}

function stillInProgress(poll: PollOptions, account: string, requestId: string | undefined): string {
  return (
    `CreateAccount for ${account} is still IN_PROGRESS after ${poll.timeoutMs < 1000 ? `${poll.timeoutMs} ms` : `${Math.round(poll.timeoutMs / 1000)} s`} (request ${requestId ?? 'unknown'}). ` +
    'Re-run the apply later: it finds this request and does not create the account twice.'
  );
}

/** Polls with a doubling wait until the request leaves IN_PROGRESS; undefined on timeout. */
async function waitForCreate(ctx: StepContext, requestId: string, account: string): Promise<CreateAccountStatus | undefined> {
  const started = Date.now();
  let wait = ctx.poll.intervalMs;
  for (;;) {
    await sleep(Math.min(wait, Math.max(0, ctx.poll.timeoutMs - (Date.now() - started))));
    const answer = await ctx.send('organizations', 'DescribeCreateAccountStatus', `CreateAccountRequestId=${requestId} (${account})`, () =>
      ctx.clients.organizations.send(new DescribeCreateAccountStatusCommand({ CreateAccountRequestId: requestId })),
    );
    const status = answer.CreateAccountStatus;
    if (status && status.State !== 'IN_PROGRESS') return status;
    if (Date.now() - started >= ctx.poll.timeoutMs) return undefined;
    wait = Math.min(wait * 2, ctx.poll.maxIntervalMs);
  }
}

async function hasEmail(ctx: StepContext, accountId: string, email: string): Promise<boolean> {
  try {
    const answer = await ctx.send('organizations', 'DescribeAccount', `AccountId=${accountId}`, () =>
      ctx.clients.organizations.send(new DescribeAccountCommand({ AccountId: accountId })),
    );
    return (answer.Account?.Email ?? '').toLowerCase() === email.toLowerCase();
  } catch (error) {
    if ((error as { name?: string }).name === 'AccountNotFoundException') return false;
    throw error;
  }
}

/**
 * Every IN_PROGRESS and SUCCEEDED CreateAccount request the organization remembers (about 90 days),
 * newest first. An endpoint without ListCreateAccountStatus (an emulator) gives none: the email check still holds.
 */
export async function listCreateRequests(ctx: Pick<StepContext, 'clients' | 'send' | 'log'>): Promise<CreateAccountStatus[]> {
  return ctx.send('organizations', 'ListCreateAccountStatus', 'States=IN_PROGRESS,SUCCEEDED', async () => {
    const all: CreateAccountStatus[] = [];
    try {
      for await (const page of paginateListCreateAccountStatus({ client: ctx.clients.organizations, pageSize: 20 }, { States: ['IN_PROGRESS', 'SUCCEEDED'] })) {
        all.push(...(page.CreateAccountStatuses ?? []));
      }
    } catch (error) {
      if (!isUnsupportedOperation(error)) throw error;
      ctx.log('ListCreateAccountStatus is not supported by this endpoint: earlier CreateAccount requests cannot be checked');
    }
    return all.sort((a, b) => (b.RequestedTimestamp?.getTime() ?? 0) - (a.RequestedTimestamp?.getTime() ?? 0));
  });
}
