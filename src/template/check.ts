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

const CONTROL = /[\u0000-\u001f\u007f]/;
/** `owner/repo[/path]@ref`, as a workflow's `uses:` takes it. */
const ACTION_REF = /^[A-Za-z0-9-]+\/[A-Za-z0-9_.-]+(\/[A-Za-z0-9_./-]+)?@[A-Za-z0-9_./-]+$/;

/** Every text value ends up in a one-line field (CONST.inc, YAML, INI): no control characters. */
export function checkText(values: readonly (readonly [option: string, value: unknown])[]): void {
  for (const [option, value] of values) {
    if (typeof value === 'string' && CONTROL.test(value)) {
      throw new InvalidOptionsError(`aws-account-repo: option ${option} contains a control character (a line break?): remove it.`);
    }
  }
}

export function checkActionRef(actionRef: string): void {
  if (!ACTION_REF.test(actionRef)) {
    throw new InvalidOptionsError(`aws-account-repo: actionRef ${JSON.stringify(actionRef)} must look like owner/aws-account-catalog@v1 (owner/repo@ref).`);
  }
}

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

export function formatFinding(f: Finding, option?: string): string {
  return `${f.file}:${f.line}:${f.column} ${f.rule}: ${f.message}${option ? ` (option ${option})` : ''}`;
}

/** The catalog key on each generated line -> the option that sets it, per environment. */
const OPTION_OF_KEY: Readonly<Record<string, string>> = {
  name: 'AccountName', email: 'AccountEmail', id: 'AccountId', ou: 'Ou', monthlyUsd: 'MonthlyBudgetUsd', permissionSet: 'PermissionSet',
};

/**
 * Which option produced the line a finding points at, e.g. `prodAccountEmail`: the line's key, in the
 * account entry it belongs to. Undefined when the line is not an account field.
 */
export function optionAt(text: string, line: number, accountEnvs: Readonly<Record<string, string>>): string | undefined {
  const lines = text.split('\n');
  const key = /^\s*(?:-\s+)?([A-Za-z]+):/.exec(lines[line - 1] ?? '')?.[1];
  if (!key || !OPTION_OF_KEY[key]) return undefined;
  for (let i = line - 1; i >= 0; i--) {
    const name = /^ {2}- name: (.*)$/.exec(lines[i])?.[1];
    if (name === undefined) continue;
    const env = accountEnvs[name.replace(/^"(.*)"$/, '$1')];
    if (!env) return undefined;
    // a role group's permission set (<ssoGroup>-admins, -operators, -readers) comes from `users`, the team group's from <env>PermissionSet
    if (key === 'permissionSet' && /^\s*(?:-\s+)?(?:user:|group: .*-(?:admins|operators|readers)"?$)/.test(lines[line - 2] ?? '')) return 'users';
    return `${env}${OPTION_OF_KEY[key]}`;
  }
  return undefined;
}

/** Throws one clear error listing every error finding and the option behind it. */
export function assertNoErrors(check: CatalogCheck, text: string, accountEnvs: Readonly<Record<string, string>>): void {
  if (check.errors.length === 0) return;
  const lines = check.errors.map((f) => `  ${formatFinding(f, optionAt(text, f.line, accountEnvs))}`);
  throw new InvalidOptionsError(
    `aws-account-repo: the options give an invalid account catalog (${check.errors.length} error${check.errors.length > 1 ? 's' : ''}):\n${lines.join('\n')}\nFix the options (in .projenrc.ts, or the flags of projen new) and run again.`,
  );
}
