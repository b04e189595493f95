// Loads the AWS adapter (src/aws, ESM) into CommonJS jest: bundles harness-entry.ts with ncc into
// a temp dir, once per source version, and requires it. The real SDK inside talks HTTP to the fake.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Catalog, LiveOrganization, LiveStep } from '../../src/core/model';
import type { compareLive } from '../../src/core/plan/live';

// What harness-entry.ts exports, typed by hand: this CommonJS file cannot import the ESM modules,
// not even their types under node16 resolution. The shapes mirror src/aws (index, apply, clients).

/** The stack API both SDK clients share (src/aws/clients.ts MiddlewareAdder). */
export interface MiddlewareAdder {
  add(
    middleware: (next: (args: unknown) => Promise<unknown>, context: { commandName?: string; clientName?: string }) => (args: unknown) => Promise<unknown>,
    options: { step: 'initialize' | 'build' | 'finalizeRequest'; name: string; priority?: 'high' | 'low' },
  ): void;
}

export interface IdentityCenterClients {
  readonly ssoAdmin: { readonly middlewareStack: unknown };
  readonly identityStore: { readonly middlewareStack: unknown };
}

export interface Clients {
  readonly organizations: { readonly middlewareStack: unknown };
  readonly budgets: { readonly middlewareStack: unknown };
  readonly identityCenter?: IdentityCenterClients;
}

export interface AppliedStep {
  readonly step: LiveStep;
  readonly outcome: 'done' | 'already-done' | 'failed' | 'skipped' | 'deferred' | 'dry-run';
  readonly calls: readonly string[];
  readonly message?: string;
  readonly accountId?: string;
}

export interface ApplyReport {
  readonly failed: boolean;
  readonly dryRun: boolean;
  readonly refused?: string;
  readonly steps: readonly AppliedStep[];
  readonly created: readonly { readonly account: string; readonly email: string; readonly id: string }[];
  readonly deferred?: readonly string[];
}

export interface AwsOptions {
  region?: string;
  dryRun: boolean;
  clients?: Clients;
  maxAttempts?: number;
  concurrency?: number;
  poll?: { intervalMs?: number; maxIntervalMs?: number; timeoutMs?: number };
  scope?: ReadonlySet<string>;
  allAccessPrincipals?: boolean;
  locate?: (path: readonly (string | number)[]) => { file: string; line: number; column: number };
}

export interface Adapter {
  readLiveOrganization(options: AwsOptions, catalog: Catalog): Promise<LiveOrganization>;
  applyCatalog(options: AwsOptions, head: Catalog, log: (line: string) => void): Promise<ApplyReport>;
  renderApplySummary(report: ApplyReport): string;
  AwsAccessError: new (message: string, permission?: string) => Error & { readonly permission?: string };
  createAwsClients(options: { region?: string; maxAttempts?: number }): Clients;
  readLive(clients: Clients, catalog: Catalog, options?: { concurrency?: number; allAccessPrincipals?: boolean; scope?: ReadonlySet<string> }): Promise<LiveOrganization>;
  createIdentityCenterClients(options: { region: string; maxAttempts?: number }): IdentityCenterClients;
  readAccessEntries(
    clients: Clients, config: { region: string; instanceArn?: string }, accountIds: readonly string[],
  ): Promise<{ entries: ReadonlyMap<string, { group: string; permissionSet: string }[]>; skipped: readonly string[]; problem?: string }>;
  accessProblems: typeof import('../../src/core/plan/access').accessProblems;
  KNOWN_CREATE_FAILURES: readonly string[];
  createFailureMessage(account: string, reason: string | undefined): string;
  compareLive: typeof compareLive;
  accessError(error: unknown, service: 'organizations' | 'budgets', operation: string): (Error & { readonly permission?: string }) | undefined;
  permissionFor(service: 'organizations' | 'budgets', operation: string): string;
}

const ROOT = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

export async function loadAdapter(): Promise<Adapter> {
  const files = [...sources(path.join(ROOT, 'src/aws')), ...sources(path.join(ROOT, 'src/core')), path.join(__dirname, 'harness-entry.ts')].sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(fs.readFileSync(f));
  const dir = path.join(os.tmpdir(), `account-catalog-aws-harness-${hash.digest('hex').slice(0, 16)}`);
  const out = path.join(dir, 'index.js');
  if (!fs.existsSync(out)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ncc = require('@vercel/ncc') as (entry: string, options: Record<string, unknown>) => Promise<{ code: string; assets: Record<string, { source: Buffer | string }> }>;
    const { code, assets } = await ncc(path.join(__dirname, 'harness-entry.ts'), { quiet: true, minify: false, sourceMap: false, transpileOnly: true });
    const tmp = `${dir}.${process.pid}`;
    fs.mkdirSync(tmp, { recursive: true });
    for (const [name, asset] of Object.entries(assets)) {
      fs.mkdirSync(path.dirname(path.join(tmp, name)), { recursive: true });
      fs.writeFileSync(path.join(tmp, name), asset.source);
    }
    fs.writeFileSync(path.join(tmp, 'index.js'), code);
    try {
      fs.renameSync(tmp, dir);
    } catch {
      fs.rmSync(tmp, { recursive: true, force: true }); // another worker built it first
    }
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(out) as Adapter;
}

/**
 * Real SDK clients (through AWS_ENDPOINT_URL, and AWS_ENDPOINT_URL_SSO_ADMIN / _IDENTITYSTORE with
 * `identityCenterRegion`) with a middleware that counts logical calls per operation.
 */
export function countingClients(adapter: Adapter, maxAttempts = 4, identityCenterRegion?: string) {
  const base = adapter.createAwsClients({ maxAttempts });
  const clients: Clients = identityCenterRegion ? { ...base, identityCenter: adapter.createIdentityCenterClients({ region: identityCenterRegion, maxAttempts }) } : base;
  const counts: Record<string, number> = {};
  const all = [clients.organizations, clients.budgets, ...(clients.identityCenter ? [clients.identityCenter.ssoAdmin, clients.identityCenter.identityStore] : [])];
  for (const client of all) {
    (client.middlewareStack as unknown as MiddlewareAdder).add(
      (next, context) => async (args) => {
        const op = String(context.commandName ?? '').replace(/Command$/, '');
        counts[op] = (counts[op] ?? 0) + 1;
        return next(args);
      },
      { step: 'initialize', name: 'testCallCounter', priority: 'high' },
    );
  }
  return { clients, counts, total: () => Object.values(counts).reduce((a, b) => a + b, 0) };
}
