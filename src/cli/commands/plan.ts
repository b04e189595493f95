import { evaluate } from '../../core/engine';
import { readCatalog } from '../../fs/read-catalog';
import { labelsContext, nonEmptyPaths, parseChoice, parseCommandArgs, stringList } from '../args';
import { UsageError } from '../errors';
import type { Command } from './command';
import { exitCodeOf, PLAN_FORMATS, renderPlan } from './output';

export const planCommand: Command = {
  name: 'plan',
  summary: 'Show what a change from a base to a head catalog would do',
  usage: `Usage: account-catalog plan --base <file|dir> --head <file|dir> [--format markdown|json|text] [--labels a,b]

Compares two catalogs (e.g. the main branch's and a pull request's) and runs every rule on the
change. The approval policy is read from the base: a change cannot approve itself.

Options:
  --base <file|dir>   the catalog before the change (repeat for several files)
  --head <file|dir>   the catalog after the change (repeat for several files)
  --format markdown   the pull request comment (default)
  --format json       the plan as JSON (spec section 4)
  --format text       one line per change, then the findings
  --labels a,b        treat these pull request labels as applied by an approver
  -h, --help          show this help

Exit codes: 0 no errors, 1 error findings, 2 usage or input error.
`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs('plan', args, {
      base: { type: 'string', multiple: true },
      head: { type: 'string', multiple: true },
      format: { type: 'string' },
      labels: { type: 'string' },
    });
    if (values.help) {
      io.stdout(this.usage);
      return 0;
    }
    const format = parseChoice('plan', 'format', values.format as string | undefined, PLAN_FORMATS, 'markdown');
    const base = nonEmptyPaths('plan', '--base', stringList(values.base));
    const head = nonEmptyPaths('plan', '--head', stringList(values.head));
    if (positionals.length > 0) throw new UsageError(`plan: unexpected argument '${positionals[0]}' (use --base and --head)`);
    if (base.length === 0 || head.length === 0) throw new UsageError('plan: give both --base <file|dir> and --head <file|dir>');
    // The base judges the change, so it must be read whole: a refused file (a symbolic link) is an input error.
    const evaluation = evaluate({ base: readCatalog(base, { refused: 'input-error' }), head: readCatalog(head), pr: labelsContext(values.labels as string | undefined) });
    io.stdout(renderPlan(evaluation, format));
    return exitCodeOf(evaluation);
  },
};
