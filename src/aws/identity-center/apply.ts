import {
  CreateAccountAssignmentCommand,
  DeleteAccountAssignmentCommand,
  DescribeAccountAssignmentCreationStatusCommand,
  DescribeAccountAssignmentDeletionStatusCommand,
  type AccountAssignmentOperationStatus,
} from '@aws-sdk/client-sso-admin';
import type { LiveStep } from '../../core/model';
import { sleep, type PollOptions } from '../poll';
import type { Semaphore } from '../pool';
import type { StepContext } from '../step-context';
import type { IdentityCenterClients } from './clients';

/** Identity Center allows 10 assignment operations in progress at once (spec section 11). */
export const ASSIGNMENTS_IN_FLIGHT = 10;

/** What apply needs to change assignments: the clients, the instance, and the in-flight slots of the run. */
export interface AccessApplyContext {
  readonly clients: IdentityCenterClients;
  readonly instanceArn: string;
  readonly slots: Semaphore;
}

type AccessStep = Extract<LiveStep, { kind: 'assign-access' | 'unassign-access' }>;

export interface AccessResult {
  readonly outcome: 'done' | 'already-done' | 'failed';
  readonly message?: string;
}

/** Assignment requests usually finish in seconds: poll from 1 s, at most every 5 s, within the run's timeout. */
function assignmentPoll(poll: PollOptions): PollOptions {
  return { intervalMs: Math.min(poll.intervalMs, 1_000), maxIntervalMs: Math.min(poll.maxIntervalMs, 5_000), timeoutMs: poll.timeoutMs };
}

/**
 * CreateAccountAssignment or DeleteAccountAssignment (PrincipalType GROUP), then its status polled
 * until SUCCEEDED or FAILED, holding one of the 10 in-flight slots from the call to the end.
 * Both are safe to repeat: creating an assignment that exists succeeds, deleting one that is gone is
 * ResourceNotFound (done), and a request still running from a killed run answers ConflictException,
 * so this waits and asks again.
 */
export async function changeAssignment(ctx: StepContext, ic: AccessApplyContext, step: AccessStep, accountId: string): Promise<AccessResult> {
  const poll = assignmentPoll(ctx.poll);
  const input = {
    InstanceArn: ic.instanceArn,
    TargetId: accountId,
    TargetType: 'AWS_ACCOUNT' as const,
    PermissionSetArn: step.permissionSetArn,
    PrincipalType: step.principalType as 'GROUP' | 'USER',
    PrincipalId: step.principalId,
  };
  const creating = step.kind === 'assign-access';
  const operation = creating ? 'CreateAccountAssignment' : 'DeleteAccountAssignment';
  const detail = `TargetId=${accountId} PermissionSet=${step.permissionSet} ${step.principalType}=${step.group}`;
  return ic.slots.use(async () => {
    const started = Date.now();
    let wait = poll.intervalMs;
    let status: AccountAssignmentOperationStatus | undefined;
    for (;;) {
      try {
        status = creating
          ? (await ctx.send('sso-admin', operation, detail, () => ic.clients.ssoAdmin.send(new CreateAccountAssignmentCommand(input)))).AccountAssignmentCreationStatus
          : (await ctx.send('sso-admin', operation, detail, () => ic.clients.ssoAdmin.send(new DeleteAccountAssignmentCommand(input)))).AccountAssignmentDeletionStatus;
        break;
      } catch (error) {
        const name = (error as { name?: string }).name;
        if (!creating && name === 'ResourceNotFoundException') return { outcome: 'already-done' };
        if (name !== 'ConflictException' || Date.now() - started > poll.timeoutMs) throw error;
        // Another operation on the same assignment is in progress (an earlier run's): let it finish.
        await sleep(wait);
        wait = Math.min(wait * 2, poll.maxIntervalMs);
      }
    }
    wait = poll.intervalMs;
    while (status?.Status === 'IN_PROGRESS' && status.RequestId) {
      if (Date.now() - started > poll.timeoutMs) {
        return { outcome: 'failed', message: `the request ${status.RequestId} was still in progress after ${Math.round(poll.timeoutMs / 1000)} s; re-run: the next run finds the finished assignment` };
      }
      await sleep(wait);
      wait = Math.min(wait * 2, poll.maxIntervalMs);
      const RequestId = status.RequestId;
      status = creating
        ? (await ctx.send('sso-admin', 'DescribeAccountAssignmentCreationStatus', `RequestId=${RequestId}`, () =>
            ic.clients.ssoAdmin.send(new DescribeAccountAssignmentCreationStatusCommand({ InstanceArn: ic.instanceArn, AccountAssignmentCreationRequestId: RequestId })),
          )).AccountAssignmentCreationStatus
        : (await ctx.send('sso-admin', 'DescribeAccountAssignmentDeletionStatus', `RequestId=${RequestId}`, () =>
            ic.clients.ssoAdmin.send(new DescribeAccountAssignmentDeletionStatusCommand({ InstanceArn: ic.instanceArn, AccountAssignmentDeletionRequestId: RequestId })),
          )).AccountAssignmentDeletionStatus;
    }
    if (status?.Status === 'SUCCEEDED') return { outcome: 'done' };
    return { outcome: 'failed', message: assignmentFailureMessage(step, accountId, status?.FailureReason) };
  });
}

/** AWS's FailureReason is free text: the usual causes get a line that says what to do. */
const HINTS: readonly (readonly [RegExp, string])[] = [
  [/customer managed|not supported policy|policy.*(not found|does not exist|404)|permissions boundary/i, 'a customer managed policy or permissions boundary the permission set references does not exist in that account: create it there (same name and path), then re-run'],
  [/(principal|group).*(not (be )?found|does not exist|deleted)/i, 'the group no longer exists in the identity store: re-create or re-sync it, or remove the entry'],
  [/limit|quota|maximum/i, 'an Identity Center or IAM quota was reached (e.g. roles or permission sets per account): remove unused assignments or ask AWS to raise it'],
  [/service control|scp|explicit deny|not authori[sz]ed|access ?denied/i, 'a service control policy or permission in that account stops IAM Identity Center from creating its role: allow it, then re-run'],
  [/in progress|conflict|concurrent/i, 'another change to this assignment ran at the same time: re-run'],
];

export function assignmentFailureMessage(step: AccessStep, accountId: string, reason: string | undefined): string {
  const what = `${step.kind === 'assign-access' ? 'assign' : 'remove'} ${step.group} × ${step.permissionSet} on ${step.account} (${accountId})`;
  const said = (reason ?? '').replace(/\s+/g, ' ').trim().slice(0, 300).replace(/\.+$/, '');
  const hint = HINTS.find(([pattern]) => pattern.test(said))?.[1] ?? 're-run; if it fails again, look at the assignment in the IAM Identity Center console';
  return `IAM Identity Center could not ${what}${said ? `: ${said}` : ' (no reason given)'}. Fix: ${hint}.`;
}
