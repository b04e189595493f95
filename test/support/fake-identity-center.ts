// A loopback IAM Identity Center endpoint: sso-admin (X-Amz-Target: SWBExternalService.<Op>) and
// identitystore (AWSIdentityStore.<Op>), both AWS JSON 1.1, so the real SDK serializes, signs,
// paginates (NextToken/MaxResults) and retries against it. Account assignment operations are
// asynchronous as in AWS: Create/Delete answer IN_PROGRESS with a request id, and the request
// finishes `delayMs` later (seen by DescribeAccountAssignment*Status or any later call).
// It records every call, the most assignment operations in progress at once, and can answer at
// a fixed rate (ThrottlingException above it), crash after the n-th mutating call, or FAIL requests.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readJsonRequest, sendJson } from './json-protocol';

const SSO_PREFIX = 'SWBExternalService.';
const STORE_PREFIX = 'AWSIdentityStore.';

export interface FakeIcCall {
  service: 'sso-admin' | 'identitystore';
  operation: string;
  input: Record<string, any>;
  /** When it was answered (ms since the epoch). */
  at: number;
}

interface Assignment {
  AccountId: string;
  PermissionSetArn: string;
  PrincipalType: 'GROUP' | 'USER';
  PrincipalId: string;
}

interface Request {
  kind: 'create' | 'delete';
  status: { Status: 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED'; RequestId: string; FailureReason?: string; TargetId: string; TargetType: string; PermissionSetArn: string; PrincipalType: string; PrincipalId: string; CreatedDate: number };
  doneAt: number;
  key: string;
  failure?: string;
}

class IcError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export interface FakeIdentityCenterOptions {
  /** Number of instances ListInstances returns (default 1). */
  instances?: number;
  /** How long an assignment request stays IN_PROGRESS (ms, default 20). */
  delayMs?: number;
  /** Answer at most this many calls per second across both APIs (token bucket, burst = rate); more get ThrottlingException. */
  ratePerSecond?: number;
  /** Items per page when the caller gives no MaxResults, and the maximum it may ask for (default 100). */
  pageSize?: number;
}

export class FakeIdentityCenter {
  readonly instanceArns: string[];
  readonly identityStoreIds: string[];
  readonly groups = new Map<string, { GroupId: string; DisplayName: string }>();
  readonly users = new Map<string, { UserId: string; UserName: string }>();
  /** Permission sets by ARN. */
  readonly permissionSets = new Map<string, { Name: string; PermissionSetArn: string; CreatedDate: number; SessionDuration: string }>();
  readonly assignments = new Map<string, Assignment>();
  /** Permission sets ever provisioned to each account (AWS keeps them provisioned after the last assignment goes). */
  readonly provisioned = new Map<string, Set<string>>();
  readonly requests = new Map<string, Request>();
  /** Every answered HTTP request, retries included. */
  readonly calls: FakeIcCall[] = [];
  /** Requests refused with ThrottlingException. */
  throttled = 0;
  /** The most assignment requests IN_PROGRESS at one time. */
  maxInFlight = 0;
  delayMs: number;
  /** Assignment key (`account/permissionSetName/groupName`) -> FailureReason of its next create. */
  readonly failures = new Map<string, string>();
  private readonly pageSize: number;
  private readonly rate?: number;
  private tokens = 0;
  private refilledAt = Date.now();
  private crashAfterMutations?: number;
  private mutations = 0;
  private crashed = false;
  onCrash: (() => void) | undefined;
  private server: Server | undefined;
  private nextId = 1;
  url = '';

