import { accountNameFormat } from './account-name-format';
import { accountNameConvention } from './account-name-convention';
import { accountNameUnique } from './account-name-unique';
import { accountEmailFormat } from './account-email-format';
import { accountEmailDomain } from './account-email-domain';
import { accountEmailUnique } from './account-email-unique';
import { accountOwnerKnown } from './account-owner-known';
import { accountOuKnown } from './account-ou-known';
import { accountEnvironmentKnown } from './account-environment-known';
import { accountIdFormat } from './account-id-format';
import { budgetAmount } from './budget-amount';
import { budgetAlerts } from './budget-alerts';
import { budgetApproval } from './budget-approval';
import { budgetBelowForecast } from './budget-below-forecast';
import { productionAccess } from './production-access';
import { productionIamUsers } from './production-iam-users';
import { accountRemoved } from './account-removed';
import { accountClosureApproval } from './account-closure-approval';
import { accountClosureQuota } from './account-closure-quota';
import { managementAccountProtected } from './management-account-protected';
import { tagFormat } from './tag-format';
import { policyChangeApproval } from './policy-change-approval';
import type { Rule } from './rule';

/** Every rule after `yaml-syntax` and `schema`, in the order they run. */
export const RULES: readonly Rule[] = [
  accountNameFormat,
  accountNameConvention,
  accountNameUnique,
  accountEmailFormat,
  accountEmailDomain,
  accountEmailUnique,
  accountOwnerKnown,
  accountOuKnown,
  accountEnvironmentKnown,
  accountIdFormat,
  budgetAmount,
  budgetAlerts,
  budgetApproval,
  budgetBelowForecast,
  productionAccess,
  productionIamUsers,
  accountRemoved,
  accountClosureApproval,
  accountClosureQuota,
  managementAccountProtected,
  tagFormat,
  policyChangeApproval,
];
