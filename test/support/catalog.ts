// Test helper: build what the core sees (a LoadedCatalog, CheckedCatalog, RuleInput) from YAML text,
// through the real loader and schema check. Others' tests import it too: keep the signatures stable.
import { parseCatalogFiles, type CatalogText } from '../../src/core/load/parse';
import type { CheckedCatalog, Finding, LoadedCatalog, PullRequestContext } from '../../src/core/model';
import { diffCatalogs } from '../../src/core/plan/diff';
import type { RuleInput } from '../../src/core/rules/rule';
import { runRules } from '../../src/core/rules/run';
import { checkCatalog } from '../../src/core/schema/check';
import { judgingPolicy } from '../../src/core/approval/judging-policy';

/** YAML text of one file, or several files as {path: text}. */
export type CatalogSource = string | Readonly<Record<string, string>>;

export function loadYaml(source: CatalogSource, file = 'catalog.yaml'): LoadedCatalog {
  const files: CatalogText[] = typeof source === 'string' ? [{ path: file, text: source }] : Object.entries(source).map(([path, text]) => ({ path, text }));
  return parseCatalogFiles(files);
}

export function checkYaml(source: CatalogSource, file = 'catalog.yaml'): CheckedCatalog {
  return checkCatalog(loadYaml(source, file));
}

export interface RuleInputOptions {
  /** The base branch's catalog; its policy then judges the change. */
  readonly base?: CatalogSource;
  readonly pr?: PullRequestContext;
}

/** A RuleInput as the engine builds it: policy from the base when there is one, changes from diffCatalogs. */
export function ruleInput(head: CatalogSource, options: RuleInputOptions = {}): RuleInput {
  const checkedHead = checkYaml(head, 'catalog.yaml');
  const checkedBase = options.base !== undefined ? checkYaml(options.base, 'base.yaml') : undefined;
  return {
    head: checkedHead,
    ...(checkedBase ? { base: checkedBase } : {}),
    policy: judgingPolicy(checkedHead.catalog.policy, checkedBase?.catalog.policy, options.pr !== undefined),
    ...(options.pr ? { pr: options.pr } : {}),
    changes: checkedBase ? diffCatalogs(checkedBase.catalog, checkedHead.catalog) : [],
  };
}

/** The findings one rule gives, with severity and file:line as users see them. */
export function ruleFindings(rule: string, head: CatalogSource, options: RuleInputOptions = {}): Finding[] {
  const input = ruleInput(head, options);
  if (rule === 'schema') return [...input.head.findings];
  return runRules(input).filter((f) => f.rule === rule);
}

/**
 * A small valid catalog to build on: `catalogYaml({accounts: '...'})` swaps in sections.
 * Each section is the YAML text that follows its key (indented as under a top-level key).
 */
export function catalogYaml(sections: Partial<Record<'organization' | 'environments' | 'teams' | 'organizationalUnits' | 'policy' | 'accounts', string>> = {}): string {
  const s = { ...BASE_SECTIONS, ...sections };
  return ['version: 1', ...Object.entries(s).map(([key, text]) => `${key}:${text.startsWith('\n') || text === '' ? '' : ' '}${text}`)].join('\n') + '\n';
}

const BASE_SECTIONS = {
  organization: '\n  managementAccountId: "111111111111"\n  allowedEmailDomains: [acme.com]',
  teams: '\n  ship:\n    github: acme/ship\n    email: ship@acme.com\n  platform:\n    github: acme/platform\n    email: platform@acme.com',
  organizationalUnits: '[/Workloads, /Workloads/Dev, /Workloads/Prod, /Sandbox]',
  accounts: [
    '',
    '  - name: ship-dev',
    '    email: aws+ship-dev@acme.com',
    '    owner: ship',
    '    environment: dev',
    '    ou: /Workloads/Dev',
    '  - name: ship-prod',
    '    email: aws+ship-prod@acme.com',
    '    owner: ship',
    '    environment: prod',
    '    ou: /Workloads/Prod',
    '    id: "222222222222"',
  ].join('\n'),
};
