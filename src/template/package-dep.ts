/** This package: generated repos run its CLI in their build and its Action in their workflows. */
export const PACKAGE = 'aws-account-catalog';

/**
 * The devDeps with this package added, unless `projen new --from` (which adds its own spec, e.g. a
 * tarball) or the user already lists it.
 */
export function withPackageDevDep(options: { readonly devDeps?: string[]; readonly deps?: string[] }): string[] {
  const has = [...(options.devDeps ?? []), ...(options.deps ?? [])].some((d) => d === PACKAGE || d.startsWith(`${PACKAGE}@`));
  return [...(options.devDeps ?? []), ...(has ? [] : [PACKAGE])];
}
