// Bench section: `account-catalog plan` on generated 1k and 10k base/head pairs (whole process),
// and the loader alone on the same pairs.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { measure, OUT, ROOT } from './measure.mjs';
import { transpileSources } from './transpile.mjs';

const require = createRequire(import.meta.url);
const { generatePair } = require('./generate.cjs');

export const name = 'cli';
const SIZES = [1000, 10000];
const TARGET_WALL_MS = 1000;
const TARGET_RSS_MB = 150;
const TARGET_RATIO = 12;

export async function run({ runs }) {
  const rows = [];
  const pairs = {};
  for (const size of SIZES) {
    const dir = join(OUT, 'catalogs', String(size));
    mkdirSync(dir, { recursive: true });
    const { base, head } = generatePair(size);
    writeFileSync(join(dir, 'base.yaml'), base);
    writeFileSync(join(dir, 'head.yaml'), head);
    pairs[size] = { base: join(dir, 'base.yaml'), head: join(dir, 'head.yaml'), mb: Buffer.byteLength(head) / 1024 / 1024 };
  }

  // The loader alone, from freshly transpiled sources (what src/ says now).
  const src = transpileSources();
  const load = {};
  for (const size of SIZES) {
    const m = measure(process.execPath, [join(ROOT, 'bench', 'load-catalogs.cjs'), src, pairs[size].base, pairs[size].head], { runs });
    load[size] = m;
    rows.push({ section: name, case: `load base+head, ${size} accounts (${pairs[size].mb.toFixed(1)} MB each)`, ...m });
  }
  rows.push(ratioRow('load: 10k time / 1k time', load));

  const bin = join(ROOT, 'lib', 'cli', 'bin.js');
  if (!existsSync(bin)) {
    rows.push({ section: name, case: 'plan (CLI)', skipped: 'lib/cli/bin.js is not built: run `npx projen compile` first' });
    return rows;
  }
  const stale = newestMtime(join(ROOT, 'src')) > newestMtime(join(ROOT, 'lib'));
  const plan = {};
  for (const size of SIZES) {
    const args = [bin, 'plan', '--base', pairs[size].base, '--head', pairs[size].head, '--format', 'json'];
    // Exit 1 (the plan has error findings) is a normal outcome of a plan.
    const m = measure(process.execPath, args, { runs, okCodes: [0, 1] });
    plan[size] = m;
    const targets = size === 10000 ? { targetWallMs: TARGET_WALL_MS, targetRssMb: TARGET_RSS_MB } : {};
    rows.push({ section: name, case: `plan --format json, ${size} accounts${stale ? ' (lib/ older than src/)' : ''}`, ...m, ...targets });
  }
  rows.push(ratioRow('plan: 10k time / 1k time', plan, TARGET_RATIO));
  if (stale) {
    // lib/ lags behind src/: also time the CLI as src/ says now (transpiled above, same code path).
    const fresh = {};
    for (const size of SIZES) {
      const args = [join(src, 'cli', 'bin.js'), 'plan', '--base', pairs[size].base, '--head', pairs[size].head, '--format', 'json'];
      fresh[size] = measure(process.execPath, args, { runs, okCodes: [0, 1] });
      const targets = size === 10000 ? { targetWallMs: TARGET_WALL_MS, targetRssMb: TARGET_RSS_MB } : {};
      rows.push({ section: name, case: `plan --format json, ${size} accounts (src/ transpiled)`, ...fresh[size], ...targets });
    }
    rows.push(ratioRow('plan (src/): 10k time / 1k time', fresh, TARGET_RATIO));
  }
  return rows;
}

function ratioRow(label, bySize, target) {
  const ratio = bySize[10000].wallMs / bySize[1000].wallMs;
  return { section: name, case: label, ratio, ...(target ? { targetRatio: target } : {}) };
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}
