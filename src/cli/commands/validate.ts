import { evaluate } from '../../core/engine';
import { renderAnnotations } from '../../core/report/annotations';
import { renderValidateJson } from '../../core/report/json';
import { renderFindingsText } from '../../core/report/text';
import { readCatalog } from '../../fs/read-catalog';
import { labelsContext, nonEmptyPaths, parseChoice, parseCommandArgs } from '../args';
import { UsageError } from '../errors';
import type { Command } from './command';
import { exitCodeOf } from './output';

const FORMATS = ['text', 'json', 'github'] as const;

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check a catalog (files or directories) against every rule',
  usage: `Usage: account-catalog validate <file|dir>... [--format text|json|github] [--labels a,b]

Checks one catalog: the files and directories given are merged into one.

Options:
  --format text    file:line:col  severity  rule  message, then the totals (default)
  --format json    {"findings":[...],"errors":N,"warnings":N}
  --format github  the text, plus GitHub workflow-command annotations (at most 10)
  --labels a,b     treat these pull request labels as applied by an approver
  -h, --help       show this help

Exit codes: 0 no errors, 1 error findings, 2 usage or input error.
`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs('validate', args, { format: { type: 'string' }, labels: { type: 'string' } });
    if (values.help) {
      io.stdout(this.usage);
      return 0;
    }
    const format = parseChoice('validate', 'format', values.format as string | undefined, FORMATS, 'text');
    if (positionals.length === 0) throw new UsageError('validate: give at least one catalog file or directory');
    const evaluation = evaluate({ head: readCatalog(nonEmptyPaths('validate', 'the catalog path', positionals)), pr: labelsContext(values.labels as string | undefined) });
    const { findings } = evaluation.plan;
    if (format === 'json') io.stdout(renderValidateJson(findings));
    else if (format === 'github') io.stdout(`${renderFindingsText(findings)}${renderAnnotations(findings)}`);
    else io.stdout(renderFindingsText(findings));
    return exitCodeOf(evaluation);
  },
};
