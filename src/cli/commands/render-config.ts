import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkCatalog } from '../../core/schema/check';
import { escapeTerminal } from '../../core/report/escape';
import { readCatalog } from '../../fs/read-catalog';
import { catalogProfiles } from '../../render/catalog-profiles';
import { mergeSections, sectionsText, type MergeResult } from '../../render/ini-file';
import type { ConsoleLink } from '../../render/links';
import { renderTeamConfig } from '../../render/team-config';
import type { SkippedSection, TemplateText } from '../../render/template';
import { formatError, type IniSection, type RenderError } from '../../render/types';
import { nonEmptyPaths, parseCommandArgs, stringList } from '../args';
import { UsageError } from '../errors';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo } from '../io';
import type { Command } from './command';

const USAGE = `Usage: account-catalog render-config [dir|file.tpl] [--write] [--var KEY=VALUE]...
       account-catalog render-config <catalog file|dir> --sso-start-url URL --sso-region R [--role NAME] [--write]

Team repo (a directory holding CONST.inc and aws-cli.*.tpl; default .): renders the .tpl files strictly
from CONST.inc. A \${VAR} that CONST.inc does not define is an error at its file:line. Nothing is
evaluated and nothing is read from the environment. A section that uses an empty value (an account
without an id yet) is left out, with a note.

Catalog (a YAML file or directory): one IAM Identity Center profile per active account with an id,
named <owner>-<environment>-<role>.

Prints the profiles and console links (production marked). Profiles are always named: a [default]
profile is never written.

Options:
  --write              merge the sections into ~/.aws/config (AWS_CONFIG_FILE) and, for a credentials
                       template, ~/.aws/credentials (AWS_SHARED_CREDENTIALS_FILE); other profiles are
                       kept, a timestamped backup is written first, running twice changes nothing;
                       existing credentials sections are never overwritten (placeholders only)
  --var KEY=VALUE      a value CONST.inc does not hold, e.g. --var AWS_IAM_USER_NAME=alice
  --sso-start-url URL  catalog: the AWS access portal URL
  --sso-region R       catalog: the IAM Identity Center region
  --role NAME          catalog: the permission set (default ReadOnlyAccess)
  --region R           catalog: the profiles' region (default the SSO region)
  --sso-session NAME   catalog: the [sso-session] name (default from the start URL)
  -h, --help           show this help

Exit codes: 0 rendered, 1 an error in CONST.inc or a template, 2 usage or I/O error.
`;

/** A file that cannot be read or written: exit 2 with a one-line message. */
class InputError extends Error {}

