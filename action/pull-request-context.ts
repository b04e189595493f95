import type { Evaluation } from '../src/core/engine';
import type { ApprovalPolicy, LabelApplication, Policy, PullRequestContext } from '../src/core/model';
import { readChangeTimes, type CommitHistory } from './change-times';
import type { PullRequestEvent } from './event';
import { httpStatus, type GitHubClient } from './github-client';

export interface ContextRequest {
  readonly api: GitHubClient;
  /** From readLabelApplications, started early. */
  readonly labels: readonly LabelApplication[];
  /** Client for team membership (`approvals-token`), when one was given. */
  readonly approvalsApi?: GitHubClient;
  readonly event: PullRequestEvent;
  /** The judging policy: the base catalog's (the head's only for a first PR). */
  readonly policy: Policy;
  readonly catalogEntries: readonly string[];
  /** Accounts whose budget needs approval: their last budget change is looked up. */
  readonly budgetAccounts: readonly string[];
  /** Whether an approval depends on when the catalog last changed (closing, policy change). */
  readonly needsCatalogTime: boolean;
  /** From readCommitHistory, started early; awaited only when an approval needs change times. */
  readonly history: Promise<CommitHistory>;
  /** From readProtectedFileChanges: workflow edits and catalog files deleted or moved. */
  readonly files: Pick<PullRequestContext, 'protectedFileChanges' | 'fileListUnavailable'>;
}

interface IssueEvent {
  readonly event?: string;
  readonly created_at?: string;
  readonly actor?: { readonly login?: string } | null;
  readonly label?: { readonly name?: string } | null;
}

/**
 * What the approval rules need to know about the pull request (spec section 8), read from the
 * API at run time, never from the event payload (a re-run replays the old payload).
 */
export async function readPullRequestContext(request: ContextRequest): Promise<PullRequestContext> {
  const { api, event, policy, labels: applications } = request;
  const approvals = [policy.budget.approval, policy.closing.approval];
  const membership = await readTeamMembership(request.approvalsApi, approvals, applications);
  const { files } = request;
  const fileApproval = (files.protectedFileChanges?.length ?? 0) > 0 || files.fileListUnavailable !== undefined;
  const times =
    request.budgetAccounts.length > 0 || request.needsCatalogTime || fileApproval
      ? await readChangeTimes(api, event, request.catalogEntries, request.budgetAccounts, request.history)
      : { budgetChangedAt: {} };
  return {
    labels: applications,
    ...membership,
    budgetChangedAt: times.budgetChangedAt,
    ...(times.catalogChangedAt ? { catalogChangedAt: times.catalogChangedAt } : {}),
    ...(times.headChangedAt ? { headChangedAt: times.headChangedAt } : {}),
    headSha: event.headSha,
    author: event.author,
    ...files,
  };
}

/** Which approvals the draft evaluation asks for, and the policy that judges them (the base's). */
export function approvalNeeds(draft: Evaluation): Pick<ContextRequest, 'policy' | 'budgetAccounts' | 'needsCatalogTime'> {
  const approvals = draft.plan.findings.filter((f) => f.rule.endsWith('-approval'));
  return {
    policy: draft.policy,
    budgetAccounts: approvals.filter((f) => f.rule === 'budget-approval' && f.account !== undefined).map((f) => f.account!),
    needsCatalogTime: approvals.some((f) => f.rule !== 'budget-approval'),
  };
}

/** The labels applied now (from the API: a re-run replays a stale payload), with who applied each and when. */
export async function readLabelApplications(api: GitHubClient, event: PullRequestEvent): Promise<LabelApplication[]> {
  const issue = { ...event.repository, issue_number: event.number, per_page: 100 };
  const [labels, events] = await Promise.all([api.paginate(api.rest.issues.listLabelsOnIssue, issue), api.paginate(api.rest.issues.listEvents, issue)]);
  return labelApplications(
    labels.map((l) => l.name),
    events as IssueEvent[],
  );
}

/**
 * A first catalog (none on the base branch) is judged by its own policy, which the pull request wrote.
 * So its approval labels count only when a repository admin or maintainer applied them: a pull request
 * cannot make its author an approver. Other labels keep their time but lose their actor (not an approver).
 */
