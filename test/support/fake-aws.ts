// A loopback AWS Organizations + Budgets endpoint speaking the AWS JSON 1.1 protocol
// (X-Amz-Target: AWSOrganizationsV20161128.<Op> / AWSBudgetServiceGateway.<Op>), so the real SDK
// serializes, signs, paginates (NextToken/MaxResults) and retries against it.
// Errors are `400 {"__type": "<Code>", "Message": "..."}` as AWS sends them; timestamps are epoch seconds.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readJsonRequest, sendJson } from './json-protocol';
import { DOCUMENTED_RATES, type Rate } from '../../src/aws/rate-limit';

/** The table the fake enforces (re-exported for the rates benchmark). */
export { DOCUMENTED_RATES };

export interface FakeAccount {
  Id: string;
  Arn: string;
  Email: string;
  Name: string;
  Status: string;
  State: string;
  JoinedMethod: string;
  JoinedTimestamp: number;
  parentId: string;
  tags: Record<string, string>;
}

export interface FakeOu {
  Id: string;
  Arn: string;
  Name: string;
  parentId: string;
}

export interface FakeCreateRequest {
  Id: string;
  AccountName: string;
  Email: string;
  State: 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED';
  RequestedTimestamp: number;
  CompletedTimestamp?: number;
  AccountId?: string;
  FailureReason?: string;
  pollsLeft: number;
  /** With a creation latency: when the request completes (ms since the epoch). */
  dueAt?: number;
  tags: Record<string, string>;
}

interface Notification {
  NotificationType: string;
  ComparisonOperator: string;
  Threshold: number;
  ThresholdType?: string;
  NotificationState?: string;
}

interface Subscriber {
  SubscriptionType: string;
  Address: string;
}

/** DescribeBudgets' spend figures, as AWS documents them: Amount is a decimal string. */
export interface FakeSpend {
  actual?: string;
  forecast?: string;
  /** Default USD. */
  unit?: string;
  /** TimePeriod in epoch seconds; default: the start of this month (UTC) to 2087-06-15, as AWS sets it. */
  start?: number;
  end?: number;
}

/** AWS's default budget end when none is given: 2087-06-15T00:00:00Z. */
export const BUDGET_END_DEFAULT = 3706473600;

/** The start of the current month (UTC), in epoch seconds: AWS's default start of a MONTHLY budget. */
export function monthStart(at = new Date()): number {
  return Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1) / 1000;
}

/** CalculatedSpend and TimePeriod of a budget: AWS computes them; a new budget has spent 0 USD and has no forecast yet. */
function spendFields(spend: FakeSpend = {}): Record<string, unknown> {
  const unit = spend.unit ?? 'USD';
  return {
    TimePeriod: { Start: spend.start ?? monthStart(), End: spend.end ?? BUDGET_END_DEFAULT },
    CalculatedSpend: {
      ActualSpend: { Amount: spend.actual ?? '0', Unit: unit },
      ...(spend.forecast !== undefined ? { ForecastedSpend: { Amount: spend.forecast, Unit: unit } } : {}),
    },
  };
}

export interface FakeBudget {
  budget: Record<string, unknown> & { BudgetName: string; BudgetLimit?: { Amount: string; Unit: string } };
  notifications: { notification: Notification; subscribers: Subscriber[] }[];
}

export interface FakeCall {
  service: 'organizations' | 'budgets';
  operation: string;
  input: Record<string, any>;
  /** The access key id the request was signed with (SigV4 `Credential=<key>/...`). */
  accessKeyId?: string;
}

export interface FakeFault {
  /** An HTTP status and AWS error code, e.g. 400 TooManyRequestsException or 500 ServiceException. */
  status: number;
  type: string;
  message?: string;
  /** How many times in a row (default 1). */
  times?: number;
  /** Carry the call out first, then answer with the error: an answer lost on the way back. */
  after?: boolean;
}

