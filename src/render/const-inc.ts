import type { RenderError } from './types';

/** A CONST.inc value and the line that set it. */
export interface ConstValue {
  readonly value: string;
  readonly line: number;
}

export interface ConstInc {
  readonly file: string;
  readonly values: ReadonlyMap<string, ConstValue>;
  readonly errors: readonly RenderError[];
}

const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;

/**
 * Reads CONST.inc as data: `KEY=value`, `KEY='value'`, `KEY="value"` (and `export KEY=...`), comments and
 * blank lines. Quotes are removed as a shell would, but nothing is ever evaluated: `$(...)`, backticks and
 * `${X}` stay literal text. Anything else, and a key set twice, is an error at its line.
 */
export function parseConstInc(text: string, file: string): ConstInc {
  const values = new Map<string, ConstValue>();
  const errors: RenderError[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const match = ASSIGNMENT.exec(raw);
    if (!match) {
      errors.push({ file, line, message: 'expected KEY=value (a comment starts with #); CONST.inc is read as data, never run' });
      return;
    }
    const [, key, rest] = match;
    const word = shellWord(rest);
    if ('error' in word) {
      errors.push({ file, line, message: `${key}: ${word.error}` });
      return;
    }
    const earlier = values.get(key);
    if (earlier) {
      errors.push({ file, line, message: `${key} is set twice (first at line ${earlier.line}); keep one` });
      return;
    }
    values.set(key, { value: word.value, line });
  });
  return { file, values, errors };
}

/**
 * One shell word with its quotes removed and nothing expanded, then an optional `# comment`.
 * Handles the `'it'\''s'` form that single-quoting writers produce.
 */
function shellWord(text: string): { value: string } | { error: string } {
  let value = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) break;
    if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return { error: 'the single quote is not closed' };
      value += text.slice(i + 1, end);
      i = end + 1;
    } else if (ch === '"') {
      i++;
      for (; ;) {
        if (i >= text.length) return { error: 'the double quote is not closed' };
        const c = text[i];
        if (c === '"') break;
        // Inside double quotes a backslash only escapes $ ` " and \ (POSIX).
        if (c === '\\' && i + 1 < text.length && '$`"\\'.includes(text[i + 1])) {
          value += text[i + 1];
          i += 2;
        } else {
          value += c;
          i++;
        }
      }
      i++;
    } else if (ch === '\\') {
      if (i + 1 >= text.length) return { error: 'a line may not end in a backslash' };
      value += text[i + 1];
      i += 2;
    } else {
      value += ch;
      i++;
    }
  }
  const rest = text.slice(i).trim();
  if (rest !== '' && !rest.startsWith('#')) return { error: 'the value has more than one word: quote it' };
  return { value };
}
