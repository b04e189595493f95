import type { ApprovalPolicy, LabelApplication, PullRequestContext } from '../model';

/** Whether an approval label counts (spec section 8: "labels are not enough"). */
export type ApprovalVerdict =
  | { readonly state: 'approved'; readonly by?: string }
  | { readonly state: 'missing' }
  | { readonly state: 'not-approver'; readonly actor?: string }
  | { readonly state: 'author'; readonly actor: string }
  | { readonly state: 'stale'; readonly actor?: string; readonly appliedAt?: string; readonly changedAt: string }
  | { readonly state: 'membership-unknown'; readonly actor: string; readonly teams: readonly string[]; readonly reason?: string };

/**
 * Judges the approval `policy` asks for on a pull request.
 * - The label must be applied now (names compare case-insensitively, as GitHub's do).
 * - A CLI `--labels` label is trusted: it counts as applied by an approver after every change.
 * - The pull request's author never approves their own change, unless `policy.allowAuthor` says so.
 * - Otherwise whoever applied it must be one of `users` or a member of one of `teams`
 *   (logins compare case-insensitively); a team whose members are not in `pr.teamMembers` is unknown.
 * - It must have been applied strictly after `changedAt`, the last change to what it approves;
 *   an application with no time cannot prove that and is stale.
 * `policy` must be the judging (base) policy: never the head's.
 */
export function judgeApproval(policy: ApprovalPolicy, pr: PullRequestContext, changedAt?: string): ApprovalVerdict {
  const wanted = policy.label.toLowerCase();
  const applications = pr.labels.filter((l) => typeof l.label === 'string' && l.label.toLowerCase() === wanted);
  if (applications.length === 0) return { state: 'missing' };
  // GitHub reports one application per label; if an adapter gives several, the best one decides.
  const verdicts = applications.map((a) => judgeOne(a, policy, pr, changedAt));
  return verdicts.find((v) => v.state === 'approved') ?? verdicts.find((v) => v.state === 'stale') ?? verdicts.find((v) => v.state === 'membership-unknown') ?? verdicts[0];
}

function judgeOne(application: LabelApplication, policy: ApprovalPolicy, pr: PullRequestContext, changedAt: string | undefined): ApprovalVerdict {
  if (application.trusted === true) return { state: 'approved' };
  const actor = application.actor;
  if (!actor) return { state: 'not-approver' };
  const login = actor.toLowerCase();
  if (policy.allowAuthor !== true && pr.author !== undefined && pr.author.toLowerCase() === login) return { state: 'author', actor };
  const isUser = policy.users.some((u) => u.toLowerCase() === login);
  if (!isUser) {
    const members = teamMembers(pr);
    const unknown: string[] = [];
    let isMember = false;
    for (const team of policy.teams) {
      const list = members.get(team.toLowerCase());
      if (list === undefined) unknown.push(team);
      else if (list.has(login)) isMember = true;
    }
    if (!isMember) {
      if (unknown.length > 0) return { state: 'membership-unknown', actor, teams: unknown, ...(pr.teamMembershipUnavailable ? { reason: pr.teamMembershipUnavailable } : {}) };
      return { state: 'not-approver', actor };
    }
  }
  if (changedAt !== undefined && !appliedAfter(application.at, changedAt)) {
    return { state: 'stale', actor, ...(application.at ? { appliedAt: application.at } : {}), changedAt };
  }
  return { state: 'approved', by: actor };
}

/** True only when both times parse and the label came strictly later: unknown means not proven. */
function appliedAfter(appliedAt: string | undefined, changedAt: string): boolean {
  if (!appliedAt) return false;
  const applied = Date.parse(appliedAt);
  const changed = Date.parse(changedAt);
  return Number.isFinite(applied) && Number.isFinite(changed) && applied > changed;
}

const membersCache = new WeakMap<PullRequestContext, Map<string, Set<string>>>();

/** pr.teamMembers with lower-cased team keys and logins, built once per context. */
function teamMembers(pr: PullRequestContext): Map<string, Set<string>> {
  let map = membersCache.get(pr);
  if (!map) {
    map = new Map();
    for (const [team, logins] of Object.entries(pr.teamMembers ?? {})) {
      const set = map.get(team.toLowerCase()) ?? new Set<string>();
      for (const login of logins ?? []) set.add(String(login).toLowerCase());
      map.set(team.toLowerCase(), set);
    }
    membersCache.set(pr, map);
  }
  return map;
}