export async function labelsFromMaintainers(api: GitHubClient, event: PullRequestEvent, labels: readonly LabelApplication[]): Promise<LabelApplication[]> {
  const maintainers = new Map<string, Promise<boolean>>();
  const isMaintainer = (login: string) => {
    const key = login.toLowerCase();
    if (!maintainers.has(key)) maintainers.set(key, hasMaintainRole(api, event, login));
    return maintainers.get(key)!;
  };
  return Promise.all(labels.map(async (a) => (!a.actor || (await isMaintainer(a.actor)) ? a : { label: a.label, ...(a.at ? { at: a.at } : {}) })));
}

async function hasMaintainRole(api: GitHubClient, event: PullRequestEvent, username: string): Promise<boolean> {
  try {
    const { data } = await api.rest.repos.getCollaboratorPermissionLevel({ ...event.repository, username });
    const role = (data as { role_name?: string }).role_name ?? data.permission;
    return role === 'admin' || role === 'maintain';
  } catch (error) {
    const status = httpStatus(error);
    if (status === 404 || status === 403) return false; // not a collaborator, or not visible: not a maintainer
    throw error;
  }
}

/** Each applied label with the latest `labeled` event for it: who applied it and when. */
export function labelApplications(applied: readonly string[], events: readonly IssueEvent[]): LabelApplication[] {
  const latest = new Map<string, IssueEvent>();
  for (const e of events) {
    const name = e.label?.name;
    if (e.event !== 'labeled' || !name) continue;
    const key = name.toLowerCase();
    const seen = latest.get(key);
    if (!seen || Date.parse(e.created_at ?? '') >= Date.parse(seen.created_at ?? '')) latest.set(key, e);
  }
  return applied.map((label) => {
    const e = latest.get(label.toLowerCase());
    return { label, ...(e?.actor?.login ? { actor: e.actor.login } : {}), ...(e?.created_at ? { at: e.created_at } : {}) };
  });
}

/**
 * Active membership of each approver team, for the people who applied approval labels
 * (GET /orgs/{org}/teams/{slug}/memberships/{login}: `state: active` counts, `pending` does not).
 */
async function readTeamMembership(
  approvalsApi: GitHubClient | undefined,
  approvals: readonly ApprovalPolicy[],
  applications: readonly LabelApplication[],
): Promise<Pick<PullRequestContext, 'teamMembers' | 'teamMembershipUnavailable'>> {
  const checks = new Map<string, Set<string>>();
  for (const approval of approvals) {
    const application = applications.find((a) => a.label.toLowerCase() === approval.label.toLowerCase());
    const actor = application?.actor?.toLowerCase();
    if (!actor || approval.users.some((u) => u.toLowerCase() === actor)) continue;
    for (const team of approval.teams) {
      const key = team.toLowerCase();
      checks.set(key, (checks.get(key) ?? new Set()).add(actor));
    }
  }
  if (checks.size === 0) return { teamMembers: {} };
  if (!approvalsApi) {
    return { teamMembers: {}, teamMembershipUnavailable: 'GITHUB_TOKEN cannot read team membership: give the Action an approvals-token with read:org' };
  }
  const teamMembers: Record<string, string[]> = {};
  const refused: string[] = [];
  for (const [team, actors] of checks) {
    const [org, slug] = team.split('/');
    if (!org || !slug) continue;
    const members: string[] = [];
    let known = true;
    for (const actor of actors) {
      try {
        const { data } = await approvalsApi.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: actor });
        if (data.state === 'active') members.push(actor);
      } catch (error) {
        const status = httpStatus(error);
        if (status === 404) {
          // Not a member, unless the token cannot see the team at all (GitHub answers 404 then too).
          if (await teamVisible(approvalsApi, org, slug)) continue;
          known = false;
          refused.push(`${team} (the team is not visible to it)`);
          break;
        }
        if (status === 401 || status === 403) {
          known = false;
          refused.push(`${team} (HTTP ${status})`);
          break;
        }
        throw error;
      }
    }
    if (known) teamMembers[team] = members;
  }
  return {
    teamMembers,
    ...(refused.length > 0 ? { teamMembershipUnavailable: `the approvals-token could not read team membership of ${refused.join(', ')}; it needs read:org and the team must exist` } : {}),
  };
}

async function teamVisible(api: GitHubClient, org: string, slug: string): Promise<boolean> {
  try {
    await api.rest.teams.getByName({ org, team_slug: slug });
    return true;
  } catch (error) {
    if (httpStatus(error) === 404) return false;
    throw error;
  }
}