  constructor(options: FakeIdentityCenterOptions = {}) {
    const n = options.instances ?? 1;
    this.instanceArns = Array.from({ length: n }, (_, i) => `arn:aws:sso:::instance/ssoins-72238ae6eda1${String(i).padStart(4, '0')}`);
    this.identityStoreIds = Array.from({ length: n }, (_, i) => `d-90670${String(i).padStart(5, '0')}`);
    this.delayMs = options.delayMs ?? 20;
    this.pageSize = options.pageSize ?? 100;
    this.rate = options.ratePerSecond;
    this.tokens = this.rate ?? 0;
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

  /** The SDK's per-service endpoint settings for both APIs. */
  env(): Record<string, string> {
    return { AWS_ENDPOINT_URL_SSO_ADMIN: this.url, AWS_ENDPOINT_URL_IDENTITYSTORE: this.url };
  }

  get instanceArn(): string {
    return this.instanceArns[0];
  }

  // ---- seeding --------------------------------------------------------------------------------

  addGroup(displayName: string): string {
    const id = `9067${String(this.nextId++).padStart(6, '0')}-aaaa-bbbb-cccc-${String(this.nextId).padStart(12, '0')}`;
    this.groups.set(id, { GroupId: id, DisplayName: displayName });
    return id;
  }

  addUser(userName: string): string {
    const id = `9067${String(this.nextId++).padStart(6, '0')}-uuuu-bbbb-cccc-${String(this.nextId).padStart(12, '0')}`;
    this.users.set(id, { UserId: id, UserName: userName });
    return id;
  }

  addPermissionSet(name: string): string {
    const suffix = `7223e05f${String(this.nextId++).padStart(8, '0')}`;
    const arn = `arn:aws:sso:::permissionSet/${(this.instanceArn ?? 'arn:aws:sso:::instance/ssoins-0000000000000000').split('/')[1]}/ps-${suffix}`;
    this.permissionSets.set(arn, { Name: name, PermissionSetArn: arn, CreatedDate: Math.floor(Date.now() / 1000), SessionDuration: 'PT1H' });
    return arn;
  }

  groupId(name: string): string {
    return [...this.groups.values()].find((g) => g.DisplayName === name)!.GroupId;
  }

  permissionSetArn(name: string): string {
    return [...this.permissionSets.values()].find((p) => p.Name === name)!.PermissionSetArn;
  }

  /** Adds an assignment directly (out of band, or the starting state). */
  assign(accountId: string, permissionSet: string, principal: { group?: string; user?: string }): void {
    const PrincipalType = principal.user ? 'USER' : 'GROUP';
    const PrincipalId = principal.user ? [...this.users.values()].find((u) => u.UserName === principal.user)!.UserId : this.groupId(principal.group!);
    this.put({ AccountId: accountId, PermissionSetArn: this.permissionSetArn(permissionSet), PrincipalType, PrincipalId });
  }

  unassign(accountId: string, permissionSet: string, group: string): void {
    this.assignments.delete(keyOf({ AccountId: accountId, PermissionSetArn: this.permissionSetArn(permissionSet), PrincipalType: 'GROUP', PrincipalId: this.groupId(group) }));
  }

  /** The assignments as `account/permissionSetName/GROUP:name` (or USER:name), sorted. */
  assignmentList(): string[] {
    return [...this.assignments.values()]
      .map((a) => {
        const who = a.PrincipalType === 'GROUP' ? this.groups.get(a.PrincipalId)?.DisplayName : this.users.get(a.PrincipalId)?.UserName;
        return `${a.AccountId}/${this.permissionSets.get(a.PermissionSetArn)?.Name}/${a.PrincipalType}:${who}`;
      })
      .sort();
  }

  /** The next create of this assignment ends FAILED with `reason`. */
  failNext(accountId: string, permissionSet: string, group: string, reason: string): void {
    this.failures.set(`${accountId}/${permissionSet}/${group}`, reason);
  }

  /** The n-th CreateAccountAssignment/DeleteAccountAssignment from now is carried out and answered; every later request is dropped. */
  crashAfterMutation(n: number): void {
    this.crashAfterMutations = this.mutations + n;
    this.crashed = false;
  }

  recover(): void {
    this.crashAfterMutations = undefined;
    this.crashed = false;
  }

  get hasCrashed(): boolean {
    return this.crashed;
  }

  count(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const c of this.calls) counts[c.operation] = (counts[c.operation] ?? 0) + 1;
    return counts;
  }

