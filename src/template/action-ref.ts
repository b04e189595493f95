import * as fs from 'fs';
import * as path from 'path';

/** The options both project types take to pin the aws-account-catalog Action. */
export interface ActionRefOptions {
  readonly actionOwner?: string;
  readonly actionVersion?: string;
  readonly actionRef?: string;
}

/** The `uses:` reference of the Action: actionRef, else <actionOwner>/aws-account-catalog@<actionVersion>. */
export function resolveActionRef(options: ActionRefOptions): string {
  return options.actionRef ?? `${options.actionOwner ?? packageOwner()}/aws-account-catalog@${options.actionVersion ?? 'v1'}`;
}

/** The GitHub owner in this package's repository URL: where the Action is published. */
function packageOwner(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    const url: string = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url ?? '';
    const match = /github\.com[/:]([^/]+)\//.exec(url);
    if (match) return match[1];
  } catch {
    // fall through to the placeholder
  }
  return 'aws-account-catalog';
}
