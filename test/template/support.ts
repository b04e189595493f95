import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing } from 'projen/lib/testing';
import { AwsAccountRepo, type AwsAccountRepoOptions } from '../../src';

/** The options projen new fills in; every test adds its own. */
export const BASE = { name: 'ship-accounts', defaultReleaseBranch: 'main', cdkVersion: '2.1.0' } as const;

export function newRepo(options: Partial<AwsAccountRepoOptions> & { team: string }): AwsAccountRepo {
  // Testing.synth deletes cwd when cwd is under the tmpdir and no outdir is given: always give one.
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-account-repo-'));
  return new AwsAccountRepo({ ...BASE, outdir, ...options });
}

export function synth(options: Partial<AwsAccountRepoOptions> & { team: string }): Record<string, any> {
  const project = newRepo(options);
  try {
    return Testing.synth(project);
  } finally {
    fs.rmSync(project.outdir, { recursive: true, force: true });
  }
}
