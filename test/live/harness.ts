// Loads the AWS adapter (src/aws) into jest as one ncc bundle of harness-entry.ts, built into a temp
// dir once per source version and required. The real SDK inside talks HTTP to the fake.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { MiddlewareAdder } from '../../src/aws/clients';
import type { AwsClients, IdentityCenterClients } from '../../src/aws/index';

export type { AppliedStep, ApplyReport, AwsOptions } from '../../src/aws/index';

/** What harness-entry.ts exports: the adapter's own types, so tests cannot drift from it. */
export type Adapter = typeof import('./harness-entry');

/** The Organizations and Budgets clients, with Identity Center's when a test asks for them. */
export type Clients = AwsClients & { readonly identityCenter?: IdentityCenterClients };

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