  mutatingCalls(): number {
    return this.calls.filter((c) => c.operation === 'CreateAccountAssignment' || c.operation === 'DeleteAccountAssignment').length;
  }

  // ---- HTTP -----------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const request = await readJsonRequest(req, res, { [SSO_PREFIX]: 'sso-admin', [STORE_PREFIX]: 'identitystore' } as const, () => this.crashed, randomUUID);
    if (!request) return;
    const { service, operation, input } = request;
    if (!this.takeToken()) {
      this.throttled++;
      return this.send(res, 400, { __type: 'ThrottlingException', Message: 'Rate exceeded' });
    }
    this.calls.push({ service, operation, input, at: Date.now() });
    this.settle();
    try {
      const out = service === 'sso-admin' ? this.ssoAdmin(operation, input) : this.identityStore(operation, input);
      if (operation === 'CreateAccountAssignment' || operation === 'DeleteAccountAssignment') {
        this.mutations++;
        if (this.crashAfterMutations !== undefined && this.mutations >= this.crashAfterMutations && !this.crashed) {
          this.crashed = true;
          this.onCrash?.();
        }
      }
      this.send(res, 200, out);
    } catch (error) {
      if (error instanceof IcError) this.send(res, error.status, { __type: error.type, Message: error.message });
      else this.send(res, 500, { __type: 'InternalServerException', Message: String(error) });
    }
  }

