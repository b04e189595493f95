import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { LabelApplication, PullRequestContext } from '../core/model';
import { UsageError } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `util.parseArgs`, strict, with its errors turned into usage errors. */
export function parseCommandArgs(command: string, args: readonly string[], options: Options): { values: Record<string, unknown>; positionals: string[] } {
  try {
    return parseArgs({ args: [...args], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    const message = (e as Error).message.split('\n')[0].replace(/\. To specify a positional argument.*$/, '');
    throw new UsageError(`${command}: ${message}`);
  }
}

/** One of `choices`, or a usage error naming them. */
export function parseChoice<T extends string>(command: string, flag: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${command}: --${flag} must be one of ${choices.join(', ')} (got '${value}')`);
}

/**
 * `--labels a,b`: the named labels count as applied by an approver, after every change, so the
 * approval rules can be tried locally. Without the flag there is no pull request context, and the
 * approval rules warn about what a merge would need.
 */
export function labelsContext(value: string | undefined): PullRequestContext | undefined {
  if (value === undefined) return undefined;
  const labels: LabelApplication[] = [...new Set(value.split(',').map((l) => l.trim()).filter((l) => l !== ''))].map((label) => ({ label, trusted: true }));
  return { labels, teamMembers: {}, budgetChangedAt: {} };
}

/** A flag that may be given several times (`--base a.yaml --base b.yaml`) or not at all. */
export function stringList(value: unknown): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

/**
 * Catalog paths from the command line. An empty one (`validate "$UNSET"`) is a usage error naming
 * the option: read as a path it would mean the current directory.
 */
export function nonEmptyPaths(command: string, option: string, paths: readonly string[]): readonly string[] {
  if (paths.some((p) => p === '')) throw new UsageError(`${command}: ${option} is empty: give a file or directory`);
  return paths;
}
