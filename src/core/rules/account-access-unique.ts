import { quote } from '../schema/display';
import type { Rule, RuleHit } from './rule';

/**
 * An account lists each Identity Center assignment (group or user × permission set) once. Names
 * are compared without case: IAM names (a permission set becomes an IAM role) are unique without
 * regard to case, and a reviewer cannot tell `Admins` from `admins` apart either; so two spellings
 * are treated as one assignment written twice, never as two. (The plan compares spellings as
 * written, so changing one still shows.)
 */
export const accountAccessUnique: Rule = {
  name: 'account-access-unique',
  description: 'An account lists each access assignment (group or user × permission set) once, compared without case.',
  defaultSeverity: 'error',
  check(input) {
    const hits: RuleHit[] = [];
    const accounts = input.head.raw.accounts;
    if (!Array.isArray(accounts)) return hits;
    for (const account of input.head.catalog.accounts) {
      if (account.access.length < 2) continue;
      // The entries as written, so each finding points at the entry's own line.
      const entry: unknown = accounts[account.index];
      const access = typeof entry === 'object' && entry !== null ? (entry as { access?: unknown }).access : undefined;
      if (!Array.isArray(access)) continue;
      const first = new Map<string, number>();
      for (let i = 0; i < access.length; i++) {
        const assignment = assignmentOf(access[i]);
        if (assignment === undefined) continue; // a shape `schema` reports
        const key = `${assignment.principal.toLowerCase()}\u0000${assignment.permissionSet.toLowerCase()}`;
        const earlier = first.get(key);
        if (earlier === undefined) {
          first.set(key, i);
          continue;
        }
        const spelling = assignmentOf(access[earlier])!;
        const sameText = spelling.principal === assignment.principal && spelling.permissionSet === assignment.permissionSet;
        const why = sameText ? '' : ' (compared without case: AWS may treat names that differ only in case as one, and a reviewer would)';
        hits.push({
          message:
            `Account ${quote(account.name)}: access[${i}] gives ${assignment.shown} again: access[${earlier}] already does${why}. ` +
            'Remove the duplicate.',
          path: ['accounts', account.index, 'access', i],
          account: account.name,
        });
      }
    }
    return hits;
  },
};

interface Assignment {
  /** `group:<name>` or `user:<name>` (an entry naming both counts as both together). */
  readonly principal: string;
  readonly permissionSet: string;
  readonly shown: string;
}

function assignmentOf(raw: unknown): Assignment | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const { group, user, permissionSet } = raw as Record<string, unknown>;
  if (typeof permissionSet !== 'string') return undefined;
  const names: string[] = [];
  const shown: string[] = [];
  if (typeof group === 'string') {
    names.push(`group:${group}`);
    shown.push(`group ${quote(group)}`);
  }
  if (typeof user === 'string') {
    names.push(`user:${user}`);
    shown.push(`user ${quote(user)}`);
  }
  if (names.length === 0) return undefined;
  return { principal: names.join('\u0000'), permissionSet, shown: `${shown.join(' and ')} the permission set ${quote(permissionSet)}` };
}
