import * as core from '@actions/core';
import { ExpectedError } from './expected-error';
import { parseOrganizationCatalogRef, type OrganizationCatalogRef } from './organization-catalog';

export type Mode = 'plan' | 'validate' | 'apply' | 'drift';
export type CommentSetting = 'true' | 'false' | 'on-change';

/** The Action's inputs (action.yml), checked. */
export interface Inputs {
  /** Catalog files, directories or globs, relative to the repository root. */
  readonly catalog: readonly string[];
  readonly mode: Mode;
  readonly githubToken: string;
  readonly approvalsToken?: string;
  readonly comment: CommentSetting;
  readonly live: boolean;
  readonly awsRegion?: string;
  readonly dryRun: boolean;
  /** The organization repository's catalog this repository's files are judged with (a team repo). */
  readonly organizationCatalog?: OrganizationCatalogRef;
  /** Token that reads the organization repository; default github-token. */
  readonly organizationToken?: string;
  /** mode drift: keep the one `account-catalog-drift` issue up to date. */
  readonly driftIssue: boolean;
  /** mode drift: fail the step when AWS differs from the catalog. */
  readonly failOnDrift: boolean;
}

export function readInputs(): Inputs {
  // Masked and redacted already (protectSecrets, the first thing the Action does).
  const githubToken = core.getInput('github-token');
  const approvalsToken = core.getInput('approvals-token');
  const organizationToken = core.getInput('organization-token');
  const organizationCatalog = core.getInput('organization-catalog').trim();

  return {
    catalog: catalogInput(),
    mode: oneOf('mode', ['plan', 'validate', 'apply', 'drift'] as const, 'plan'),
    githubToken,
    ...(approvalsToken ? { approvalsToken } : {}),
    comment: oneOf('comment', ['true', 'false', 'on-change'] as const, 'true'),
    live: flag('live'),
    ...(core.getInput('aws-region') ? { awsRegion: core.getInput('aws-region') } : {}),
    dryRun: flag('dry-run'),
    ...(organizationCatalog ? { organizationCatalog: parseOrganizationCatalogRef(organizationCatalog) } : {}),
    ...(organizationToken ? { organizationToken } : {}),
    driftIssue: flag('drift-issue'),
    failOnDrift: flag('fail-on-drift'),
  };
}

/**
 * The `catalog` input, one entry per line. The runner fills in action.yml's default
 * (`accounts.yaml`) only when the input is left out; given but empty (`catalog: ${{ vars.UNSET }}`)
 * is a mistake, refused rather than read as the workspace root or silently replaced.
 */
function catalogInput(): string[] {
  if (process.env.INPUT_CATALOG === undefined) return [DEFAULT_CATALOG]; // run outside a runner
  const entries = core
    .getInput('catalog')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (entries.length === 0) {
    throw new ExpectedError(`Input catalog is empty: name the catalog file, directory or glob (leave the input out for the default, ${DEFAULT_CATALOG}).`);
  }
  return entries;
}

const DEFAULT_CATALOG = 'accounts.yaml';

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).toLowerCase();
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ExpectedError(`Input ${name} must be one of ${allowed.join(', ')}; got "${printable(value)}".`);
}

function flag(name: string): boolean {
  const value = core.getInput(name).toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new ExpectedError(`Input ${name} must be true or false; got "${printable(value)}".`);
}

/** Input text echoed in an error: short, one line, no workflow command. */
function printable(value: string): string {
  return value.slice(0, 40).replace(/[^\x20-\x7e]/g, '?').replace(/::/g, ': :');
}