export const renderConfigCommand: Command = {
  name: 'render-config',
  summary: "Print or --write the team's named AWS CLI profiles (from CONST.inc and *.tpl, or a catalog)",
  usage: USAGE,
  run(args, io) {
    const { values, positionals } = parseCommandArgs('render-config', args, {
      'write': { type: 'boolean' },
      'var': { type: 'string', multiple: true },
      'sso-start-url': { type: 'string' },
      'sso-region': { type: 'string' },
      'role': { type: 'string' },
      'region': { type: 'string' },
      'sso-session': { type: 'string' },
    });
    if (values.help) {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    if (positionals.length > 1) throw new UsageError('render-config: give one directory or file');
    nonEmptyPaths('render-config', 'the path', positionals);
    try {
      const target = positionals[0] ?? '.';
      const rendered = isTeamRepo(target) ? fromTeamRepo(target, values) : fromCatalog(target, values);
      for (const note of rendered.skipped) io.stderr(`render-config: left out [${escapeTerminal(note.header)}]: ${escapeTerminal(note.reason)}\n`);
      if (rendered.errors.length > 0) {
        for (const error of rendered.errors) io.stderr(`${escapeTerminal(formatError(error))}\n`);
        io.stderr(`render-config: ${rendered.errors.length} error(s); nothing written\n`);
        return EXIT_FINDINGS;
      }
      const files = awsFiles(io.env);
      io.stdout(describe(rendered, files));
      if (values.write) io.stdout(install(rendered, files));
      else io.stdout(`\nNothing written. Run again with --write to merge these sections into ${files.config} (a backup is kept).\n`);
      return EXIT_OK;
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.stderr(`account-catalog: render-config: ${escapeTerminal(e.message)}\n`);
      return EXIT_USAGE;
    }
  },
};

interface Rendered {
  readonly config: readonly IniSection[];
  readonly credentials: readonly IniSection[];
  readonly skipped: readonly SkippedSection[];
  readonly links: readonly ConsoleLink[];
  readonly errors: readonly RenderError[];
}

type Values = Record<string, unknown>;

const CATALOG_FLAGS = ['sso-start-url', 'sso-region', 'role', 'region', 'sso-session'];

/** A directory with CONST.inc, CONST.inc itself, or a .tpl file. */
function isTeamRepo(target: string): boolean {
  const stat = statOrFail(target);
  if (stat.isDirectory()) return fs.existsSync(path.join(target, 'CONST.inc'));
  return path.basename(target) === 'CONST.inc' || target.endsWith('.tpl');
}

function fromTeamRepo(target: string, values: Values): Rendered {
  const given = CATALOG_FLAGS.filter((flag) => values[flag] !== undefined);
  if (given.length > 0) throw new UsageError(`render-config: --${given[0]} is for a catalog; a team repo takes its SSO values from CONST.inc`);
  const dir = fs.statSync(target).isDirectory() ? target : path.dirname(target);
  const constFile = path.join(dir, 'CONST.inc');
  const templateFiles = target.endsWith('.tpl') ? [target] : fs.readdirSync(dir).filter((f) => f.endsWith('.tpl')).sort().map((f) => path.join(dir, f));
  if (templateFiles.length === 0) throw new InputError(`no .tpl files in ${dir}`);
  const templates: TemplateText[] = templateFiles.map((file) => ({
    file,
    text: readText(file),
    kind: path.basename(file).includes('credentials') ? 'credentials' : 'config',
  }));
  return renderTeamConfig({ constInc: { file: constFile, text: readText(constFile) }, templates, extraVariables: parseVars(values.var) });
}

function fromCatalog(target: string, values: Values): Rendered {
  if (values.var !== undefined) throw new UsageError('render-config: --var is for a team repo (a directory with CONST.inc)');
  const startUrl = values['sso-start-url'] as string | undefined;
  const ssoRegion = values['sso-region'] as string | undefined;
  if (!startUrl || !ssoRegion) {
    throw new UsageError(`render-config: ${target} has no CONST.inc; for a catalog give --sso-start-url and --sso-region`);
  }
  if (!/^https:\/\/[^\s/]+/.test(startUrl)) throw new UsageError(`render-config: --sso-start-url must be an https:// URL (got '${startUrl}')`);
  for (const flag of ['sso-region', 'region']) {
    const region = values[flag] as string | undefined;
    if (region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) throw new UsageError(`render-config: --${flag} is not an AWS region (got '${region}')`);
  }
  const role = (values.role as string | undefined) ?? 'ReadOnlyAccess';
  if (!/^[\w+=,.@-]{1,32}$/.test(role)) throw new UsageError(`render-config: --role is not a permission set name (got '${role}')`);
  const session = values['sso-session'] as string | undefined;
  if (session !== undefined && !/^[A-Za-z0-9_.-]+$/.test(session)) throw new UsageError(`render-config: --sso-session may hold letters, digits, _ . - (got '${session}')`);

  const checked = checkCatalog(readCatalog([target]));
  const errors: RenderError[] = [...checked.source.findings, ...checked.findings]
    .filter((f) => f.severity === 'error')
    .map((f) => ({ file: f.file, line: f.line, message: `${f.rule}: ${f.message}` }));
  if (errors.length > 0) return { config: [], credentials: [], skipped: [], links: [], errors };
  const profiles = catalogProfiles(checked.catalog, {
    startUrl, ssoRegion, role, session,
    region: values.region as string | undefined,
  });
  return { config: profiles.sections, credentials: [], skipped: profiles.skipped, links: profiles.links, errors: [] };
}

function parseVars(value: unknown): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const item of stringList(value)) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(item);
    if (!match) throw new UsageError(`render-config: --var takes KEY=VALUE (got '${item}')`);
    vars[match[1]] = match[2];
  }
  return vars;
}

interface AwsFiles {
  readonly config: string;
  readonly credentials: string;
}

/** Where the AWS CLI reads its files: the same variables and defaults as the CLI. */
function awsFiles(env: CliIo['env']): AwsFiles {
  const home = env.HOME || env.USERPROFILE || os.homedir();
  const expand = (file: string): string => (file === '~' || file.startsWith('~/') ? path.join(home, file.slice(1)) : file);
  return {
    config: expand(env.AWS_CONFIG_FILE || path.join(home, '.aws', 'config')),
    credentials: expand(env.AWS_SHARED_CREDENTIALS_FILE || path.join(home, '.aws', 'credentials')),
  };
}

