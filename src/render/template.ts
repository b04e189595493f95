import type { AwsFileKind, IniSection, RenderError } from './types';

/** A value a template may use, and where it was set (`CONST.inc:4`, `--var`). */
export interface Variable {
  readonly value: string;
  readonly origin: string;
}

export type Variables = ReadonlyMap<string, Variable>;

/** A section left out because a value it needs is empty (e.g. an account without an id yet). */
export interface SkippedSection {
  readonly header: string;
  readonly reason: string;
}

export interface RenderedTemplate {
  readonly sections: readonly IniSection[];
  readonly skipped: readonly SkippedSection[];
  readonly errors: readonly RenderError[];
}

export interface TemplateText {
  readonly file: string;
  readonly text: string;
  readonly kind: AwsFileKind;
}

/** Keys whose values are secrets: a template only ever writes a placeholder for them. */
const SECRET_KEYS = new Set(['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token']);
const REAL_SECRET = /^(?:(?:AKIA|ASIA)[A-Z0-9]{16}|[A-Za-z0-9/+]{40})$/;
const HEADER = /^\s*\[([^\]]*)\]\s*(?:[#;].*)?$/;
const ENTRY = /^(\s*)([A-Za-z0-9_.-]+)\s*=\s*(.*?)\s*$/;
const PROFILE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.+@-]*$/;
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Renders one `.tpl` file strictly: every `${VAR}` must be defined, else an error names the variable and
 * its file:line. A `[default]` profile is refused. Comments are dropped. Secret keys never get a value:
 * `${AWS_SECRET_ACCESS_KEY}` becomes the placeholder `<AWS_SECRET_ACCESS_KEY>`.
 */
export function renderTemplate(template: TemplateText, vars: Variables): RenderedTemplate {
  const errors: RenderError[] = [];
  const sections: IniSection[] = [];
  const skipped: SkippedSection[] = [];
  let current: { header: string; entries: [string, string][]; line: number; empty?: string } | undefined;
  const seen = new Map<string, number>();

  const close = (): void => {
    if (!current) return;
    if (current.empty) skipped.push({ header: current.header, reason: current.empty });
    else sections.push({ header: current.header, entries: current.entries, source: { file: template.file, line: current.line } });
    current = undefined;
  };

  template.text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const fail = (message: string): void => void errors.push({ file: template.file, line, message });
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) return;
    if (CONTROL.test(raw.replace(/\t/g, ' '))) return fail('the line contains a control character');

    const header = HEADER.exec(raw);
    if (header) {
      close();
      const rendered = substitute(header[1], vars, fail);
      const name = rendered.text.trim().replace(/\s+/g, ' ');
      const problem = headerProblem(name, template.kind);
      if (problem) fail(problem);
      const first = seen.get(name);
      if (first !== undefined) fail(`[${name}] is defined twice (first at line ${first})`);
      seen.set(name, line);
      current = { header: name, entries: [], line, empty: rendered.empty };
      return;
    }

    const entry = ENTRY.exec(raw);
    if (!entry) return fail('expected [section] or key = value');
    if (!current) return fail(`${entry[2]} is outside any [section]`);
    const [, indent, key, value] = entry;
    if (SECRET_KEYS.has(key.toLowerCase())) {
      if (REAL_SECRET.test(value)) return fail(`${key} looks like a real secret: a template holds placeholders only, never a key`);
      current.entries.push([indent + key, value.replace(/\$\{([^}]*)\}/g, '<$1>')]);
      return;
    }
    const rendered = substitute(value, vars, fail);
    current.empty ??= rendered.empty;
    current.entries.push([indent + key, rendered.text]);
  });
  close();
  return { sections: errors.length > 0 ? [] : sections, skipped, errors };
}

/** Replaces each `${NAME}`; reports undefined names, bad syntax and control characters through `fail`. */
function substitute(text: string, vars: Variables, fail: (message: string) => void): { text: string; empty?: string } {
  let empty: string | undefined;
  const result = text.replace(/\$\{([^}]*)\}|\$(\{?[A-Za-z_]*)/g, (whole, braced: string | undefined, bare: string | undefined) => {
    if (braced === undefined) {
      if (bare?.startsWith('{')) fail(`'${whole}' is not closed: write \${NAME}`);
      else if (bare) fail(`write \${${bare}} instead of $${bare}`);
      return whole;
    }
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(braced)) {
      fail(`'${whole}' is not a variable name`);
      return whole;
    }
    const variable = vars.get(braced);
    if (!variable) {
      fail(`undefined variable ${braced}: it is not set in CONST.inc (or by --var ${braced}=...)`);
      return whole;
    }
    if (CONTROL.test(variable.value)) {
      fail(`the value of ${braced} (${variable.origin}) contains a control character`);
      return whole;
    }
    if (variable.value === '') empty ??= `${braced} is empty (${variable.origin})`;
    return variable.value;
  });
  return empty === undefined ? { text: result } : { text: result, empty };
}

function headerProblem(name: string, kind: AwsFileKind): string | undefined {
  if (name === 'default' || name === 'profile default') {
    return 'a [default] profile is never written: name every profile and pass --profile to each command';
  }
  const [type, ...rest] = name.split(' ');
  const profile = rest.join(' ');
  if (kind === 'credentials') {
    if (rest.length > 0) return `[${name}]: a credentials section is [NAME], without a prefix`;
    return PROFILE_NAME.test(name) ? undefined : `[${name}] is not a valid profile name`;
  }
  if (!['profile', 'sso-session', 'services'].includes(type) || rest.length !== 1) {
    return `[${name}]: a config section is [profile NAME], [sso-session NAME] or [services NAME]`;
  }
  return PROFILE_NAME.test(profile) ? undefined : `[${name}]: '${profile}' is not a valid name`;
}
