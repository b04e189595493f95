import * as core from '@actions/core';
import type { Finding } from '../src/core/model';
import { MAX_ANNOTATIONS } from '../src/core/report/annotations';
import { escapeTerminal } from '../src/core/report/escape';
import { sortFindings } from '../src/core/report/findings';
import { findingLine } from '../src/core/report/text';

/**
 * Logs every finding as a plain line, and annotates the first MAX_ANNOTATIONS (errors first) on
 * their catalog lines. @actions/core escapes the command's message and properties; control
 * characters in catalog text are shown as \xNN first. Returns how many were not annotated.
 */
export function annotate(findings: readonly Finding[]): number {
  // Errors first; among them YAML syntax errors, the cause of whatever else a broken file reports.
  const sorted = sortFindings(findings).sort((a, b) => rank(a) - rank(b));
  for (const finding of sorted) core.info(findingLine(finding));
  for (const finding of sorted.slice(0, MAX_ANNOTATIONS)) {
    const properties: core.AnnotationProperties = {
      title: escapeTerminal(finding.rule),
      file: escapeTerminal(finding.file),
      startLine: finding.line,
      startColumn: finding.column,
    };
    const message = escapeTerminal(finding.message);
    if (finding.severity === 'error') core.error(message, properties);
    else core.warning(message, properties);
  }
  const rest = Math.max(0, sorted.length - MAX_ANNOTATIONS);
  if (rest > 0) core.info(`${rest} more finding${rest === 1 ? ' is' : 's are'} not annotated (at most ${MAX_ANNOTATIONS} are); the job summary lists all of them.`);
  return rest;
}

function rank(finding: Finding): number {
  if (finding.severity !== 'error') return 2;
  return finding.rule === 'yaml-syntax' ? 0 : 1;
}
