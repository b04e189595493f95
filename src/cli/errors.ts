/** A wrong command line: exit 2 with a one-line message and a pointer to --help. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** An expected failure that is not the command line's fault (AWS unreachable, a file in the way): exit 2, one line. */
export class CliFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliFailure';
  }
}
