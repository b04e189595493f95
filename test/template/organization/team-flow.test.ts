// One flow from a team repo to the organization catalog: the team template's catalog/<team>.yaml is
// the file that lives in the organization repo's catalog/. Copied there, the organization catalog
// still validates with 0 errors and plans cleanly with the CLI (validate, plan).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../support/run-cli';
import { synth as teamSynth } from '../support';
import { orgSynth } from './support';

function writeCatalog(dir: string, out: Record<string, any>): void {
  fs.mkdirSync(path.join(dir, 'catalog'), { recursive: true });
  for (const file of Object.keys(out).filter((f) => f.startsWith('catalog/'))) fs.writeFileSync(path.join(dir, file), out[file]);
}

describe('team repo -> organization repo', () => {
  let work: string;
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'team-flow-'));
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  test.each([
    ['defaults', {}],
    ['a product, ids, budgets above the threshold and approver teams', {
      product: 'web', devAccountId: '222222222222', prodAccountId: '333333333333', prodMonthlyBudgetUsd: 2000,
      githubTeam: 'acme/ship', budgetApproverTeams: ['acme/finance'], emailDomain: 'acme.com',
    }],
  ])('the team file copied into catalog/ validates with 0 errors and plans cleanly (%s)', (_, teamOptions) => {
    const org = orgSynth({ emailDomain: (teamOptions as any).emailDomain ?? 'example.com' });
    const team = teamSynth({ team: 'ship', ...teamOptions });
    const base = path.join(work, `base-${Math.random().toString(36).slice(2)}`);
    const head = `${base}-head`;
    writeCatalog(base, org);
    writeCatalog(head, org);
    fs.copyFileSync(path.join(base, 'catalog', 'example.yaml'), path.join(head, 'catalog', 'example.yaml'));
    fs.writeFileSync(path.join(head, 'catalog', 'ship.yaml'), team['catalog/ship.yaml']);

    const validate = runCli(['validate', 'catalog/', '--format', 'json'], head);
    expect(validate.stderr).toBe('');
    const report = JSON.parse(validate.stdout);
    expect(report.findings.filter((f: any) => f.severity === 'error')).toEqual([]);
    expect(validate.code).toBe(0);

    // the CLI reads only inside its working directory: run it from the directory holding both checkouts
    const plan = runCli(['plan', '--base', `${path.basename(base)}/catalog`, '--head', `${path.basename(head)}/catalog`, '--format', 'json'], work);
    expect(plan.stderr).toBe('');
    const json = JSON.parse(plan.stdout);
    expect(json.summary.errors).toBe(0);
    expect(json.changes.map((c: any) => [c.account, c.action])).toEqual(
      team['catalog/ship.yaml'].includes('ship-web-dev') ? [['ship-web-dev', 'create'], ['ship-web-prod', 'create']] : [['ship-dev', 'create'], ['ship-prod', 'create']],
    );
    expect(plan.code).toBe(0);
  });

  test('the team file carries no OUs or policy of its own: the organization\'s decide', () => {
    const team = teamSynth({ team: 'ship', budgetApproverTeams: ['acme/finance'] });
    expect(team['catalog/ship.yaml']).not.toMatch(/^(organizationalUnits|policy|organization|environments):/m);
  });
});
