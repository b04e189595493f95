// Defense in depth for what the Action publishes (comment, summary, annotations, outputs, log):
// its own tokens never appear, neither plain nor base64-encoded as actions/checkout stores one in
// .git/config (`AUTHORIZATION: basic base64("x-access-token:" + token)`).

/** What a redacted run of text becomes. */
export const REDACTED = '***';

/**
 * A run this long of a secret's text (plain or base64) counts as a sighting: 12 characters are
 * about 70 bits, never met by chance, and a cut-off quote (`…`) still holds that much.
 */
const WINDOW = 12;
/** Shorter secrets are not looked for in pieces: they would match ordinary words. */
const MIN_SECRET_LENGTH = 8;

/**
 * Runs of token and base64 characters (standard and URL-safe, `=` padding only at the end). `\_`
 * is how Markdown escaping writes `_`, so it stays part of a run. A run never starts inside an
 * escape (`\n`, `\u001b`), so redacting one keeps JSON valid.
 */
const RUN = /(?<!\\(?:u[0-9A-Fa-f]{0,3})?)(?:\\_|[A-Za-z0-9+/_-])+=*/g;

/**
 * The base64 texts that appear inside the base64 of any data holding `secret`, at any offset:
 * base64 turns each 3 bytes into 4 characters, so the secret starts at one of 3 alignments, and
 * for each the whole 3-byte groups of the secret from there encode the same way.
 */
export function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const forms: string[] = [];
  for (let skip = 0; skip < 3; skip++) {
    const whole = bytes.subarray(skip, skip + Math.floor((bytes.length - skip) / 3) * 3);
    if (whole.length === 0) continue;
    const standard = whole.toString('base64');
    forms.push(standard, standard.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...new Set(forms)];
}

/** Removes registered secrets, plain and base64-encoded (whole or in part), from text. */
export class Redactor {
  private readonly plain = new Set<string>();
  private readonly windows = new Set<string>();
  private readonly shortForms = new Set<string>();

  /** Registers a secret; returns its base64 forms (for the runner's own masking). */
  add(secret: string): string[] {
    if (secret.length < MIN_SECRET_LENGTH || this.plain.has(secret)) return [];
    this.plain.add(secret);
    const forms = base64Forms(secret);
    for (const form of [secret, ...forms]) {
      if (form.length < WINDOW) this.shortForms.add(form);
      else for (let i = 0; i + WINDOW <= form.length; i++) this.windows.add(form.slice(i, i + WINDOW));
    }
    return forms;
  }

  get size(): number {
    return this.plain.size;
  }

  redact(text: string): string {
    if (this.plain.size === 0 || text === '') return text;
    let out = text;
    // Exact occurrences first, whatever characters the secret holds.
    for (const secret of this.plain) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    // Then any run of token or base64 characters that holds a piece of one: the whole run goes.
    return out.replace(RUN, (run) => (this.holdsSecret(run) ? REDACTED : run));
  }

  private holdsSecret(run: string): boolean {
    const text = run.includes('\\') ? run.replace(/\\_/g, '_') : run;
    for (let i = 0; i + WINDOW <= text.length; i++) if (this.windows.has(text.slice(i, i + WINDOW))) return true;
    for (const form of this.shortForms) if (text.includes(form)) return true;
    return false;
  }
}
