// Import's promise is a catalog that loads with 0 errors and matches AWS. This checks the rendered
// catalog with the same engine `validate` runs, turns a rule that AWS's own data breaks (two accounts
// with one name, say) into a warning the summary names, and lists what `plan --live` would still do.
import { evaluate } from '../engine';
import { parseCatalogContents } from '../load/contents';
import { compareLive } from '../plan/live';
import { CONFIGURABLE_RULES } from '../schema/catalog-schema';
import type { Drift, Finding, LiveOrganization, LiveStep } from '../model';
import { inferCatalog, type Entry, type ImportedCatalog, type ImportOptions } from './infer';
import { renderImport } from './render';

export interface SettledImport {
  readonly imported: ImportedCatalog;
  /** Error findings left after the rules AWS's data breaks were set to warn: a bug if any. */
  readonly errors: readonly Finding[];
  readonly warnings: number;
  /** Rules set to `warn` in policy.rules, with how many findings each had. */
  readonly relaxed: readonly { readonly rule: string; readonly count: number; readonly example: string }[];
  /** What `plan --live` on the imported catalog would do, and where it would still see drift. */
  readonly steps: readonly LiveStep[];
  readonly drift: readonly Drift[];
}

const CHECKED_AS = 'imported.yaml';

export function settleImport(live: LiveOrganization, options: ImportOptions = {}): SettledImport {
  let imported = inferCatalog(live, options);
  const relaxed: { rule: string; count: number; example: string }[] = [];
  for (let round = 0; ; round++) {
    const text = renderImport(imported, 'none', CHECKED_AS)[0].text;
    const evaluation = evaluate({ head: parseCatalogContents([{ path: CHECKED_AS, content: text }]) });
    const findings = evaluation.plan.findings;
    const errors = findings.filter((f) => f.severity === 'error');
    const configurable = new Set<string>(CONFIGURABLE_RULES);
    const fixable = [...new Set(errors.map((f) => f.rule))].filter((rule) => configurable.has(rule)).sort();
    if (fixable.length === 0 || round > 0) {
      const { drift, liveSteps } = compareLive(undefined, evaluation.head.catalog, live);
      return { imported, errors, warnings: findings.length - errors.length, relaxed, steps: liveSteps, drift };
    }
    for (const rule of fixable) {
      const hits = errors.filter((f) => f.rule === rule);
      relaxed.push({ rule, count: hits.length, example: hits[0].message });
    }
    imported = withRules(imported, Object.fromEntries(fixable.map((rule) => [rule, 'warn'])));
  }
}

function withRules(imported: ImportedCatalog, rules: Record<string, string>): ImportedCatalog {
  const policy = { ...(imported.header.policy as Entry), rules };
  return { ...imported, header: { ...imported.header, policy } };
}
