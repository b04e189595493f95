import { closings } from '../plan/closings';
import type { Rule } from './rule';

/**
 * AWS lets an organization close only part of its member accounts per rolling 30 days
 * (CloseAccount quota): allowed = clamp(floor(percent % of active member accounts), minimum, maximum),
 * from the judging policy's `closing.quota`. One change may not close more than that.
 */
export const accountClosureQuota: Rule = {
  name: 'account-closure-quota',
  description: 'The accounts one change closes stay within the AWS CloseAccount quota (policy.closing.quota).',
  defaultSeverity: 'error',
  check(input) {
    if (!input.base) return [];
    const closing = closings(input.base.catalog, input.head.catalog);
    if (closing.length === 0) return [];
    const { percent, minimum, maximum } = input.policy.closing.quota;
    const management = input.base.catalog.organization.managementAccountId;
    // The management account is not a member account.
    const active = input.base.catalog.accounts.filter((a) => a.state !== 'closed' && !(management && a.id === management)).length;
    const allowed = Math.min(Math.max(Math.floor((percent * active) / 100), minimum), maximum);
    if (closing.length <= allowed) return [];
    const first = closing[allowed];
    const where = first.head
      ? { path: ['accounts', first.head.index, 'state'], account: first.head.name }
      : { path: ['accounts', first.base.index], side: 'base' as const, account: first.base.name };
    return [
      {
        ...where,
        message:
          `This change closes ${closing.length} accounts, more than the ${allowed} AWS lets the organization close in a rolling 30 days ` +
          `(${percent}% of ${active} active member accounts, at least ${minimum}, at most ${maximum}; policy.closing.quota). ` +
          `Close at most ${allowed} in this change and the rest in a later one, once the quota allows.`,
      },
    ];
  },
};