function describe(rendered: Rendered, files: AwsFiles): string {
  const out: string[] = [];
  if (rendered.config.length > 0) out.push(`# ${files.config}`, sectionsText(rendered.config));
  if (rendered.credentials.length > 0) {
    out.push(`# ${files.credentials} (placeholders only: put your own key in by hand, never commit it)`, sectionsText(rendered.credentials));
  }
  const profiles = rendered.config.filter((s) => s.header.startsWith('profile ')).map((s) => s.header.slice(8));
  out.push(`Profiles (use --profile NAME; there is no default profile): ${profiles.length > 0 ? profiles.join(', ') : 'none'}`);
  const width = Math.max(0, ...rendered.links.map((l) => l.label.length));
  const group = (kind: ConsoleLink['kind'], title: string): void => {
    const links = rendered.links.filter((l) => l.kind === kind);
    if (links.length === 0) return;
    out.push('', title);
    for (const link of links) out.push(`  ${link.label.padEnd(width)}  ${(link.production ? 'PRODUCTION' : '').padEnd(10)}  ${link.url}`);
  };
  group('portal', 'Console (AWS access portal, IAM Identity Center):');
  group('switch-role', 'Console (switch role, from an IAM user signed in with MFA):');
  return out.map((line) => line.split('\n').map(escapeTerminal).join('\n')).join('\n') + '\n';
}

function install(rendered: Rendered, files: AwsFiles): string {
  const out = [''];
  if (rendered.config.length > 0) out.push(report(files.config, writeMerged(files.config, rendered.config, true)));
  if (rendered.credentials.length > 0) out.push(report(files.credentials, writeMerged(files.credentials, rendered.credentials, false)));
  return out.join('\n') + '\n';
}

function report(file: string, result: MergeResult & { backup?: string }): string {
  const parts = [
    result.added.length > 0 ? `added ${result.added.join(', ')}` : '',
    result.updated.length > 0 ? `updated ${result.updated.join(', ')}` : '',
    result.unchanged.length > 0 ? `${result.unchanged.length} unchanged` : '',
    result.kept.length > 0 ? `kept your existing ${result.kept.join(', ')}` : '',
  ].filter((p) => p !== '');
  const backup = result.backup ? `; backup: ${result.backup}` : '';
  return escapeTerminal(`${file}: ${parts.join('; ')}${backup}`);
}

/** Merges into the file; writes (after a backup) only when the text changes, atomically. */
function writeMerged(file: string, sections: readonly IniSection[], replace: boolean): MergeResult & { backup?: string } {
  // A symlinked ~/.aws/config (dotfile managers) is written through, not replaced by a plain file.
  const target = fs.existsSync(file) ? fs.realpathSync(file) : file;
  const existing = fs.existsSync(target) ? readText(target) : undefined;
  const merged = mergeSections(existing ?? '', sections, replace);
  if (existing !== undefined && merged.text === existing) return merged;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
    const mode = existing === undefined ? 0o600 : fs.statSync(target).mode & 0o777;
    const backup = existing === undefined ? undefined : backUp(target, mode);
    const temp = `${target}.tmp-${process.pid}`;
    fs.writeFileSync(temp, merged.text, { mode });
    fs.renameSync(temp, target);
    return backup ? { ...merged, backup } : merged;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new InputError(`cannot write ${file}: ${WRITE_ERRORS[code] ?? (code || (e as Error).message)}`);
  }
}

const WRITE_ERRORS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  EEXIST: 'a parent of it is not a directory',
  ENOTDIR: 'a parent of it is not a directory',
  EISDIR: 'it is a directory',
  ENOSPC: 'no space left on the device',
};

/** `<file>.backup-20261123T154501Z`, never overwriting an earlier backup. */
function backUp(file: string, mode: number): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  for (let n = 1; ; n++) {
    const backup = `${file}.backup-${stamp}${n === 1 ? '' : `-${n}`}`;
    try {
      fs.copyFileSync(file, backup, fs.constants.COPYFILE_EXCL);
      // A credentials backup holds real keys: no more readable than the file itself.
      fs.chmodSync(backup, mode);
      return backup;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

function statOrFail(file: string): fs.Stats {
  try {
    return fs.statSync(file);
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
  }
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code ?? (e as Error).message}`);
  }
}
