import { evaluate, type EvaluateInput } from '../../core/engine';
import type { LoadedCatalog } from '../../core/model';
import { readCatalog } from '../../fs/read-catalog';
import { labelsContext, nonEmptyPaths, parseChoice, parseCommandArgs, stringList } from '../args';
import { AWS_FLAGS, AWS_FLAGS_USAGE, readAws, type AwsFlags } from '../aws';
import { UsageError } from '../errors';
import type { CliIo } from '../io';
import type { Command } from './command';
import { exitCodeOf, PLAN_FORMATS, renderPlan } from './output';

export const planCommand: Command = {
  name: 'plan',
  summary: 'Show what a change from a base to a head catalog would do',
  usage: `Usage: account-catalog plan --base <file|dir> --head <file|dir> [--format markdown|json|text] [--labels a,b]
       account-catalog plan --live --head <file|dir> [--base <file|dir>] [--format markdown|json|text] [--profile NAME] [--region R]

Compares two catalogs (e.g. the main branch's and a pull request's) and runs every rule on the
change. The approval policy is read from the base: a change cannot approve itself.

With --live it also reads your AWS Organization (read-only calls; it never writes to AWS) and
adds what differs (drift, unmanaged accounts) and the steps apply would run after merge
("On merge, apply will"). Without --base it compares the head with AWS only.

Options:
  --base <file|dir>   the catalog before the change (repeat for several files)
  --head <file|dir>   the catalog after the change (repeat for several files)
  --format markdown   the pull request comment (default)
  --format json       the plan as JSON (spec section 4)
  --format text       one line per change, then the findings
  --labels a,b        treat these pull request labels as applied by an approver
  --live              compare with AWS too (credentials: the SDK's default chain)
${AWS_FLAGS_USAGE}
  -h, --help          show this help

Exit codes: 0 no errors, 1 error findings, 2 usage or input error.
`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs('plan', args, {
      base: { type: 'string', multiple: true },
      head: { type: 'string', multiple: true },
      format: { type: 'string' },
      labels: { type: 'string' },
      live: { type: 'boolean' },
      ...AWS_FLAGS,
    });
    if (values.help) {
      io.stdout(this.usage);
      return 0;
    }
    const format = parseChoice('plan', 'format', values.format as string | undefined, PLAN_FORMATS, 'markdown');
    const base = nonEmptyPaths('plan', '--base', stringList(values.base));
    const head = nonEmptyPaths('plan', '--head', stringList(values.head));
    if (positionals.length > 0) throw new UsageError(`plan: unexpected argument '${positionals[0]}' (use --base and --head)`);
    const pr = labelsContext(values.labels as string | undefined);
    if (values.live) {
      if (head.length === 0) throw new UsageError('plan: --live needs --head <file|dir> (and optionally --base)');
      const flags: AwsFlags = { profile: values.profile as string | undefined, region: values.region as string | undefined };
      return planLive({ head: readCatalog(head), ...(base.length > 0 ? { base: readCatalog(base, { refused: 'input-error' }) } : {}), ...(pr ? { pr } : {}) }, format, flags, io);
    }
    if (values.profile !== undefined || values.region !== undefined) throw new UsageError('plan: --profile and --region go with --live');
    if (base.length === 0 || head.length === 0) throw new UsageError('plan: give both --base <file|dir> and --head <file|dir>');
    // The base judges the change, so it must be read whole: a refused file (a symbolic link) is an input error.
    const evaluation = evaluate({ base: readCatalog(base, { refused: 'input-error' }), head: readCatalog(head), ...(pr ? { pr } : {}) });
    io.stdout(renderPlan(evaluation, format));
    return exitCodeOf(evaluation);
  },
};

/** The plan against the live organization, read with the adapter the Action uses. */
async function planLive(input: EvaluateInput & { head: LoadedCatalog }, format: (typeof PLAN_FORMATS)[number], flags: AwsFlags, io: CliIo): Promise<number> {
  const draft = evaluate(input);
  const live = await readAws(flags, io, (aws, options) => aws.readLiveOrganization(options, draft.head.catalog));
  const evaluation = evaluate({ ...input, live });
  io.stdout(renderPlan(evaluation, format));
  return exitCodeOf(evaluation);
}
