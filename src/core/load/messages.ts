import type { ErrorCode } from 'yaml';

// `yaml`'s messages say what is wrong; these say how to fix it.
const HINTS: Partial<Record<ErrorCode, string>> = {
  DUPLICATE_KEY: 'Each key may appear once in a mapping: remove or rename the second one.',
  TAB_AS_INDENT: 'Indent with spaces, not tabs.',
  BAD_INDENT: 'Line up entries of the same mapping or list at the same indentation, using spaces.',
  MULTIPLE_DOCS: 'A catalog file holds one YAML document: remove the extra `---` or split it into two files.',
  MISSING_CHAR: 'Close the quote or bracket that was opened.',
  MULTILINE_IMPLICIT_KEY: 'Put each key and its colon on one line.',
  KEY_OVER_1024_CHARS: 'Keep keys under 1024 characters.',
  BLOCK_AS_IMPLICIT_KEY: 'A key must be a plain or quoted value on one line.',
  BAD_ALIAS: 'Define the anchor (&name) before using the alias (*name).',
  BAD_DQ_ESCAPE: 'Use a valid escape in double quotes (\\n, \\", \\\\, \\uXXXX) or single quotes.',
  TAG_RESOLVE_FAILED: 'Remove the `!tag`: a catalog uses plain values.',
  UNEXPECTED_TOKEN: 'Quote values that contain `: `, ` #`, or start with a special character.',
  BAD_SCALAR_START: 'Quote values that start with a special character such as `@`, `` ` `` or `%`.',
};

/** A `yaml` error as a one-line message that also says how to fix it. */
export function yamlProblemMessage(code: ErrorCode, message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
  const hint = HINTS[code] ?? 'Fix the YAML syntax here (a YAML linter or editor extension shows the problem).';
  const sentence = /[.!?]$/.test(first) ? first : `${first}.`;
  return `${sentence} ${hint}`;
}
