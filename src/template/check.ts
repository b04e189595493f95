import { evaluate } from '../core/engine';
import { parseCatalogFiles } from '../core/load/parse';
import type { Finding } from '../core/model';

/**
 * Bad options: the message says what to fix. Its stack is only the message, so `npx projen` shows
 * the message and not a trace of projen's internals.
 */
export class InvalidOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidOptionsError';
    this.stack = `${this.name}: ${message}`;
  }
}

/** Team, product and role prefix become file paths and IAM names: keep them plain. */
const SLUG = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function checkNames(team: string, product: string | undefined, rolePrefix: string): void {
  if (typeof team !== 'string' || !SLUG.test(team) || team.length > 30) {
    throw new InvalidOptionsError(`aws-account-repo: team ${JSON.stringify(team)} must be lower-case kebab-case (a-z, 0-9, -), at most 30 characters, e.g. "ship".`);
  }
  if (product !== undefined && (!SLUG.test(product) || product.length > 30)) {
    throw new InvalidOptionsError(`aws-account-repo: product ${JSON.stringify(product)} must be lower-case kebab-case (a-z, 0-9, -), at most 30 characters.`);
  }
  // IAM role names: [\w+=,.@-], at most 64 characters with the longest suffix (-AdminR).
  if (!/^[\w+=,.@-]+$/.test(rolePrefix) || rolePrefix.length > 64 - '-AdminR'.length) {
    throw new InvalidOptionsError(`aws-account-repo: rolePrefix ${JSON.stringify(rolePrefix)} must use only letters, digits and + = , . @ _ - and be at most 57 characters.`);
  }
}

/** Findings of the generated catalog that concern the options (approval rules need a pull request). */
export interface CatalogCheck {
  readonly errors: readonly Finding[];
  readonly warnings: readonly Finding[];
}

/**
 * Runs the Action's rules engine on the generated catalog text, so that a bad option fails
 * `npx projen` with the same rule and message the PR check would give.
 */
export function checkGeneratedCatalog(file: string, text: string): CatalogCheck {
  const { plan } = evaluate({ head: parseCatalogFiles([{ path: file, text }]) });
  const errors = plan.findings.filter((f) => f.severity === 'error');
  // Approval warnings say what a merge will need; they are for the PR, not for every synth.
  const warnings = plan.findings.filter((f) => f.severity === 'warning' && !f.rule.endsWith('-approval'));
  return { errors, warnings };
}

export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}:${f.column} ${f.rule}: ${f.message}`;
}

/** Throws one clear error listing every error finding. */
export function assertNoErrors(check: CatalogCheck): void {
  if (check.errors.length === 0) return;
  const lines = check.errors.map((f) => `  ${formatFinding(f)}`);
  throw new InvalidOptionsError(
    `aws-account-repo: the options give an invalid account catalog (${check.errors.length} error${check.errors.length > 1 ? 's' : ''}):\n${lines.join('\n')}\nFix the options in .projenrc.ts and run "npx projen" again.`,
  );
}