  private takeToken(): boolean {
    if (this.rate === undefined) return true;
    const now = Date.now();
    this.tokens = Math.min(this.rate, this.tokens + ((now - this.refilledAt) / 1000) * this.rate);
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  private send(res: ServerResponse, status: number, body: Record<string, unknown>): void {
    sendJson(res, status, body, randomUUID());
  }

  private page<T>(items: T[], input: Record<string, any>, key: string): Record<string, unknown> {
    const size = input.MaxResults ?? this.pageSize;
    if (!Number.isInteger(size) || size < 1 || size > 100) throw new IcError('ValidationException', 'MaxResults must be between 1 and 100');
    let start = 0;
    if (input.NextToken !== undefined) {
      start = Number(Buffer.from(String(input.NextToken), 'base64').toString('utf8').replace(/^at:/, ''));
      if (!Number.isInteger(start) || start < 0 || start > items.length) throw new IcError('ValidationException', 'Invalid NextToken');
    }
    const out: Record<string, unknown> = { [key]: items.slice(start, start + Math.min(size, this.pageSize)) };
    if (start + Math.min(size, this.pageSize) < items.length) out.NextToken = Buffer.from(`at:${start + Math.min(size, this.pageSize)}`).toString('base64');
    return out;
  }

  // ---- requests -------------------------------------------------------------------------------

  /** Finishes every request whose time has come. */
  private settle(): void {
    const now = Date.now();
    for (const r of this.requests.values()) {
      if (r.status.Status !== 'IN_PROGRESS' || r.doneAt > now) continue;
      if (r.failure) {
        r.status.Status = 'FAILED';
        r.status.FailureReason = r.failure;
        continue;
      }
      const a = { AccountId: r.status.TargetId, PermissionSetArn: r.status.PermissionSetArn, PrincipalType: r.status.PrincipalType as 'GROUP' | 'USER', PrincipalId: r.status.PrincipalId };
      if (r.kind === 'create') this.put(a);
      else this.assignments.delete(keyOf(a));
      r.status.Status = 'SUCCEEDED';
    }
  }

  private put(a: Assignment): void {
    this.assignments.set(keyOf(a), a);
    let set = this.provisioned.get(a.AccountId);
    if (!set) this.provisioned.set(a.AccountId, (set = new Set()));
    set.add(a.PermissionSetArn);
  }

  private inFlight(): number {
    return [...this.requests.values()].filter((r) => r.status.Status === 'IN_PROGRESS').length;
  }

  private instance(input: Record<string, any>): void {
    if (!this.instanceArns.includes(String(input.InstanceArn))) throw new IcError('ResourceNotFoundException', 'The specified instance does not exist.');
  }

  private permissionSet(arn: unknown): void {
    if (!this.permissionSets.has(String(arn))) throw new IcError('ResourceNotFoundException', 'The specified permission set does not exist.');
  }

  private account(id: unknown): void {
    if (!/^\d{12}$/.test(String(id ?? ''))) throw new IcError('ValidationException', 'TargetId must be a 12-digit account id.');
  }

  private assignmentRequest(kind: 'create' | 'delete', input: Record<string, any>): Request['status'] {
    this.instance(input);
    this.permissionSet(input.PermissionSetArn);
    this.account(input.TargetId);
    if (input.TargetType !== 'AWS_ACCOUNT') throw new IcError('ValidationException', 'TargetType must be AWS_ACCOUNT.');
    if (input.PrincipalType !== 'GROUP' && input.PrincipalType !== 'USER') throw new IcError('ValidationException', 'PrincipalType must be USER or GROUP.');
    const a: Assignment = { AccountId: input.TargetId, PermissionSetArn: input.PermissionSetArn, PrincipalType: input.PrincipalType, PrincipalId: input.PrincipalId };
    const key = keyOf(a);
    if ([...this.requests.values()].some((r) => r.key === key && r.status.Status === 'IN_PROGRESS')) {
      throw new IcError('ConflictException', 'An operation on this account assignment is already in progress.');
    }
    if (kind === 'delete' && !this.assignments.has(key)) throw new IcError('ResourceNotFoundException', 'The specified account assignment does not exist.');
    const principalKnown = a.PrincipalType === 'GROUP' ? this.groups.has(a.PrincipalId) : this.users.has(a.PrincipalId);
    const name = `${a.AccountId}/${this.permissionSets.get(a.PermissionSetArn)!.Name}/${this.groups.get(a.PrincipalId)?.DisplayName ?? ''}`;
    const failure = kind === 'create' ? (this.failures.get(name) ?? (principalKnown ? undefined : 'The specified principal does not exist.')) : undefined;
    if (failure) this.failures.delete(name);
    const RequestId = randomUUID();
    const request: Request = {
      kind,
      key,
      failure,
      doneAt: Date.now() + this.delayMs,
      status: { Status: 'IN_PROGRESS', RequestId, TargetId: a.AccountId, TargetType: 'AWS_ACCOUNT', PermissionSetArn: a.PermissionSetArn, PrincipalType: a.PrincipalType, PrincipalId: a.PrincipalId, CreatedDate: Date.now() / 1000 },
    };
    this.requests.set(RequestId, request);
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight());
    return { ...request.status };
  }

  private requestStatus(kind: 'create' | 'delete', id: unknown): Request['status'] {
    const r = this.requests.get(String(id));
    if (!r || r.kind !== kind) throw new IcError('ResourceNotFoundException', 'The specified request does not exist.');
    return { ...r.status };
  }

  // ---- sso-admin ------------------------------------------------------------------------------

