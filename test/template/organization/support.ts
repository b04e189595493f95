import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing } from 'projen/lib/testing';
import { AwsOrganizationRepo, type AwsOrganizationRepoOptions } from '../../../src';

/** The options projen new fills in, plus the command of the docs. */
export const ORG_BASE = { name: 'aws-accounts', defaultReleaseBranch: 'main', cdkVersion: '2.1.0', org: 'acme', managementAccountId: '111111111111' } as const;

export function orgSynth(options: Partial<AwsOrganizationRepoOptions> = {}): Record<string, any> {
  // Testing.synth deletes cwd when cwd is under the tmpdir and no outdir is given: always give one.
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-organization-repo-'));
  try {
    return Testing.synth(new AwsOrganizationRepo({ ...ORG_BASE, outdir, ...options }));
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}
