import { usd } from '../report/money';
import type { LiveStep } from '../model';

/**
 * What apply will do, in plain words, one line per step (the plan's "On merge, apply will" section
 * and `plan --live --format text`): "create account ship-staging in /Workloads/Dev", "raise the
 * budget of ship-prod from $500 to $750", "close dock-legacy-dev". Catalog text is raw: reporters escape it.
 */
export function describePlainStep(step: LiveStep): string {
  switch (step.kind) {
    case 'create-ou':
      return `create OU ${step.ou}`;
    case 'create-account':
      return `create account ${step.account} in ${step.ou}`;
    case 'move-account':
      return `move ${step.account} from ${step.from} to ${step.to}`;
    case 'tag-account':
      return `tag ${step.account} with ${Object.entries(step.tags).map(([k, v]) => `${k}=${v}`).join(', ')}`;
    case 'untag-account':
      return `remove the tag${step.keys.length === 1 ? '' : 's'} ${step.keys.join(', ')} from ${step.account}`;
    case 'create-budget':
      return `create the budget of ${step.account}: ${usd(step.budget.monthlyUsd)} a month`;
    case 'update-budget': {
      const from = step.from.monthlyUsd;
      const to = step.budget.monthlyUsd;
      if (Math.round(from * 100) === Math.round(to * 100)) return `update the budget alerts of ${step.account}`;
      return `${to > from ? 'raise' : 'lower'} the budget of ${step.account} from ${usd(from)} to ${usd(to)}`;
    }
    case 'close-account':
      return `close ${step.account}`;
    default: {
      // Step kinds added later (e.g. access) still get a line.
      const other = step as { kind: string; account?: string };
      return `${other.kind.replace(/-/g, ' ')}${other.account ? ` ${other.account}` : ''}`;
    }
  }
}

/**
 * The steps as a reader follows them: a new account's move from the root into its OU is part of
 * "create account X in OU", so it is not a line of its own.
 */
export function plainSteps(steps: readonly LiveStep[]): LiveStep[] {
  return steps.filter((s) => !(s.kind === 'move-account' && s.id === undefined));
}
