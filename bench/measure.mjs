// Shared helpers for bench sections: run a whole process several times and report its wall
// time, CPU time and peak RSS (from GNU time's wait4 rusage, or a probe when that is missing).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = join(ROOT, 'bench', 'out');
const GNU_TIME = '/usr/bin/time';
const PROBE = join(ROOT, 'bench', 'rss-probe.cjs');

/**
 * Runs `command args` `runs` times (after one unmeasured warm-up run that fills the file cache)
 * and returns medians. `okCodes` are the exit codes that count as success.
 */
export function measure(command, args, { runs = 5, okCodes = [0], cwd = ROOT, env = process.env } = {}) {
  mkdirSync(OUT, { recursive: true });
  const usageFile = join(OUT, `usage-${process.pid}.txt`);
  const samples = [];
  for (let i = 0; i <= runs; i++) {
    rmSync(usageFile, { force: true });
    const useTime = existsSync(GNU_TIME);
    const argv = useTime
      ? [GNU_TIME, ['-o', usageFile, '-f', '%M %U %S', command, ...args]]
      : [command, command === process.execPath ? ['--require', PROBE, ...args] : args];
    const start = process.hrtime.bigint();
    const result = spawnSync(argv[0], argv[1], { cwd, env: { ...env, BENCH_USAGE_FILE: usageFile }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.error) throw result.error;
    if (!okCodes.includes(result.status)) {
      throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${String(result.stderr).trim().split('\n').slice(-3).join(' | ')}`);
    }
    const [maxRssKb, user, system] = readFileSync(usageFile, 'utf8').trim().split('\n').pop().split(/\s+/).map(Number);
    if (i > 0) samples.push({ wallMs, cpuMs: (user + system) * 1000, peakRssMb: maxRssKb / 1024 });
  }
  rmSync(usageFile, { force: true });
  const med = (key) => median(samples.map((s) => s[key]));
  return {
    runs,
    wallMs: med('wallMs'),
    wallMinMs: Math.min(...samples.map((s) => s.wallMs)),
    cpuMs: med('cpuMs'),
    peakRssMb: med('peakRssMb'),
    samples,
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
