import { quote } from '../schema/display';
import type { Rule, RuleHit } from './rule';

/**
 * On a production account, standing Identity Center assignments may only use the judging
 * policy's productionStandingPermissionSets (the base branch's, so a PR cannot widen them).
 */
export const productionAccess: Rule = {
  name: 'production-access',
  description: 'Production accounts grant standing access only with policy.access.productionStandingPermissionSets.',
  defaultSeverity: 'error',
  check(input) {
    const allowed = input.policy.access.productionStandingPermissionSets;
    const allowedSet = new Set(allowed);
    const environments = input.head.catalog.environments;
    const hits: RuleHit[] = [];
    for (const account of input.head.catalog.accounts) {
      if (account.state === 'closed' || !isProduction(environments, account.environment)) continue;
      for (const [i, assignment] of account.access.entries()) {
        if (allowedSet.has(assignment.permissionSet)) continue;
        const principal = assignment.group !== undefined ? `group ${quote(assignment.group)}` : assignment.user !== undefined ? `user ${quote(assignment.user)}` : 'an assignment';
        const list = allowed.length === 0 ? 'none are allowed' : `allowed: ${allowed.slice(0, 8).map(quote).join(', ')}`;
        hits.push({
          message: `Account ${quote(account.name)} is production: ${principal} may not hold ${quote(assignment.permissionSet)} as standing access (${list}). Use an allowed permission set, or grant it just in time instead.`,
          path: ['accounts', account.index, 'access', i, 'permissionSet'],
          account: account.name,
        });
      }
    }
    return hits;
  },
};

export function isProduction(environments: Readonly<Record<string, { readonly production: boolean }>>, environment: string): boolean {
  return Object.prototype.hasOwnProperty.call(environments, environment) && environments[environment].production;
}
