import type { CreateAccountStatus } from '@aws-sdk/client-organizations';
import type { AwsClients } from './clients';
import type { AccessApplyContext } from './identity-center/apply';
import type { AwsService } from './permissions';
import type { PollOptions } from './poll';

/** What a step needs while apply runs it. */
export interface StepContext {
  readonly clients: AwsClients;
  readonly poll: PollOptions;
  readonly log: (line: string) => void;
  /** Logs and records one API call of the current step, then makes it. */
  send<T>(service: AwsService, operation: string, detail: string, call: () => Promise<T>): Promise<T>;
  /** Set when the catalog configures Identity Center and its instance was found. */
  readonly identityCenter?: AccessApplyContext;
  /** ListCreateAccountStatus, read once per run, only when an account is to be created. */
  createRequests(): Promise<CreateAccountStatus[]>;
}
