/** The string options of a project type that a `projen new` command line may give as digits. */
export interface StringOptionNames {
  /** 12-digit account ids: a lost leading zero is restored. */
  readonly ids: readonly string[];
  readonly others: readonly string[];
}

/** aws-account-repo's options that are text. */
export const TEAM_REPO_STRING_OPTIONS: StringOptionNames = {
  ids: ['devAccountId', 'prodAccountId', 'usersAccountId'],
  others: [
    'team', 'product', 'region', 'emailDomain', 'teamEmail', 'githubTeam', 'devAccountName', 'devAccountEmail', 'devOu',
    'prodAccountName', 'prodAccountEmail', 'prodOu', 'ssoStartUrl', 'ssoRegion', 'ssoGroup', 'devPermissionSet',
    'prodPermissionSet', 'rolePrefix', 'actionOwner', 'actionVersion', 'actionRef', 'organizationCatalog', 'organizationTokenSecret',
  ],
};

/**
 * `projen new --dev-account-id 111111111111` hands the id over as a number, and would write it
 * unquoted into .projenrc.ts, where it no longer type-checks. Turn such values back into text
 * (account ids are 12 digits, so a lost leading zero is restored), in the options and in the
 * `__new__` arguments that .projenrc.ts is rendered from.
 */
export function normalizeCommandLine<T extends object>(options: T, names: StringOptionNames = TEAM_REPO_STRING_OPTIONS): T {
  const fix = (values: Record<string, unknown>): Record<string, unknown> => {
    const out = { ...values };
    for (const key of names.ids) if (typeof out[key] === 'number') out[key] = String(out[key]).padStart(12, '0');
    for (const key of names.others) if (typeof out[key] === 'number') out[key] = String(out[key]);
    return out;
  };
  const fixed = fix(options as unknown as Record<string, unknown>);
  const init = fixed.__new__ as { args?: Record<string, unknown> } | undefined;
  if (init?.args) fixed.__new__ = { ...init, args: fix(init.args) };
  return fixed as unknown as T;
}
