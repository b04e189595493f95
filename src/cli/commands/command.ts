import type { CliIo } from '../io';

/** One CLI command: `account-catalog <name> ...`. */
export interface Command {
  readonly name: string;
  /** One line for the command list in --help. */
  readonly summary: string;
  /** The full `<name> --help` text. */
  readonly usage: string;
  /** Returns the exit code (commands that read AWS return a promise of it); throws UsageError or CatalogInputError for exit 2. */
  run(args: readonly string[], io: CliIo): number | Promise<number>;
}
