import * as path from 'node:path';
import { evaluate } from '../../core/engine';
import { readCatalog } from '../../fs/read-catalog';
import { parseChoice, parseCommandArgs } from '../args';
import { UsageError } from '../errors';
import { EXIT_OK } from '../io';
import type { Command } from './command';
import { PLAN_FORMATS, renderPlan } from './output';

/** The package root: this file is src/cli/commands/demo.ts, compiled to lib/cli/commands/demo.js. */
const PACKAGE_ROOT = path.resolve(__dirname, '..', '..', '..');
export const EXAMPLES_DIR = path.join(PACKAGE_ROOT, 'examples');

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Plan the example change shipped in the package and print it as the PR comment',
  usage: `Usage: account-catalog demo [--format markdown|json|text]

Runs \`plan\` on the example shipped in the package (examples/base -> examples/head): a create, a
move, a rename, a budget raise above $500, a close and one deliberate error, and prints the plan
as the pull request comment would show it.

The demo exits 0 when it could show the plan, although the example holds an error on purpose;
\`plan\` and \`validate\` exit 1 on it.

Options:
  --format markdown|json|text   default markdown
  -h, --help                    show this help
`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs('demo', args, { format: { type: 'string' } });
    if (values.help) {
      io.stdout(this.usage);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`demo: unexpected argument '${positionals[0]}'`);
    const format = parseChoice('demo', 'format', values.format as string | undefined, PLAN_FORMATS, 'markdown');
    // Findings name examples/head/ship.yaml: paths relative to the package, not to the current directory.
    const read = (dir: string) => readCatalog([path.join(EXAMPLES_DIR, dir)], { root: PACKAGE_ROOT });
    const evaluation = evaluate({ base: read('base'), head: read('head') });
    io.stdout(renderPlan(evaluation, format));
    const errors = evaluation.plan.summary.errors;
    io.stderr(`demo: examples/base -> examples/head; ${errors} deliberate error${errors === 1 ? '' : 's'} shown above (plan would exit 1; demo exits 0).\n`);
    return EXIT_OK;
  },
};
