import type { CreateAccountStatus } from '@aws-sdk/client-organizations';
import type { AwsClients } from './clients';
import type { PollOptions } from './poll';

/** What a step needs while apply runs it. */
export interface StepContext {
  readonly clients: AwsClients;
  readonly poll: PollOptions;
  readonly log: (line: string) => void;
  /** Logs and records one API call of the current step, then makes it. */
  send<T>(service: 'organizations' | 'budgets', operation: string, detail: string, call: () => Promise<T>): Promise<T>;
  /** ListCreateAccountStatus, read once per run, only when an account is to be created. */
  createRequests(): Promise<CreateAccountStatus[]>;
}
