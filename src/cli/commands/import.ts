import { AWS_FLAGS_USAGE } from '../aws';
import type { Command } from './command';

export const IMPORT_USAGE = `Usage: account-catalog import [--output <file|dir>] [--split-by none|owner|ou] [--owner-tag KEY] [--environment-tag KEY] [--force]
       account-catalog import --update <file|dir> [--dry-run]

Reads your AWS Organization (read-only calls) and writes a catalog that describes it as it is:
the OU tree, every account with its state and tags, the catalog's own budgets
(account-catalog-<id>) and the management account. It prints what it inferred and what you
must decide; the same guesses are marked "# review:" in the files. It never writes to AWS.

--update keeps an existing catalog in step with AWS: it adds the id of each entry AWS has
(matched by root email) and adds the accounts AWS has and the catalog lacks, marked for review.
Every other byte of the catalog stays as it was.

Options:
  --output <file|dir>     where to write (default: print the catalog); a directory with --split-by
  --split-by none         one file (default)
  --split-by owner|ou     a directory: organization.yaml plus one file per owner or per OU
  --owner-tag KEY         the tag naming an account's team (default: owner, team, Owner, Team)
  --environment-tag KEY   the tag naming its environment (default: environment, env); else the OU
                          or the name suffix (-dev, _Prod) is used, and the summary says so
  --force                 replace an existing file (never without it)
  --update <file|dir>     update this catalog in place instead of writing a new one
  --dry-run               with --update: print the diff, write nothing
${AWS_FLAGS_USAGE}
  -h, --help              show this help

Credentials come from the SDK's default chain (AWS_PROFILE, the environment, SSO); AWS_ENDPOINT_URL
and AWS_ENDPOINT_URL_<SERVICE> are honoured. See docs/live-aws.md for the read-only IAM policy.
Exit codes: 0 written, 2 usage, AWS or file error (nothing written).
`;

export const importCommand: Command = {
  name: 'import',
  summary: 'Write a catalog from your AWS Organization (read-only), or --update one',
  usage: IMPORT_USAGE,
  run(args, io) {
    // Loaded on use: validate, plan and render-config do not pay for import's modules.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('./import-run') as typeof import('./import-run')).runImport(args, io);
  },
};
