import type { Finding, Severity } from '../model';
import { RULES } from './index';
import type { RuleInput } from './rule';

/** Runs every rule and turns hits into findings, honouring the judging policy's `rules` settings. */
export function runRules(input: RuleInput): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = input.policy.rules[rule.name];
    if (setting === 'off') continue;
    for (const hit of rule.check(input)) {
      const severity: Severity = setting === 'warn' ? 'warning' : hit.severity ?? (setting === 'error' ? 'error' : rule.defaultSeverity);
      const source = hit.side === 'base' && input.base ? input.base.source : input.head.source;
      const at = hit.location ?? source.locate(hit.path);
      findings.push({ rule: rule.name, severity, message: hit.message, file: at.file, line: at.line, column: at.column, ...(hit.account !== undefined ? { account: hit.account } : {}) });
    }
  }
  return findings;
}
