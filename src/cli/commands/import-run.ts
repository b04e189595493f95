import * as fs from 'node:fs';
import * as path from 'node:path';
import { settleImport } from '../../core/import/settle';
import { importSummary } from '../../core/import/summary';
import { renderImport, SINGLE_FILE, SPLITS, type SplitBy } from '../../core/import/render';
import { updateCatalog, UpdateError, type CatalogSource } from '../../core/import/update';
import type { ImportOptions } from '../../core/import/infer';
import { escapeTerminal } from '../../core/report/escape';
import { checkCatalog } from '../../core/schema/check';
import { readCatalog } from '../../fs/read-catalog';
import { parseChoice, parseCommandArgs } from '../args';
import { AWS_FLAGS, readAws, type AwsFlags } from '../aws';
import { unifiedDiff } from '../diff';
import { CliFailure, UsageError } from '../errors';
import { EXIT_OK, type CliIo } from '../io';
import { checkDestination, writeFilesAtomically } from '../write-files';
import { IMPORT_USAGE } from './import';

/** `account-catalog import ...`: loaded by import.ts only when the command runs. */
export async function runImport(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('import', args, {
    'output': { type: 'string', short: 'o' },
    'split-by': { type: 'string' },
    'owner-tag': { type: 'string' },
    'environment-tag': { type: 'string' },
    'force': { type: 'boolean' },
    'update': { type: 'string' },
    'dry-run': { type: 'boolean' },
    ...AWS_FLAGS,
  });
  if (values.help) {
    io.stdout(IMPORT_USAGE);
    return EXIT_OK;
  }
  if (positionals.length > 0) throw new UsageError(`import: unexpected argument '${positionals[0]}'`);
  const options: ImportOptions = {
    ...(typeof values['owner-tag'] === 'string' ? { ownerTag: values['owner-tag'] } : {}),
    ...(typeof values['environment-tag'] === 'string' ? { environmentTag: values['environment-tag'] } : {}),
  };
  for (const flag of ['owner-tag', 'environment-tag']) if (values[flag] === '') throw new UsageError(`import: --${flag} needs a tag key`);
  const flags: AwsFlags = { profile: values.profile as string | undefined, region: values.region as string | undefined };
  if (typeof values.update === 'string') {
    for (const flag of ['output', 'split-by', 'force']) if (values[flag] !== undefined) throw new UsageError(`import: --${flag} does not go with --update (it edits the catalog in place)`);
    return update(values.update, values['dry-run'] === true, options, flags, io);
  }
  if (values['dry-run']) throw new UsageError('import: --dry-run goes with --update');
  const split = parseChoice('import', 'split-by', values['split-by'] as string | undefined, SPLITS, 'none');
  return create(values.output as string | undefined, split, values.force === true, options, flags, io);
}

