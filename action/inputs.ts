import * as core from '@actions/core';
import { ExpectedError } from './expected-error';
import { parseOrganizationCatalogRef, type OrganizationCatalogRef } from './organization-catalog';

export type Mode = 'plan' | 'validate' | 'apply';
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
}

export function readInputs(): Inputs {
  // Masked first, so no later log line can show them.
  const githubToken = core.getInput('github-token');
  const approvalsToken = core.getInput('approvals-token');
  if (githubToken) core.setSecret(githubToken);
  if (approvalsToken) core.setSecret(approvalsToken);
  const organizationToken = core.getInput('organization-token');
  if (organizationToken) core.setSecret(organizationToken);
  const organizationCatalog = core.getInput('organization-catalog').trim();

  const catalog = core
    .getInput('catalog')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return {
    catalog: catalog.length > 0 ? catalog : ['accounts.yaml'],
    mode: oneOf('mode', ['plan', 'validate', 'apply'] as const, 'plan'),
    githubToken,
    ...(approvalsToken ? { approvalsToken } : {}),
    comment: oneOf('comment', ['true', 'false', 'on-change'] as const, 'true'),
    live: flag('live'),
    ...(core.getInput('aws-region') ? { awsRegion: core.getInput('aws-region') } : {}),
    dryRun: flag('dry-run'),
    ...(organizationCatalog ? { organizationCatalog: parseOrganizationCatalogRef(organizationCatalog) } : {}),
    ...(organizationToken ? { organizationToken } : {}),
  };
}

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
