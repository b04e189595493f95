// Bench section: `validate` on a large catalog with one error on every account, against the same
// catalog without errors. Finding positions must cost linear time overall (target: at most 2x).
// BENCH_FINDINGS_ACCOUNTS sets the size (default 160,000 accounts, about 32 MB of YAML).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { measure, OUT } from './measure.mjs';
import { transpileSources } from './transpile.mjs';

const require = createRequire(import.meta.url);
const { generateAccounts, accountYaml, headerYaml } = require('./generate.cjs');

export const name = 'findings';
const ACCOUNTS = Number(process.env.BENCH_FINDINGS_ACCOUNTS ?? 160_000);
const TARGET_RATIO = 2;

/** One error per account, of four kinds: two rules, a tag rule and a schema type error. */
function withError(account, i) {
  const broken = structuredClone(account);
  switch (i % 4) {
    case 0: broken.budget.monthlyUsd = 0; break; // budget-amount
    case 1: broken.tags['aws:owner'] = 'x'; break; // tag-format
    case 2: broken.email = broken.email.replace('@acme.com', '@elsewhere.com'); break; // account-email-domain
    default: return `${accountYaml(broken)}    iamUsers: "no"\n`; // schema
  }
  return accountYaml(broken);
}

export async function run({ runs }) {
  const { accounts, teamCount } = generateAccounts(ACCOUNTS);
  const dir = join(OUT, 'catalogs', `findings-${ACCOUNTS}`);
  mkdirSync(dir, { recursive: true });
  const header = `${headerYaml(teamCount)}accounts:\n`;
  const clean = join(dir, 'clean.yaml');
  const broken = join(dir, 'one-error-per-account.yaml');
  writeFileSync(clean, header + accounts.map(accountYaml).join(''));
  writeFileSync(broken, header + accounts.map(withError).join(''));

  // The CLI as src/ says now (transpiled), so the figure never lags behind an unbuilt lib/.
  const bin = join(transpileSources(), 'cli', 'bin.js');
  const size = `${ACCOUNTS.toLocaleString('en')} accounts`;
  const withoutErrors = measure(process.execPath, [bin, 'validate', clean, '--format', 'json'], { runs, okCodes: [0, 1] });
  const withErrors = measure(process.execPath, [bin, 'validate', broken, '--format', 'json'], { runs, okCodes: [1] });
  return [
    { section: name, case: `validate --format json, ${size}, no errors`, ...withoutErrors },
    { section: name, case: `validate --format json, ${size}, one error each`, ...withErrors },
    { section: name, case: 'one error each / no errors', ratio: withErrors.wallMs / withoutErrors.wallMs, targetRatio: TARGET_RATIO },
  ];
}
