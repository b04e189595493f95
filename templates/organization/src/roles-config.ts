import * as fs from 'fs';

/** roles.json, written by projen from .projenrc.ts: what the roles stack deploys. */
export interface RolesConfig {
  /** The management account: the roles live here. */
  readonly managementAccountId: string;
  readonly region: string;
  /** owner/name of this repository: the only repository whose workflows may assume the roles. */
  readonly githubRepo: string;
  readonly defaultBranch: string;
  /** The protected environment of the apply job; empty: apply trusts the default branch. */
  readonly applyEnvironment: string;
  /** false when the account already has the GitHub OIDC provider. */
  readonly createOidcProvider: boolean;
  /** Adds the Identity Center actions to the roles. */
  readonly identityCenter: boolean;
  readonly roleNames: { readonly plan: string; readonly drift: string; readonly apply: string };
}

export function loadRolesConfig(file: string): RolesConfig {
  const config = JSON.parse(fs.readFileSync(file, 'utf8')) as RolesConfig;
  if (!/^[0-9]{12}$/.test(config.managementAccountId ?? '')) throw new Error(`${file}: managementAccountId must be 12 digits`);
  if (!/^[^/:*\s]+\/[^/:*\s]+$/.test(config.githubRepo ?? '')) throw new Error(`${file}: githubRepo must be owner/name`);
  return config;
}