export interface FakeAwsOptions {
  managementAccountId?: string;
  managementEmail?: string;
  managementName?: string;
  /** DescribeCreateAccountStatus answers IN_PROGRESS this many times before the request completes (default 1). */
  createPolls?: number;
  /** Root emails (lower-case) whose CreateAccount request ends FAILED with this reason. */
  createFailures?: Record<string, string>;
  /**
   * Enforce AWS's documented token buckets (DOCUMENTED_RATES), every rate and burst times this scale:
   * a call that finds its bucket empty is answered TooManyRequestsException (Budgets: ThrottlingException).
   * Also limits CreateAccount to 5 requests in progress. Off by default (an instant fake).
   */
  rateScale?: number;
  /** A CreateAccount request completes this many ms after it was made (instead of after `createPolls` polls). */
  createLatencyMs?: number;
  /** CloseAccount answers ConstraintViolationException CLOSE_ACCOUNT_QUOTA_EXCEEDED after this many closings. */
  closeQuota?: number;
}

/** AWS allows this many CreateAccount requests IN_PROGRESS at once. */
export const CREATES_IN_PROGRESS = 5;

/** A bucket that refuses instead of waiting, as AWS does. */
class EnforcedBucket {
  private tokens: number;
  private at = Date.now();
  constructor(private readonly rate: Rate) {
    this.tokens = rate.burst;
  }
  tryTake(): boolean {
    const now = Date.now();
    this.tokens = Math.min(this.rate.burst, this.tokens + ((now - this.at) / 1000) * this.rate.perSecond);
    this.at = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

class AwsError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const ORG_PREFIX = 'AWSOrganizationsV20161128.';
const BUDGETS_PREFIX = 'AWSBudgetServiceGateway.';
const now = () => Math.floor(Date.now() / 1000);

export class FakeAws {
  readonly organizationId = 'o-exampleorgid';
  readonly rootId = 'r-ex12';
  readonly managementAccountId: string;
  readonly accounts = new Map<string, FakeAccount>();
  readonly ous = new Map<string, FakeOu>();
  readonly requests = new Map<string, FakeCreateRequest>();
  /** Budgets by `<AccountId>/<BudgetName>`. */
  readonly budgets = new Map<string, FakeBudget>();
  /** Every HTTP request, retries included. */
  readonly calls: FakeCall[] = [];
  readonly denied = new Set<string>();
  createPolls: number;
  createFailures: Record<string, string>;
  readonly rateScale: number | undefined;
  readonly createLatencyMs: number | undefined;
  closeQuota: number | undefined;
  /** Requests answered with a throttling error (an empty bucket), and per operation. */
  throttled = 0;
  readonly throttledBy: Record<string, number> = {};
  /** The most CreateAccount requests IN_PROGRESS at one time. */
  peakCreating = 0;
  private closings = 0;
  private readonly buckets = new Map<string, EnforcedBucket>();
  private readonly faults = new Map<string, FakeFault[]>();
  private crashAt: number | undefined;
  /** Called once when a crash point is reached (e.g. to kill the client process). */
  onCrash: (() => void) | undefined;
  private crashed = false;
  private nextAccount = 300000000000;
  private nextId = 1;
  private server: Server | undefined;
  url = '';

  constructor(options: FakeAwsOptions = {}) {
    this.managementAccountId = options.managementAccountId ?? '111111111111';
    this.createPolls = options.createPolls ?? 1;
    this.createFailures = options.createFailures ?? {};
    this.rateScale = options.rateScale;
    this.createLatencyMs = options.createLatencyMs;
    this.closeQuota = options.closeQuota;
    this.putAccount({
      id: this.managementAccountId,
      name: options.managementName ?? 'management',
      email: options.managementEmail ?? 'aws+management@acme.com',
      ou: '/',
      joined: 'INVITED',
    });
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** Environment for a process (or this one) whose SDK clients should talk to this fake. */
  env(): Record<string, string> {
    return {
      AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKE',
      AWS_SECRET_ACCESS_KEY: 'fake-secret',
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL: this.url,
      // The client's buckets at the fake's pace: an instant fake for most tests, the enforced scale otherwise.
      ACCOUNT_CATALOG_RATE_SCALE: String(this.rateScale ?? 1000),
    };
  }

  // ---- seeding -------------------------------------------------------------------------------

  /** Creates the OU path (and its ancestors); returns its id. */
  addOu(path: string): string {
    let parentId = this.rootId;
    for (const name of path.split('/').filter((p) => p !== '')) {
      const existing = [...this.ous.values()].find((o) => o.parentId === parentId && o.Name === name);
      if (existing) {
        parentId = existing.Id;
        continue;
      }
      const id = `ou-ex12-${String(this.nextId++).padStart(8, '0')}`;
      this.ous.set(id, { Id: id, Name: name, parentId, Arn: `arn:aws:organizations::${this.managementAccountId}:ou/${this.organizationId}/${id}` });
      parentId = id;
    }
    return parentId;
  }

  ouPath(id: string): string {
    if (id === this.rootId) return '/';
    const names: string[] = [];
    for (let ou = this.ous.get(id); ou; ou = this.ous.get(ou.parentId)) names.unshift(ou.Name);
    return `/${names.join('/')}`;
  }

  putAccount(a: { id?: string; name: string; email: string; ou?: string; status?: string; tags?: Record<string, string>; joined?: string }): FakeAccount {
    const id = a.id ?? String(this.nextAccount++);
    const status = a.status ?? 'ACTIVE';
    const account: FakeAccount = {
      Id: id,
      Arn: `arn:aws:organizations::${this.managementAccountId}:account/${this.organizationId}/${id}`,
      Email: a.email,
      Name: a.name,
      Status: status,
      State: status,
      JoinedMethod: a.joined ?? 'CREATED',
      JoinedTimestamp: now(),
      parentId: this.addOu(a.ou ?? '/'),
      tags: { ...(a.tags ?? {}) },
    };
    this.accounts.set(id, account);
    return account;
  }

  putBudget(accountId: string, monthlyUsd: number, alerts: { percent: number; type?: string }[], recipients: string[], spend?: FakeSpend): void {
    const name = `account-catalog-${accountId}`;
    this.budgets.set(`${this.managementAccountId}/${name}`, {
      budget: {
        BudgetName: name,
        BudgetLimit: { Amount: monthlyUsd.toFixed(1), Unit: 'USD' },
        BudgetType: 'COST',
        TimeUnit: 'MONTHLY',
        CostFilters: { LinkedAccount: [accountId] },
        ...spendFields(spend),
      },
      notifications: alerts.map((a) => ({
        notification: { NotificationType: a.type === 'forecasted' ? 'FORECASTED' : 'ACTUAL', ComparisonOperator: 'GREATER_THAN', Threshold: a.percent, ThresholdType: 'PERCENTAGE', NotificationState: 'OK' },
        subscribers: recipients.map((Address) => ({ SubscriptionType: 'EMAIL', Address })),
      })),
    });
  }

  /** Sets what AWS has computed for an account's catalog budget this month. */
  setSpend(accountId: string, spend: FakeSpend): void {
    const found = this.budgets.get(`${this.managementAccountId}/account-catalog-${accountId}`);
    if (!found) throw new Error(`no budget for ${accountId}`);
    Object.assign(found.budget, spendFields(spend));
  }

  // ---- fault injection -----------------------------------------------------------------------

  /** The next call(s) of `operation` fail with this fault. */
  fault(operation: string, fault: FakeFault): void {
    const list = this.faults.get(operation) ?? [];
    for (let i = 0; i < (fault.times ?? 1); i++) list.push(fault);
    this.faults.set(operation, list);
  }

  /** Simulates a crash: the `n`th request from now is carried out and answered, then every later request is dropped. */
  crashAfter(n: number): void {
    this.crashAt = this.calls.length + n;
    this.crashed = false;
  }

  recover(): void {
    this.crashAt = undefined;
    this.crashed = false;
  }

  get hasCrashed(): boolean {
    return this.crashed;
  }

  /** Logical calls per operation (retries included), e.g. { ListAccountsForParent: 3 }. */
  count(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const c of this.calls) counts[c.operation] = (counts[c.operation] ?? 0) + 1;
    return counts;
  }

  activeAccounts(): FakeAccount[] {
    return [...this.accounts.values()].filter((a) => a.Status === 'ACTIVE');
  }

  // ---- HTTP ----------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const request = await readJsonRequest(req, res, { [ORG_PREFIX]: 'organizations', [BUDGETS_PREFIX]: 'budgets' } as const, () => this.crashed, () => `req-${this.calls.length}`);
    if (!request) return;
    const { service, operation, input } = request;
    const accessKeyId = /Credential=([^/,\s]+)\//.exec(String(req.headers.authorization))?.[1];
    this.calls.push({ service, operation, input, ...(accessKeyId ? { accessKeyId } : {}) });
    if (this.rateScale !== undefined && !this.bucket(service, operation).tryTake()) {
      this.throttled++;
      this.throttledBy[operation] = (this.throttledBy[operation] ?? 0) + 1;
      return this.send(res, 400, { __type: service === 'budgets' ? 'ThrottlingException' : 'TooManyRequestsException', Message: 'Rate exceeded' });
    }
    this.completeDue();
    const finish = () => {
      if (this.crashAt !== undefined && this.calls.length >= this.crashAt && !this.crashed) {
        this.crashed = true;
        this.onCrash?.();
      }
    };
    const fault = this.faults.get(operation)?.shift();
    if (fault?.after) {
      try {
        if (service === 'organizations') this.organizations(operation, input);
        else this.budgetsApi(operation, input);
      } catch {
        // the answer is replaced by the fault either way
      }
    }
    if (fault) {
      finish();
      return this.send(res, fault.status, { __type: fault.type, Message: fault.message ?? `Injected ${fault.type}` });
    }
    if (this.denied.has(operation)) {
      finish();
      return this.send(res, 400, { __type: 'AccessDeniedException', Message: "You don't have permissions to access this resource." });
    }
    try {
      const out = service === 'organizations' ? this.organizations(operation, input) : this.budgetsApi(operation, input);
      finish();
      this.send(res, 200, out);
    } catch (error) {
      finish();
      if (error instanceof AwsError) this.send(res, error.status, { __type: error.type, Message: error.message, ...error.extra });
      else this.send(res, 500, { __type: 'ServiceException', Message: String(error) });
    }
  }

  /** The documented bucket of an operation (the service's `*` one when it has none of its own). */
  private bucket(service: 'organizations' | 'budgets', operation: string): EnforcedBucket {
    const table = DOCUMENTED_RATES[service];
    const key = table[operation] ? `${service}:${operation}` : `${service}:*`;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      const rate = table[operation] ?? table['*'];
      const scale = this.rateScale ?? 1;
      bucket = new EnforcedBucket({ perSecond: rate.perSecond * scale, burst: Math.max(1, rate.burst * scale) });
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  /** With a creation latency: requests whose time has come complete. */
  private completeDue(): void {
    if (this.createLatencyMs === undefined) return;
    const now = Date.now();
    for (const r of this.requests.values()) if (r.State === 'IN_PROGRESS' && r.dueAt !== undefined && r.dueAt <= now) this.complete(r);
  }

  private inProgress(): number {
    let n = 0;
    for (const r of this.requests.values()) if (r.State === 'IN_PROGRESS') n++;
    return n;
  }

  private send(res: ServerResponse, status: number, body: Record<string, unknown>): void {
    sendJson(res, status, body, `req-${this.calls.length}`);
  }

  // ---- pagination ----------------------------------------------------------------------------

  private page<T>(items: T[], input: Record<string, any>, max: number, key: string): Record<string, unknown> {
    const size = input.MaxResults ?? max;
    if (!Number.isInteger(size) || size < 1 || size > max) throw new AwsError(key === 'Budgets' || key === 'Notifications' || key === 'Subscribers' ? 'InvalidParameterException' : 'InvalidInputException', `MaxResults must be between 1 and ${max}`, 400, key === 'Budgets' || key === 'Notifications' || key === 'Subscribers' ? {} : { Reason: 'INVALID_INPUT' });
    let start = 0;
    if (input.NextToken !== undefined) {
      start = Number(Buffer.from(String(input.NextToken), 'base64').toString('utf8').replace(/^offset:/, ''));
      if (!Number.isInteger(start) || start < 0 || start > items.length) throw new AwsError('InvalidInputException', 'Invalid NextToken', 400, { Reason: 'INVALID_NEXT_TOKEN' });
    }
    const slice = items.slice(start, start + size);
    const out: Record<string, unknown> = { [key]: slice };
    if (start + size < items.length) out.NextToken = Buffer.from(`offset:${start + size}`).toString('base64');
    return out;
  }

  // ---- Organizations -------------------------------------------------------------------------

  private accountShape(a: FakeAccount): Record<string, unknown> {
    const { parentId: _p, tags: _t, ...shape } = a;
    return shape;
  }

  private requestShape(r: FakeCreateRequest): Record<string, unknown> {
    const { pollsLeft: _p, tags: _t, Email: _e, dueAt: _d, ...shape } = r;
    return shape;
  }

  private parentExists(id: string): boolean {
    return id === this.rootId || this.ous.has(id);
  }

  private account(id: unknown): FakeAccount {
    const account = this.accounts.get(String(id));
    if (!account) throw new AwsError('AccountNotFoundException', `You specified an account that doesn't exist.`);
    return account;
  }

  private organizations(op: string, input: Record<string, any>): Record<string, unknown> {
    switch (op) {
      case 'DescribeOrganization':
        return {
          Organization: {
            Id: this.organizationId,
            Arn: `arn:aws:organizations::${this.managementAccountId}:organization/${this.organizationId}`,
            FeatureSet: 'ALL',
            MasterAccountId: this.managementAccountId,
            MasterAccountArn: `arn:aws:organizations::${this.managementAccountId}:account/${this.organizationId}/${this.managementAccountId}`,
            MasterAccountEmail: this.accounts.get(this.managementAccountId)?.Email,
          },
        };
      case 'ListRoots':
        return this.page([{ Id: this.rootId, Arn: `arn:aws:organizations::${this.managementAccountId}:root/${this.organizationId}/${this.rootId}`, Name: 'Root', PolicyTypes: [] }], input, 20, 'Roots');
      case 'ListOrganizationalUnitsForParent': {
        if (!this.parentExists(input.ParentId)) throw new AwsError('ParentNotFoundException', `We can't find a root or OU with the ParentId that you specified.`);
        const ous = [...this.ous.values()].filter((o) => o.parentId === input.ParentId).map(({ Id, Arn, Name }) => ({ Id, Arn, Name }));
        return this.page(ous, input, 20, 'OrganizationalUnits');
      }
      case 'ListAccountsForParent': {
        if (!this.parentExists(input.ParentId)) throw new AwsError('ParentNotFoundException', `We can't find a root or OU with the ParentId that you specified.`);
        const accounts = [...this.accounts.values()].filter((a) => a.parentId === input.ParentId).map((a) => this.accountShape(a));
        return this.page(accounts, input, 20, 'Accounts');
      }
      case 'ListAccounts':
        return this.page([...this.accounts.values()].map((a) => this.accountShape(a)), input, 20, 'Accounts');
      case 'DescribeAccount':
        return { Account: this.accountShape(this.account(input.AccountId)) };
      case 'ListTagsForResource': {
        const account = this.account(input.ResourceId);
        return this.page(Object.entries(account.tags).map(([Key, Value]) => ({ Key, Value })), input, 20, 'Tags');
      }
      case 'TagResource': {
        const account = this.account(input.ResourceId);
        for (const t of input.Tags ?? []) account.tags[t.Key] = t.Value;
        return {};
      }
      case 'UntagResource': {
        const account = this.account(input.ResourceId);
        for (const k of input.TagKeys ?? []) delete account.tags[k];
        return {};
      }
      case 'CreateOrganizationalUnit': {
        if (!this.parentExists(input.ParentId)) throw new AwsError('ParentNotFoundException', `We can't find a root or OU with the ParentId that you specified.`);
        if ([...this.ous.values()].some((o) => o.parentId === input.ParentId && o.Name === input.Name)) {
          throw new AwsError('DuplicateOrganizationalUnitException', 'An OU with the same name already exists.');
        }
        const parentPath = this.ouPath(input.ParentId);
        const id = this.addOu(parentPath === '/' ? `/${input.Name}` : `${parentPath}/${input.Name}`);
        const { Id, Arn, Name } = this.ous.get(id)!;
        return { OrganizationalUnit: { Id, Arn, Name } };
      }
      case 'MoveAccount': {
        const account = this.account(input.AccountId);
        if (!this.parentExists(input.SourceParentId)) throw new AwsError('SourceParentNotFoundException', `We can't find a source root or OU with the ParentId that you specified.`);
        if (!this.parentExists(input.DestinationParentId)) throw new AwsError('DestinationParentNotFoundException', `We can't find the destination container (a root or OU) with the ParentId that you specified.`);
        if (account.parentId === input.DestinationParentId) throw new AwsError('DuplicateAccountException', 'That account is already present in the specified destination.');
        if (account.parentId !== input.SourceParentId) throw new AwsError('AccountNotFoundException', `You specified an account that doesn't exist in the source parent.`);
        account.parentId = input.DestinationParentId;
        return {};
      }
      case 'CreateAccount': {
        const email = String(input.Email ?? '');
        const name = String(input.AccountName ?? '');
        if (!/^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/.test(email) || email.length < 6 || email.length > 64) {
          throw new AwsError('ConstraintViolationException', 'You provided a value that does not match the required pattern.', 400, { Reason: 'INVALID_EMAIL_ADDRESS_TARGET' });
        }
        if (name.length < 1 || name.length > 50) throw new AwsError('InvalidInputException', 'AccountName length', 400, { Reason: 'INVALID_INPUT' });
        if (this.rateScale !== undefined && this.inProgress() >= CREATES_IN_PROGRESS) {
          throw new AwsError('TooManyRequestsException', `At most ${CREATES_IN_PROGRESS} CreateAccount requests can be in progress.`);
        }
        const id = `car-${(this.nextId++).toString(16).padStart(32, '0')}`;
        const key = email.toLowerCase();
        const taken =
          [...this.accounts.values()].some((a) => a.Email.toLowerCase() === key) ||
          [...this.requests.values()].some((r) => r.State !== 'FAILED' && r.Email.toLowerCase() === key);
        const request: FakeCreateRequest = {
          Id: id,
          AccountName: name,
          Email: email,
          State: 'IN_PROGRESS',
          RequestedTimestamp: now(),
          pollsLeft: this.createLatencyMs === undefined ? this.createPolls : Infinity,
          ...(this.createLatencyMs === undefined ? {} : { dueAt: Date.now() + this.createLatencyMs }),
          tags: Object.fromEntries((input.Tags ?? []).map((t: { Key: string; Value: string }) => [t.Key, t.Value])),
        };
        if (taken) request.FailureReason = 'EMAIL_ALREADY_EXISTS';
        else if (this.createFailures[key]) request.FailureReason = this.createFailures[key];
        this.requests.set(id, request);
        if (request.pollsLeft <= 0) this.complete(request);
        this.peakCreating = Math.max(this.peakCreating, this.inProgress());
        return { CreateAccountStatus: this.requestShape(request) };
      }
      case 'DescribeCreateAccountStatus': {
        const request = this.requests.get(String(input.CreateAccountRequestId));
        if (!request) throw new AwsError('CreateAccountStatusNotFoundException', `We can't find a create account request with the CreateAccountRequestId that you specified.`);
        if (request.State === 'IN_PROGRESS' && --request.pollsLeft <= 0) this.complete(request);
        return { CreateAccountStatus: this.requestShape(request) };
      }
      case 'ListCreateAccountStatus': {
        const states: string[] | undefined = input.States;
        const list = [...this.requests.values()].filter((r) => !states || states.includes(r.State)).map((r) => this.requestShape(r));
        return this.page(list, input, 20, 'CreateAccountStatuses');
      }
      case 'CloseAccount': {
        const account = this.account(input.AccountId);
        if (account.Id === this.managementAccountId) {
          throw new AwsError('ConstraintViolationException', 'You cannot close the management account.', 400, { Reason: 'CANNOT_CLOSE_MANAGEMENT_ACCOUNT' });
        }
        if (account.Status !== 'ACTIVE') throw new AwsError('AccountAlreadyClosedException', 'You attempted to close an account that is already closed.');
        if (this.closeQuota !== undefined && this.closings >= this.closeQuota) {
          throw new AwsError('ConstraintViolationException', 'You have exceeded the number of accounts you can close in 30 days.', 400, { Reason: 'CLOSE_ACCOUNT_QUOTA_EXCEEDED' });
        }
        this.closings++;
        account.Status = 'PENDING_CLOSURE';
        account.State = 'PENDING_CLOSURE';
        return {};
      }
      default:
        throw new AwsError('UnknownOperationException', `The fake does not implement ${op}`);
    }
  }

  private complete(request: FakeCreateRequest): void {
    request.CompletedTimestamp = now();
    if (request.FailureReason) {
      request.State = 'FAILED';
      return;
    }
    const account = this.putAccount({ name: request.AccountName, email: request.Email, ou: '/', tags: request.tags });
    request.State = 'SUCCEEDED';
    request.AccountId = account.Id;
  }

  // ---- Budgets -------------------------------------------------------------------------------

  private budget(input: Record<string, any>): FakeBudget {
    const found = this.budgets.get(`${input.AccountId}/${input.BudgetName}`);
    if (!found) throw new AwsError('NotFoundException', `Unable to get budget: ${input.BudgetName} - the budget doesn't exist.`);
    return found;
  }

  private notification(budget: FakeBudget, n: Notification | undefined): FakeBudget['notifications'][number] | undefined {
    return budget.notifications.find(
      (x) =>
        x.notification.NotificationType === n?.NotificationType &&
        x.notification.ComparisonOperator === n?.ComparisonOperator &&
        x.notification.Threshold === n?.Threshold &&
        (x.notification.ThresholdType ?? 'PERCENTAGE') === (n?.ThresholdType ?? 'PERCENTAGE'),
    );
  }

  private checkAccountId(input: Record<string, any>): void {
    if (!/^\d{12}$/.test(String(input.AccountId ?? ''))) throw new AwsError('InvalidParameterException', 'AccountId must be 12 digits.');
  }

  private budgetsApi(op: string, input: Record<string, any>): Record<string, unknown> {
    this.checkAccountId(input);
    switch (op) {
      case 'DescribeBudgets': {
        const list = [...this.budgets.entries()].filter(([k]) => k.startsWith(`${input.AccountId}/`)).map(([, b]) => b.budget);
        return this.page(list, input, 1000, 'Budgets');
      }
      case 'DescribeBudget':
        return { Budget: this.budget(input).budget };
      case 'CreateBudget': {
        const key = `${input.AccountId}/${input.Budget?.BudgetName}`;
        if (this.budgets.has(key)) throw new AwsError('DuplicateRecordException', `Error creating budget: ${input.Budget?.BudgetName} - the budget already exists.`);
        const limit = input.Budget?.BudgetLimit;
        this.budgets.set(key, {
          budget: { ...input.Budget, BudgetLimit: limit ? { Amount: Number(limit.Amount).toFixed(1), Unit: limit.Unit } : undefined, ...spendFields() },
          notifications: (input.NotificationsWithSubscribers ?? []).map((n: { Notification: Notification; Subscribers: Subscriber[] }) => ({
            notification: { ThresholdType: 'PERCENTAGE', ...n.Notification, NotificationState: 'OK' },
            subscribers: [...n.Subscribers],
          })),
        });
        return {};
      }
      case 'UpdateBudget': {
        const budget = this.budget({ AccountId: input.AccountId, BudgetName: input.NewBudget?.BudgetName });
        const limit = input.NewBudget?.BudgetLimit;
        // AWS computes the spend and keeps the period unless one is given.
        const { TimePeriod, CalculatedSpend } = budget.budget;
        budget.budget = { TimePeriod, ...input.NewBudget, CalculatedSpend, BudgetLimit: limit ? { Amount: Number(limit.Amount).toFixed(1), Unit: limit.Unit } : undefined };
        return {};
      }
      case 'DescribeNotificationsForBudget': {
        const budget = this.budget(input);
        return this.page(budget.notifications.map((n) => n.notification), input, 100, 'Notifications');
      }
      case 'DescribeSubscribersForNotification': {
        const n = this.notification(this.budget(input), input.Notification);
        if (!n) throw new AwsError('NotFoundException', 'Unable to find the notification.');
        return this.page(n.subscribers, input, 100, 'Subscribers');
      }
      case 'CreateNotification': {
        const budget = this.budget(input);
        if (this.notification(budget, input.Notification)) throw new AwsError('DuplicateRecordException', 'The notification already exists.');
        if (budget.notifications.length >= 5) throw new AwsError('CreationLimitExceededException', 'A budget has at most 5 notifications.');
        budget.notifications.push({ notification: { ThresholdType: 'PERCENTAGE', ...input.Notification, NotificationState: 'OK' }, subscribers: [...input.Subscribers] });
        return {};
      }
      case 'DeleteNotification': {
        const budget = this.budget(input);
        const n = this.notification(budget, input.Notification);
        if (!n) throw new AwsError('NotFoundException', 'Unable to find the notification.');
        budget.notifications.splice(budget.notifications.indexOf(n), 1);
        return {};
      }
      case 'CreateSubscriber': {
        const n = this.notification(this.budget(input), input.Notification);
        if (!n) throw new AwsError('NotFoundException', 'Unable to find the notification.');
        if (n.subscribers.some((s) => s.Address === input.Subscriber?.Address)) throw new AwsError('DuplicateRecordException', 'The subscriber already exists.');
        n.subscribers.push(input.Subscriber);
        return {};
      }
      case 'DeleteSubscriber': {
        const n = this.notification(this.budget(input), input.Notification);
        const i = n ? n.subscribers.findIndex((s) => s.Address === input.Subscriber?.Address) : -1;
        if (!n || i < 0) throw new AwsError('NotFoundException', 'Unable to find the subscriber.');
        n.subscribers.splice(i, 1);
        return {};
      }
      default:
        throw new AwsError('UnknownOperationException', `The fake does not implement ${op}`);
    }
  }
}

export async function startFakeAws(options: FakeAwsOptions = {}): Promise<FakeAws> {
  return new FakeAws(options).start();
}
