import type { LiveStep } from '../core/model';
import { budgetName, uniqueAlerts } from './budgets';
import { parentOf } from './steps';

/** What dry-run prints: the calls a step would make, with their main parameters. */
export function wouldCall(step: LiveStep): string[] {
  const id = 'id' in step && step.id ? step.id : '<new account id>';
  switch (step.kind) {
    case 'create-ou':
      return [`organizations:CreateOrganizationalUnit Parent=${parentOf(step.ou)} Name=${step.ou.slice(step.ou.lastIndexOf('/') + 1)}`];
    case 'create-account':
      return [
        'organizations:ListCreateAccountStatus States=IN_PROGRESS,SUCCEEDED',
        `organizations:CreateAccount AccountName=${step.account} Email=${step.email} Tags=${Object.keys(step.tags).join(',')}`,
        'organizations:DescribeCreateAccountStatus (until SUCCEEDED or FAILED)',
      ];
    case 'move-account':
      return [`organizations:MoveAccount AccountId=${id} ${step.from} -> ${step.to}`];
    case 'tag-account':
      return [`organizations:TagResource ResourceId=${id} ${Object.entries(step.tags).map(([k, v]) => `${k}=${v}`).join(',')}`];
    case 'untag-account':
      return [`organizations:UntagResource ResourceId=${id} TagKeys=${step.keys.join(',')}`];
    case 'create-budget':
      return [`budgets:CreateBudget BudgetName=account-catalog-${id} ${step.budget.monthlyUsd} USD with ${uniqueAlerts(step.budget.alerts).length} notifications`];
    case 'update-budget':
      return [`budgets:UpdateBudget, DeleteNotification, CreateNotification (as needed) BudgetName=${budgetName(step.id)} ${step.budget.monthlyUsd} USD`];
    case 'close-account':
      return [`organizations:CloseAccount AccountId=${id}`];
    case 'assign-access':
      return [
        `sso-admin:CreateAccountAssignment TargetId=${id} PermissionSet=${step.permissionSet} GROUP=${step.group}`,
        'sso-admin:DescribeAccountAssignmentCreationStatus (until SUCCEEDED or FAILED)',
      ];
    case 'unassign-access':
      return [
        `sso-admin:DeleteAccountAssignment TargetId=${id} PermissionSet=${step.permissionSet} ${step.principalType}=${step.group}`,
        'sso-admin:DescribeAccountAssignmentDeletionStatus (until SUCCEEDED or FAILED)',
      ];
  }
}
