import type { Finding } from '../model';
import { escapeTerminal } from './escape';
import { sortFindings } from './findings';

/** The spec's cap: a check shows at most this many annotations; the rest are counted. */
export const MAX_ANNOTATIONS = 10;

/**
 * GitHub workflow-command annotations (`::error file=F,line=L,col=C,title=RULE::MESSAGE`), errors
 * first, at most `max` of them, then one plain line counting the rest. Catalog text is escaped
 * the way the runner unescapes it, so it can neither end the command nor start another one.
 */
export function renderAnnotations(findings: readonly Finding[], max: number = MAX_ANNOTATIONS): string {
  const sorted = sortFindings(findings);
  const lines = sorted.slice(0, max).map(annotationLine);
  const rest = sorted.length - lines.length;
  if (rest > 0) lines.push(`${rest} more finding${rest === 1 ? ' is' : 's are'} not annotated (at most ${max} are); the log and the job summary list all of them.`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

export function annotationLine(finding: Finding): string {
  const command = finding.severity === 'error' ? 'error' : 'warning';
  const properties = [
    `file=${escapeProperty(escapeTerminal(finding.file))}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    `title=${escapeProperty(escapeTerminal(finding.rule))}`,
  ].join(',');
  // Other control characters (ANSI escapes) would restyle the log: they are shown as \xNN.
  return `::${command} ${properties}::${escapeTerminal(escapeData(finding.message))}`;
}

/** The runner's escaping of a command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The runner's escaping of a command's property values. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
