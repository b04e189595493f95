import type { awscdk } from 'projen';

/** This package: generated repos run its CLI in their build and its Action in their workflows. */
export const PACKAGE = 'aws-account-catalog';

/**
 * What both project types hand to awscdk-app-ts: the user's options (with projen new's hidden
 * `__new__` and `devDeps`, which must reach the base class), no sample code (the template writes its
 * own), ESLint off unless asked for, this package as a devDep, and the template's README.
 */
export function catalogAppOptions<T extends awscdk.AwsCdkTypeScriptAppOptions>(options: T, readme: () => string): T {
  return {
    ...options,
    sampleCode: false,
    // A small CDK app checked by tsc (strict) and its stack test; ESLint and its ~220 packages would make
    // `projen new` ~1.5x slower than awscdk-app-ts. Opt in with `eslint: true`.
    eslint: options.eslint ?? false,
    appEntrypoint: options.appEntrypoint ?? 'main.ts',
    devDeps: withPackageDevDep(options),
    readme: options.readme ?? { filename: 'README.md', contents: readme() },
  };
}

/**
 * The devDeps with this package added, unless `projen new --from` (which adds its own spec, e.g. a
 * tarball) or the user already lists it.
 */
function withPackageDevDep(options: { readonly devDeps?: string[]; readonly deps?: string[] }): string[] {
  const has = [...(options.devDeps ?? []), ...(options.deps ?? [])].some((d) => d === PACKAGE || d.startsWith(`${PACKAGE}@`));
  return [...(options.devDeps ?? []), ...(has ? [] : [PACKAGE])];
}
