import type { LiveStep } from '../model';

/** One line per live step, e.g. `move ship-dev from /Workloads/Dev to /Sandbox`. Catalog text is raw: reporters escape it. */
export function describeLiveStep(step: LiveStep): string {
  switch (step.kind) {
    case 'create-ou':
      return `create OU ${step.ou}`;
    case 'create-account':
      return `create account ${step.account} <${step.email}> in ${step.ou}`;
    case 'move-account':
      return `move ${step.account} from ${step.from} to ${step.to}`;
    case 'tag-account':
      return `tag ${step.account}: ${Object.entries(step.tags).map(([k, v]) => `${k}=${v}`).join(', ')}`;
    case 'untag-account':
      return `untag ${step.account}: ${step.keys.join(', ')}`;
    case 'create-budget':
      return `create budget for ${step.account}: ${step.budget.monthlyUsd} USD/month`;
    case 'update-budget':
      return `update budget for ${step.account}: ${step.from.monthlyUsd} -> ${step.budget.monthlyUsd} USD/month`;
    case 'close-account':
      return `close account ${step.account} (${step.id})`;
    case 'assign-access':
      return `assign ${step.group} × ${step.permissionSet} on ${step.account}${step.production ? ' (production)' : ''}`;
    case 'unassign-access':
      return `unassign ${step.group} × ${step.permissionSet} on ${step.account}${step.production ? ' (production)' : ''} (not in the catalog; policy.access.mode: authoritative)`;
  }
}
