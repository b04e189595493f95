// `npm run bench`: runs each section, prints one table and writes bench/out/results.json.
// A section is a module exporting `name` and `async run({ runs })` that returns rows
// ({ section, case, wallMs, cpuMs, peakRssMb, ... } or { skipped }). Add yours with one line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { OUT } from './measure.mjs';

const SECTIONS = [
  './cli.mjs',
  './live.mjs',
  './import.mjs',
  './identity-center.mjs',
  './template.mjs',
  './action.mjs',
  './findings.mjs',
  './rates.mjs', // AWS at its documented rates: calls, throttling, wall time against the rates' lower bound
  // Action start-up and template creation add their sections here.
];

const runs = Number(process.env.BENCH_RUNS ?? 5);
// BENCH_ONLY=cli,action runs only the named sections.
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : undefined;
const rows = [];
for (const path of SECTIONS) {
  const section = await import(path);
  if (only && !only.has(section.name)) continue;
  try {
    rows.push(...(await section.run({ runs })));
  } catch (e) {
    rows.push({ section: section.name, case: 'section failed', skipped: String(e instanceof Error ? e.message : e).split('\n')[0] });
  }
}

const verdict = (row) => {
  const misses = [];
  if (row.targetWallMs !== undefined && row.wallMs >= row.targetWallMs) misses.push('wall');
  if (row.targetRssMb !== undefined && row.peakRssMb >= row.targetRssMb) misses.push('rss');
  if (row.targetRatio !== undefined && row.ratio > row.targetRatio) misses.push('ratio');
  const hasTarget = row.targetWallMs !== undefined || row.targetRssMb !== undefined || row.targetRatio !== undefined;
  return hasTarget ? (misses.length ? `MISSED (${misses.join(', ')})` : 'ok') : '';
};
const fmt = (n, digits = 0) => (n === undefined ? '' : n.toFixed(digits));
const table = [['section', 'case', 'wall ms (median)', 'wall ms (min)', 'cpu ms', 'peak RSS MB', 'target', 'result']];
for (const row of rows) {
  if (row.skipped) {
    table.push([row.section, row.case, `skipped: ${row.skipped}`, '', '', '', '', '']);
    continue;
  }
  const target = [
    row.targetWallMs !== undefined ? `< ${row.targetWallMs} ms` : '',
    row.targetRssMb !== undefined ? `< ${row.targetRssMb} MB` : '',
    row.targetRatio !== undefined ? `<= ${row.targetRatio}x` : '',
  ].filter(Boolean).join(', ');
  if (row.ratio !== undefined) table.push([row.section, row.case, `${fmt(row.ratio, 2)}x`, '', '', '', target, verdict(row)]);
  else table.push([row.section, row.case, fmt(row.wallMs), fmt(row.wallMinMs), fmt(row.cpuMs), fmt(row.peakRssMb, 1), target, verdict(row)]);
}
const widths = table[0].map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
for (const [i, r] of table.entries()) {
  console.log(r.map((c, j) => String(c).padEnd(widths[j])).join(' | '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
}
const machine = { node: process.version, cpus: cpus().length, loadAverage: loadavg(), runs };
console.log(`\nnode ${machine.node}, ${machine.cpus} CPUs, load average ${machine.loadAverage.map((l) => l.toFixed(1)).join(' ')}, median of ${runs} runs after a warm-up`);
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, rows: rows.map(({ samples, ...r }) => ({ ...r, samples })) }, null, 2)}\n`);
console.log(`wrote ${join('bench', 'out', 'results.json')}`);
