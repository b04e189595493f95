import * as fs from 'node:fs';
import * as path from 'node:path';
import { escapeTerminal } from '../core/report/escape';
import { CatalogInputError } from '../fs/read-catalog';
import type { Command } from './commands/command';
import { demoCommand } from './commands/demo';
import { importCommand } from './commands/import';
import { planCommand } from './commands/plan';
import { renderConfigCommand } from './commands/render-config';
import { validateCommand } from './commands/validate';
import { CliFailure, UsageError } from './errors';
import { EXIT_USAGE, processIo, type CliIo } from './io';

const COMMANDS: readonly Command[] = [
  validateCommand,
  planCommand,
  importCommand,
  renderConfigCommand,
  demoCommand,
];

const ISSUES_URL = 'https://github.com/example/aws-account-catalog/issues';

/**
 * Runs `account-catalog <argv...>` and returns the exit code: a number for the commands that only
 * read files, a promise for those that read AWS (import, plan --live). Never throws or rejects.
 */
export function main(argv: readonly string[], io: CliIo = processIo()): number | Promise<number> {
  try {
    const code = dispatch(argv, io);
    return typeof code === 'number' ? code : code.catch((e: unknown) => failed(e, io));
  } catch (e) {
    return failed(e, io);
  }
}

function failed(e: unknown, io: CliIo): number {
  if (e instanceof UsageError) {
    io.stderr(`account-catalog: ${escapeTerminal(e.message)} (see account-catalog --help)\n`);
    return EXIT_USAGE;
  }
  if (e instanceof CatalogInputError || e instanceof CliFailure) {
    io.stderr(`account-catalog: ${escapeTerminal(e.message.split('\n')[0])}\n`);
    return EXIT_USAGE;
  }
  const error = e instanceof Error ? e : new Error(String(e));
  io.stderr(`account-catalog: unexpected error: ${escapeTerminal(error.message.split('\n')[0])}; please report it at ${ISSUES_URL}\n`);
  if (io.env.ACCOUNT_CATALOG_DEBUG === '1') io.stderr(`${error.stack ?? ''}\n`);
  return EXIT_USAGE;
}

function dispatch(argv: readonly string[], io: CliIo): number | Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(help());
    return EXIT_USAGE;
  }
  if (first === '--help' || first === '-h') {
    io.stdout(help());
    return 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${version()}\n`);
    return 0;
  }
  if (first === 'help') {
    const command = rest[0] === undefined ? undefined : findCommand(rest[0]);
    io.stdout(command ? command.usage : help());
    return 0;
  }
  return findCommand(first).run(rest, io);
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(name.startsWith('-') ? `unknown option '${name}'` : `unknown command '${name}'`);
  return command;
}

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `account-catalog ${version()}: validate and plan an AWS account catalog

Usage: account-catalog <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run 'account-catalog <command> --help' for a command's options.
Exit codes: 0 no errors, 1 error findings, 2 usage or input error.
Set ACCOUNT_CATALOG_DEBUG=1 to see the stack of an unexpected error.
`;
}

function version(): string {
  // src/cli/main.ts and lib/cli/main.js both sit two levels under the package root.
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}
