/**
 * A failure the user can fix (bad input, missing file, refused token). The entry prints its
 * one-line message and fails the step; anything else is a bug and keeps its stack trace.
 */
export class ExpectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExpectedError';
  }
}
