import { parseConstInc } from './const-inc';
import { consoleLinks, type ConsoleLink, type ConsoleRole } from './links';
import { renderTemplate, type SkippedSection, type TemplateText, type Variable } from './template';
import type { IniSection, RenderError } from './types';

export interface TeamConfigInput {
  readonly constInc: { readonly file: string; readonly text: string };
  readonly templates: readonly TemplateText[];
  /** `--var KEY=VALUE`: values a person supplies that CONST.inc does not hold (e.g. their IAM user name). */
  readonly extraVariables?: Readonly<Record<string, string>>;
}

export interface RenderedConfig {
  /** For `~/.aws/config`. */
  readonly config: readonly IniSection[];
  /** For `~/.aws/credentials`: placeholders only. */
  readonly credentials: readonly IniSection[];
  readonly skipped: readonly SkippedSection[];
  readonly links: readonly ConsoleLink[];
  readonly errors: readonly RenderError[];
}

const ROLE_KEYS = ['READ', 'OPS', 'ADMIN'] as const;

/**
 * A team repo's AWS CLI files: the `.tpl` files rendered strictly from CONST.inc, and console links for
 * the profiles and for the infra stack's roles (`<ENV>_IAM_<READ|OPS|ADMIN>_ROLE` in `<ENV>_AWS_ACCOUNT_ID`).
 * Values come only from CONST.inc and `extraVariables`, never from the environment.
 */
export function renderTeamConfig(input: TeamConfigInput): RenderedConfig {
  const constInc = parseConstInc(input.constInc.text, input.constInc.file);
  const errors: RenderError[] = [...constInc.errors];
  const vars = new Map<string, Variable>();
  for (const [key, { value, line }] of constInc.values) vars.set(key, { value, origin: `${input.constInc.file}:${line}` });
  // CONST.inc is the team's shared truth: a personal --var may add to it, never change it.
  for (const [key, value] of Object.entries(input.extraVariables ?? {})) {
    const set = constInc.values.get(key);
    if (set) errors.push({ file: input.constInc.file, line: set.line, message: `${key} is set here; --var ${key} may not change it (change it in .projenrc.ts)` });
    else vars.set(key, { value, origin: `--var ${key}` });
  }
  const config: IniSection[] = [];
  const credentials: IniSection[] = [];
  const skipped: SkippedSection[] = [];
  for (const template of input.templates) {
    const rendered = renderTemplate(template, vars);
    errors.push(...rendered.errors);
    skipped.push(...rendered.skipped);
    (template.kind === 'config' ? config : credentials).push(...rendered.sections);
  }
  const value = (key: string): string => vars.get(key)?.value ?? '';
  const productionAccountIds = new Set<string>();
  const roles: ConsoleRole[] = [];
  for (const key of vars.keys()) {
    const env = /^([A-Z][A-Z0-9]*)_AWS_ACCOUNT_ID$/.exec(key)?.[1];
    const accountId = value(key);
    if (!env || !/^\d{12}$/.test(accountId)) continue;
    if (env.startsWith('PROD')) productionAccountIds.add(accountId);
    const accountName = value(`${env}_AWS_ACCOUNT_NAME`) || env.toLowerCase();
    for (const role of ROLE_KEYS) {
      const roleName = value(`${env}_IAM_${role}_ROLE`);
      if (roleName) roles.push({ accountId, roleName, displayName: `${roleName}@${accountName}` });
    }
  }
  if (errors.length > 0) return { config: [], credentials: [], skipped, links: [], errors };
  return { config, credentials, skipped, links: consoleLinks({ sections: config, roles, productionAccountIds }), errors };
}