/** Where the files go: a file, a directory, or stdout. */
function destination(output: string | undefined, split: SplitBy): { kind: 'stdout' } | { kind: 'file'; path: string } | { kind: 'dir'; path: string } {
  if (output === undefined) {
    if (split !== 'none') throw new UsageError(`import: --split-by ${split} writes a directory: give --output <dir>`);
    return { kind: 'stdout' };
  }
  if (output === '') throw new UsageError('import: --output needs a path');
  const isDir = split !== 'none' || /[\\/]$/.test(output) || isDirectory(output);
  return { kind: isDir ? 'dir' : 'file', path: output };
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

async function create(output: string | undefined, split: SplitBy, force: boolean, options: ImportOptions, flags: AwsFlags, io: CliIo): Promise<number> {
  const target = destination(output, split);
  const singleName = target.kind === 'file' ? path.basename(target.path) : SINGLE_FILE;
  // Checked before reading AWS (a refusal costs no calls), and again before writing.
  const precheck = () => {
    if (target.kind === 'file') checkDestination(target.path, 'file', [], force);
  };
  precheck();
  if (target.kind === 'dir' && !force) checkDestination(target.path, 'dir', [], false);

  // The whole organization is read before anything is written: a failed read writes nothing.
  const live = await readAws(flags, io, (aws, o) => aws.readWholeOrganization(o));
  const settled = settleImport(live, options);
  if (settled.errors.length > 0) {
    const first = settled.errors[0];
    throw new CliFailure(`the imported catalog would have ${settled.errors.length} error(s), e.g. ${first.rule}: ${first.message} Nothing was written; please report this.`);
  }
  const files = renderImport(settled.imported, split, singleName);
  const summary = importSummary(settled, options).map((line) => `${escapeTerminal(line)}\n`).join('');

  if (target.kind === 'stdout') {
    io.stdout(files[0].text);
    io.stderr(summary);
    return EXIT_OK;
  }
  const paths = files.map((f) => ({ path: target.kind === 'file' ? target.path : path.join(target.path, f.name), text: f.text }));
  if (target.kind === 'dir') checkDestination(target.path, 'dir', files.map((f) => f.name), force);
  else precheck();
  writeFilesAtomically(paths);
  io.stdout(`Wrote ${paths.map((p) => escapeTerminal(p.path)).join(', ')}.\n${summary}`);
  return EXIT_OK;
}

async function update(catalogPath: string, dryRun: boolean, options: ImportOptions, flags: AwsFlags, io: CliIo): Promise<number> {
  if (catalogPath === '') throw new UsageError('import: --update needs a catalog file or directory');
  const loaded = readCatalog([catalogPath]);
  const unreadable = loaded.findings.find((f) => f.rule === 'yaml-syntax' && f.severity === 'error');
  if (unreadable) throw new CliFailure(`${unreadable.file}:${unreadable.line}: ${unreadable.message} Fix the YAML first: --update edits it in place.`);
  const checked = checkCatalog(loaded);
  const sources: CatalogSource[] = loaded.files.map((file) => ({ path: file, text: fs.readFileSync(file, 'utf8') }));
  const directory = isDirectory(catalogPath) ? path.relative(process.cwd(), path.resolve(catalogPath)).split(path.sep).join('/') || '.' : undefined;

  const live = await readAws(flags, io, (aws, o) => aws.readWholeOrganization(o));
  let result;
  try {
    result = updateCatalog(sources, checked.catalog, live, directory, options);
  } catch (e) {
    if (e instanceof UpdateError) throw new CliFailure(`${catalogPath}: ${e.message}`);
    throw e;
  }
  if (result.files.length === 0) {
    io.stdout(`${escapeTerminal(catalogPath)} is in step with AWS: every account AWS has is in the catalog, with its id.\n`);
    return EXIT_OK;
  }
  if (dryRun) {
    for (const file of result.files) {
      for (const line of unifiedDiff(file.path, file.before, file.after).split('\n').slice(0, -1)) io.stdout(`${escapeTerminal(line)}\n`);
    }
    for (const line of result.messages) io.stderr(`${escapeTerminal(line)}\n`);
    io.stderr('Dry run: nothing was written.\n');
    return EXIT_OK;
  }
  const unchanged = result.files.filter((f) => f.before !== '' && fs.readFileSync(f.path, 'utf8') !== f.before);
  if (unchanged.length > 0) throw new CliFailure(`${unchanged[0].path} changed while AWS was read: run --update again.`);
  const created = result.files.find((f) => f.before === '' && fs.existsSync(f.path));
  if (created) throw new CliFailure(`${created.path} exists: move it away or review it, then run --update again.`);
  writeFilesAtomically(result.files.map((f) => ({ path: f.path, text: f.after })));
  for (const line of result.messages) io.stdout(`${escapeTerminal(line)}\n`);
  io.stdout(`Updated ${result.files.map((f) => escapeTerminal(f.path)).join(', ')}: ${result.idsAdded} id(s) added, ${result.accountsAdded} account(s) added for review.\n`);
  return EXIT_OK;
}
