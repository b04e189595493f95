import type { AwsAccountRepoOptions } from './options';

/** The string options a `projen new` command line may give as digits (yargs makes them numbers). */
const ID_OPTIONS = ['devAccountId', 'prodAccountId', 'usersAccountId'] as const;
const OTHER_STRING_OPTIONS = [
  'team', 'product', 'region', 'emailDomain', 'teamEmail', 'githubTeam', 'devAccountName', 'devAccountEmail', 'devOu',
  'prodAccountName', 'prodAccountEmail', 'prodOu', 'ssoStartUrl', 'ssoRegion', 'ssoGroup', 'devPermissionSet',
  'prodPermissionSet', 'rolePrefix', 'actionOwner', 'actionVersion', 'actionRef',
] as const;

/**
 * `projen new --dev-account-id 111111111111` hands the id over as a number, and would write it
 * unquoted into .projenrc.ts, where it no longer type-checks. Turn such values back into text
 * (account ids are 12 digits, so a lost leading zero is restored), in the options and in the
 * `__new__` arguments that .projenrc.ts is rendered from.
 */
export function normalizeCommandLine(options: AwsAccountRepoOptions): AwsAccountRepoOptions {
  const fix = (values: Record<string, unknown>): Record<string, unknown> => {
    const out = { ...values };
    for (const key of ID_OPTIONS) if (typeof out[key] === 'number') out[key] = String(out[key]).padStart(12, '0');
    for (const key of OTHER_STRING_OPTIONS) if (typeof out[key] === 'number') out[key] = String(out[key]);
    return out;
  };
  const fixed = fix(options as unknown as Record<string, unknown>);
  const init = fixed.__new__ as { args?: Record<string, unknown> } | undefined;
  if (init?.args) fixed.__new__ = { ...init, args: fix(init.args) };
  return fixed as unknown as AwsAccountRepoOptions;
}
