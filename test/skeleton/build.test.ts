// The skeleton in a real CDK app: `projen new awscdk-app-ts`, the skeleton files and a CONST.inc as the
// aws-account-repo template writes it, then `npx projen build` (compile, the stack test, cdk synth).
// Slow (about 2 minutes, needs the npm registry): runs only with SKELETON_E2E=1. The template's own
// end-to-end test in .ci/run covers the same ground through `projen new --from`.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { renderConstInc } from '../../src/template/render/const-inc';
import type { AwsAccountRepoOptions } from '../../src/template/options';
import { resolveSettings } from '../../src/template/settings';

const SKELETON = path.resolve(__dirname, '..', '..', 'templates', 'skeleton');
const CODE_FILES = ['src/main.ts', 'src/constants.ts', 'src/infra-stack.ts', 'test/infra-stack.test.ts'];
const enabled = process.env.SKELETON_E2E === '1';

(enabled ? test : test.skip)('the skeleton compiles, passes its stack test and synthesizes dev and prod', () => {
  // SKELETON_E2E_DIR reuses an app made earlier by `npx projen@0.103.25 new awscdk-app-ts --no-git`.
  const dir = process.env.SKELETON_E2E_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'skeleton-e2e-'));
  try {
    check(dir);
  } finally {
    if (!process.env.SKELETON_E2E_DIR) fs.rmSync(dir, { recursive: true, force: true });
  }
}, 600_000);

function check(dir: string): void {
  const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (!process.env.SKELETON_E2E_DIR) run('npx', ['-y', 'projen@0.103.25', 'new', 'awscdk-app-ts', '--no-git']);
  fs.rmSync(path.join(dir, 'src'), { recursive: true, force: true });
  fs.rmSync(path.join(dir, 'test'), { recursive: true, force: true });
  fs.rmSync(path.join(dir, 'cdk.out'), { recursive: true, force: true });
  for (const file of CODE_FILES) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(path.join(SKELETON, file), path.join(dir, file));
  }
  const settings = resolveSettings({ name: 'ship', defaultReleaseBranch: 'main', cdkVersion: '2.200.0', team: 'ship', devAccountId: '222222222222' } as AwsAccountRepoOptions);
  fs.writeFileSync(path.join(dir, 'CONST.inc'), `${renderConstInc(settings).join('\n')}\n`);

  run('npx', ['projen', 'build']);

  const synthesized = fs.readdirSync(path.join(dir, 'cdk.out')).filter((f) => f.endsWith('.template.json')).sort();
  expect(synthesized).toEqual(['ship-dev-infra.template.json', 'ship-prod-infra.template.json']);
  const prod = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.out', 'ship-prod-infra.template.json'), 'utf8'));
  const roles = Object.values(prod.Resources as Record<string, { Type: string; Properties: { RoleName?: string } }>).filter((r) => r.Type === 'AWS::IAM::Role');
  expect(roles.map((r) => r.Properties.RoleName).sort()).toEqual(['ship-AdminR', 'ship-OpsR', 'ship-ReadR']);
  // eslint --fix in the build must not have rewritten the team's files.
  for (const file of CODE_FILES) expect(fs.readFileSync(path.join(dir, file), 'utf8')).toBe(fs.readFileSync(path.join(SKELETON, file), 'utf8'));
}
