import { requireApproval } from '../approval/require';
import type { CheckedCatalog, Finding, NodePath, SourceLocation } from '../model';
import { firstDifference, isRecord } from '../plan/canonical';
import { quote } from '../schema/display';
import type { Rule, RuleHit, RuleInput } from './rule';

/** The sections that decide who approves and what is allowed. */
const SECTIONS = ['policy', 'organization', 'environments'] as const;

/**
 * A change to `policy`, `organization`, `environments` or any team's `github` needs the closing
 * approval (the platform team's label), as do a new catalog with no base, a base catalog that does
 * not load cleanly, and (on a pull request) workflow edits and deleted or moved catalog files. The raw merged data is
 * compared structurally, so spelling out a default is a change too. The change itself is judged by
 * the base's policy: editing the policy never approves the edit.
 */
export const policyChangeApproval: Rule = {
  name: 'policy-change-approval',
  description: "A change to policy, organization, environments or a team's github needs the closing approval label, applied by an approver.",
  defaultSeverity: 'error',
  check(input) {
    const { pr, policy } = input;
    const need = (what: string, path: NodePath, location?: SourceLocation): RuleHit | undefined =>
      requireApproval({ what, subject: 'the catalog', policy: policy.closing.approval, pr, changedAt: pr?.catalogChangedAt, path, ...(location ? { location } : {}) });
    const hits = fileHits(input);
    if (!input.base) {
      const hit = need('Without a base catalog this is judged as a new catalog, which sets its own policy', ['policy']);
      return hit ? [...hits, hit] : hits;
    }
    const unread = baseProblems(input.base);
    if (unread.length > 0) {
      const [first] = unread;
      const more = unread.length > 1 ? ` and ${unread.length - 1} more` : '';
      const what = `The base branch's catalog does not load cleanly (${first.file}:${first.line}: ${first.message}${more}), so this change cannot be fully judged against it`;
      const hit = need(what, ['policy'], { file: first.file, line: first.line, column: first.column });
      if (hit) hits.push(hit);
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
    for (const path of changed) {
      const hit = need(`This change edits ${pathText(path)} (until it merges, the base branch's policy applies)`, path);
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

/**
 * A pull request that edits the workflow or deletes or moves catalog files changes how it is checked
 * (it can point the check at a path the base lacks, and so be judged as a first catalog). The Action
 * lists those files; when it could not read them, the change counts as one of them.
 */
function fileHits(input: RuleInput): RuleHit[] {
  const { pr, policy } = input;
  if (!pr) return [];
  const hits: RuleHit[] = [];
  const need = (what: string, file?: string): void => {
    const hit = requireApproval({
      what,
      subject: 'the pull request',
      policy: policy.closing.approval,
      pr,
      // Any later commit can change the file again: the approval must come after the newest one.
      changedAt: pr.headChangedAt ?? pr.catalogChangedAt,
      path: ['policy'],
      ...(file !== undefined ? { location: { file, line: 1, column: 1 } } : {}),
    });
    if (hit) hits.push(hit);
  };
  for (const change of pr.protectedFileChanges ?? []) need(`This pull request ${change.what}, which decides how the catalog is checked`, change.file);
  if (pr.fileListUnavailable !== undefined) {
    need(`The pull request's changed files could not be read (${pr.fileListUnavailable}), so it counts as changing the workflow and moving catalog files`);
  }
  return hits;
}

/** Errors that lose part of the base catalog: a file that did not parse, an entry that did not type. */
function baseProblems(base: CheckedCatalog): Finding[] {
  return [...base.source.findings, ...base.findings].filter((f) => f.severity === 'error');
}

function pathText(path: NodePath): string {
  // Keys come from the catalog: anything unusual is quoted (and bounded) like other catalog text.
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${/^[A-Za-z0-9_-]+$/.test(p) ? p : quote(p)}`)).join('');
}