  private ssoAdmin(op: string, input: Record<string, any>): Record<string, unknown> {
    switch (op) {
      case 'ListInstances':
        return this.page(
          this.instanceArns.map((InstanceArn, i) => ({ InstanceArn, IdentityStoreId: this.identityStoreIds[i], OwnerAccountId: '111111111111', Name: `instance-${i}`, Status: 'ACTIVE', CreatedDate: 1700000000 })),
          input,
          'Instances',
        );
      case 'ListPermissionSets':
        this.instance(input);
        return this.page([...this.permissionSets.keys()], input, 'PermissionSets');
      case 'DescribePermissionSet':
        this.instance(input);
        this.permissionSet(input.PermissionSetArn);
        return { PermissionSet: this.permissionSets.get(input.PermissionSetArn) };
      case 'ListAccountAssignmentsForPrincipal': {
        this.instance(input);
        const list = [...this.assignments.values()]
          .filter((a) => a.PrincipalId === input.PrincipalId && a.PrincipalType === input.PrincipalType && (!input.Filter?.AccountId || a.AccountId === input.Filter.AccountId))
          .map(({ AccountId, PermissionSetArn, PrincipalId, PrincipalType }) => ({ AccountId, PermissionSetArn, PrincipalId, PrincipalType }));
        return this.page(list, input, 'AccountAssignments');
      }
      case 'ListPermissionSetsProvisionedToAccount':
        this.instance(input);
        this.account(input.AccountId);
        return this.page([...(this.provisioned.get(input.AccountId) ?? [])], input, 'PermissionSets');
      case 'ListAccountAssignments': {
        this.instance(input);
        this.account(input.AccountId);
        this.permissionSet(input.PermissionSetArn);
        const list = [...this.assignments.values()].filter((a) => a.AccountId === input.AccountId && a.PermissionSetArn === input.PermissionSetArn);
        return this.page(list, input, 'AccountAssignments');
      }
      case 'CreateAccountAssignment':
        return { AccountAssignmentCreationStatus: this.assignmentRequest('create', input) };
      case 'DeleteAccountAssignment':
        return { AccountAssignmentDeletionStatus: this.assignmentRequest('delete', input) };
      case 'DescribeAccountAssignmentCreationStatus':
        this.instance(input);
        return { AccountAssignmentCreationStatus: this.requestStatus('create', input.AccountAssignmentCreationRequestId) };
      case 'DescribeAccountAssignmentDeletionStatus':
        this.instance(input);
        return { AccountAssignmentDeletionStatus: this.requestStatus('delete', input.AccountAssignmentDeletionRequestId) };
      default:
        throw new IcError('UnknownOperationException', `The fake does not implement ${op}`);
    }
  }

  // ---- identitystore --------------------------------------------------------------------------

  private store(input: Record<string, any>): void {
    if (!this.identityStoreIds.includes(String(input.IdentityStoreId))) throw new IcError('ResourceNotFoundException', 'The specified identity store does not exist.');
  }

  private identityStore(op: string, input: Record<string, any>): Record<string, unknown> {
    this.store(input);
    switch (op) {
      case 'GetGroupId': {
        const unique = input.AlternateIdentifier?.UniqueAttribute;
        if (!unique || unique.AttributePath !== 'DisplayName' || typeof unique.AttributeValue !== 'string') {
          throw new IcError('ValidationException', 'AlternateIdentifier must be a UniqueAttribute on DisplayName.');
        }
        const group = [...this.groups.values()].find((g) => g.DisplayName === unique.AttributeValue);
        if (!group) throw new IcError('ResourceNotFoundException', 'GROUP not found.');
        return { GroupId: group.GroupId, IdentityStoreId: input.IdentityStoreId };
      }
      case 'DescribeGroup': {
        const group = this.groups.get(String(input.GroupId));
        if (!group) throw new IcError('ResourceNotFoundException', 'GROUP not found.');
        return { ...group, IdentityStoreId: input.IdentityStoreId };
      }
      case 'ListGroups':
        // As an Active Directory-backed store: listing every group is refused.
        throw new IcError('ValidationException', 'Listing groups without a filter is not supported for this identity source.');
      default:
        throw new IcError('UnknownOperationException', `The fake does not implement ${op}`);
    }
  }
}

function keyOf(a: Assignment): string {
  return `${a.AccountId}|${a.PermissionSetArn}|${a.PrincipalType}|${a.PrincipalId}`;
}

export async function startFakeIdentityCenter(options: FakeIdentityCenterOptions = {}): Promise<FakeIdentityCenter> {
  return new FakeIdentityCenter(options).start();
}
