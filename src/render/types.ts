/** A place in a file the user can open: 1-based line. */
export interface FileLine {
  readonly file: string;
  readonly line: number;
}

/** A problem in CONST.inc or a .tpl file: the command prints `file:line: message` and exits 1. */
export interface RenderError extends FileLine {
  readonly message: string;
}

/** One `[header]` block of an AWS CLI config or credentials file. */
export interface IniSection {
  /** Without brackets, whitespace collapsed: `profile ship-dev-read`, `sso-session ship`, `ship-users`. */
  readonly header: string;
  readonly entries: readonly (readonly [key: string, value: string])[];
  /** Where the template defined it. */
  readonly source?: FileLine;
}

/** Which AWS CLI file a template renders: they differ in headers and in what may hold a secret. */
export type AwsFileKind = 'config' | 'credentials';

export function formatError(error: RenderError): string {
  return `${error.file}:${error.line}: ${error.message}`;
}
