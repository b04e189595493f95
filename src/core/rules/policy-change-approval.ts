import { requireApproval } from '../approval/require';
import type { NodePath } from '../model';
import { firstDifference, isRecord } from '../plan/canonical';
import { quote } from '../schema/display';
import type { Rule, RuleHit } from './rule';

/** The sections that decide who approves and what is allowed. */
const SECTIONS = ['policy', 'organization', 'environments'] as const;

/**
 * A change to `policy`, `organization`, `environments` or any team's `github` needs the closing
 * approval (the platform team's label), as does a new catalog with no base. The raw merged data is
 * compared structurally, so spelling out a default is a change too. The change itself is judged by
 * the base's policy: editing the policy never approves the edit.
 */
export const policyChangeApproval: Rule = {
  name: 'policy-change-approval',
  description: "A change to policy, organization, environments or a team's github needs the closing approval label, applied by an approver.",
  defaultSeverity: 'error',
  check(input) {
    const { pr, policy } = input;
    const need = (what: string, path: NodePath): RuleHit | undefined =>
      requireApproval({ what, subject: 'the catalog', policy: policy.closing.approval, pr, changedAt: pr?.catalogChangedAt, path });
    if (!input.base) {
      const hit = need('Without a base catalog this is judged as a new catalog, which sets its own policy', ['policy']);
      return hit ? [hit] : [];
    }
    const before = input.base.raw;
    const after = input.head.raw;
    const changed: NodePath[] = [];
    for (const section of SECTIONS) {
      const difference = firstDifference(before[section], after[section], [section]);
      if (difference) changed.push(difference);
    }
    const baseTeams = isRecord(before.teams) ? before.teams : {};
    const headTeams = isRecord(after.teams) ? after.teams : {};
    for (const team of [...new Set([...Object.keys(baseTeams), ...Object.keys(headTeams)])].sort()) {
      const from = isRecord(baseTeams[team]) ? baseTeams[team].github : undefined;
      const to = isRecord(headTeams[team]) ? headTeams[team].github : undefined;
      if (firstDifference(from, to)) changed.push(['teams', team, 'github']);
    }
    const hits: RuleHit[] = [];
    for (const path of changed) {
      const hit = need(`This change edits ${pathText(path)} (until it merges, the base branch's policy applies)`, path);
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

function pathText(path: NodePath): string {
  // Keys come from the catalog: anything unusual is quoted (and bounded) like other catalog text.
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${/^[A-Za-z0-9_-]+$/.test(p) ? p : quote(p)}`)).join('');
}
