// Catalog text is data. Everything a pull request can write (names, emails, tags, file names,
// messages that quote them) passes through these functions before it reaches Markdown or a terminal.

/** Breaks GitHub's @mention and #reference autolinks without changing what the reader sees. */
const ZERO_WIDTH_JOINER = '\u200D';
/** Shown in place of invisible or direction-changing characters, so a reviewer sees that something is there. */
const REPLACEMENT = '\uFFFD';

/** Longest catalog text a Markdown table cell shows; longer text is cut with an ellipsis. */
export const MAX_CELL_CHARS = 120;
/** Longest finding message the Markdown report shows. */
export const MAX_MESSAGE_CHARS = 1000;

// Characters with a Markdown meaning, HTML, GitHub autolinks, and everything invisible:
// C0/C1 controls, DEL, line/paragraph separators, bidi embeddings/overrides/isolates (Trojan Source),
// zero-width characters and the BOM.
const MARKDOWN_SPECIAL =
  // eslint-disable-next-line no-control-regex
  /[\\`*_[\]|~<>&$@#:wW\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

// eslint-disable-next-line no-control-regex
const CODE_SPAN_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;
const PLAIN = /^[A-Za-z0-9 ./+=,-]*$/;

/**
 * Escapes catalog text for inline Markdown (a table cell, a list item, a link text): no HTML, no
 * comment that could fake the report marker, no @mention or cross-repository #reference, no link,
 * image, emphasis, code span or math, no table-cell break, and no line break. Long text is cut.
 */
export function escapeMarkdown(value: unknown, maxChars: number = MAX_CELL_CHARS): string {
  const text = truncate(toText(value), maxChars);
  // Most catalog text (names, OUs, emails) needs nothing; skip the per-character pass.
  if (PLAIN.test(text) && !/www\./i.test(text)) return text;
  return text.replace(MARKDOWN_SPECIAL, (ch: string, offset: number) => {
    switch (ch) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '@':
        // An @ after a letter or digit is an e-mail address, which GitHub does not treat as a mention.
        return /[A-Za-z0-9]/.test(text[offset - 1] ?? '') ? '@' : `@${ZERO_WIDTH_JOINER}`;
      case '#':
        // `#12`, `org/repo#12` and `GH-12` would notify other issues; a joiner breaks the reference.
        return /[0-9]/.test(text[offset + 1] ?? '') ? `#${ZERO_WIDTH_JOINER}` : '\\#';
      case ':':
        // Bare URLs are autolinked by GitHub even without link syntax: break `scheme://`.
        return text.startsWith('//', offset + 1) ? `:${ZERO_WIDTH_JOINER}` : ':';
      case 'w':
      case 'W':
        // `www.example.com` is autolinked too.
        return /^www\./i.test(text.slice(offset, offset + 4)) && !/[A-Za-z0-9]/.test(text[offset - 1] ?? '') ? `${ch}${ZERO_WIDTH_JOINER}` : ch;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '|':
      case '~':
      case '$':
        return `\\${ch}`;
      case '\t':
      case '\n':
      case '\r':
      case '\u2028':
      case '\u2029':
        return ' ';
      default:
        return REPLACEMENT;
    }
  });
}

/**
 * Like {@link escapeMarkdown}, for longer prose such as finding messages, which quote names and
 * labels in backticks: a closed `quote` becomes a code span. Inside a code span nothing renders
 * (no HTML, mention, link or emphasis); it only must not hold a backtick or a line break.
 * Messages go in list items, never in table cells (a code span in a cell would need `\|`).
 */
export function escapeMarkdownMessage(value: unknown): string {
  const parts = truncate(toText(value), MAX_MESSAGE_CHARS).split('`');
  let out = escapeMarkdown(parts[0], Infinity);
  // parts[i] (i >= 1) follows a backtick; it is quoted when another backtick closes it.
  for (let i = 1; i < parts.length; ) {
    if (i + 1 < parts.length && parts[i].trim() !== '') {
      out += `\`${codeSpanText(parts[i])}\`${escapeMarkdown(parts[i + 1], Infinity)}`;
      i += 2;
    } else {
      out += `\\\`${escapeMarkdown(parts[i], Infinity)}`;
      i += 1;
    }
  }
  return out;
}

/** Code span content renders as-is: it only must not break the line or the table, nor hold the marker. */
function codeSpanText(text: string): string {
  return text
    .replace(CODE_SPAN_UNSAFE, (ch) => (/[\t\n\r\u2028\u2029]/.test(ch) ? ' ' : REPLACEMENT))
    .replace(/<!--/g, `<${ZERO_WIDTH_JOINER}!--`);
}

// eslint-disable-next-line no-control-regex
const TERMINAL_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

/**
 * Makes catalog text safe for a terminal line: control characters (ESC sequences, carriage returns,
 * line breaks) and invisible direction changes become visible `\xNN` / `\uNNNN` escapes.
 */
export function escapeTerminal(value: unknown): string {
  return toText(value).replace(TERMINAL_UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * Workflow commands are recognised at the start of a line (`::error ...`, `##[error]`). A line that
 * begins with text we do not control gets a leading space so it can never be one.
 */
export function neutraliseCommandLine(line: string): string {
  return line.startsWith('::') || line.startsWith('##[') ? ` ${line}` : line;
}

/**
 * A URL for a Markdown link destination: only http(s), and every character that could end the
 * destination or the link (spaces, brackets, parentheses, quotes, pipes) percent-encoded.
 * Anything else gives undefined, and the caller shows plain text.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined || !/^https?:\/\//i.test(url)) return undefined;
  return url.replace(/[^A-Za-z0-9\-._~:/?#@!$&*+,;=%]/gu, percentEncode);
}

function percentEncode(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
  try {
    return encodeURIComponent(ch);
  } catch {
    return '%EF%BF%BD'; // a lone surrogate has no UTF-8 form
  }
}

/** A Git commit SHA, or undefined when the value is not one (it is then not shown). */
export function safeSha(sha: string | undefined): string | undefined {
  return sha !== undefined && /^[0-9a-f]{7,64}$/i.test(sha) ? sha : undefined;
}

function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Cuts to at most `maxChars` code points (never halving a surrogate pair), marking the cut with `…`. */
function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  // A code point is one or two code units, so this slice holds more than maxChars of them unless the text is short.
  const head = text.slice(0, maxChars * 2 + 2);
  const points = Array.from(head);
  if (points.length <= maxChars && head.length === text.length) return text;
  return `${points.slice(0, Math.max(0, maxChars - 1)).join('')}…`;
}
