import { awscdk, JsonFile, SampleFile, YamlFile } from 'projen';
import { normalizeCommandLine } from '../cli-args';
import { assertNoErrors, checkGeneratedCatalog, formatFinding } from '../check';
import { ManagedTextFile } from '../managed-file';
import { catalogAppOptions } from '../app-options';
import { addSampleFiles, filledTemplate, TEMPLATES_DIR } from '../skeleton';
import { checkOrganizationOptions } from './check';
import type { AwsOrganizationRepoOptions } from './options';
import { renderOrganizationCatalog, renderOrganizationTeamCatalog } from './render/catalog';
import { renderCodeowners } from './render/codeowners';
import { renderRolesConfig } from './render/roles-config';
import { renderApplyWorkflow, renderDriftWorkflow, renderPlanWorkflow } from './render/workflows';
import { CATALOG_DIR, resolveOrganizationSettings, roleArn, type OrganizationSettings } from './settings';

const TEMPLATE_DIR = `${TEMPLATES_DIR}/organization`;
/** The CDK app and its test (templates/organization/MANIFEST.md): written once, then owned by the platform team. */
const CODE_FILES = ['src/main.ts', 'src/roles-config.ts', 'src/roles-stack.ts', 'test/roles-stack.test.ts'];

/** The options a command line may give as digits (see normalizeCommandLine). */
const STRING_OPTIONS = {
  ids: ['managementAccountId'],
  others: ['org', 'githubRepo', 'emailDomain', 'platformTeam', 'financeTeam', 'region', 'applyEnvironment', 'driftSchedule', 'roleNamePrefix', 'actionOwner', 'actionVersion', 'actionRef'],
};

/**
 * The organization's central repository: the account catalog (`catalog/organization.yaml` and one
 * file per team), the PR check, apply on merge and a scheduled drift run (managed workflows),
 * CODEOWNERS, and a CDK app that deploys the OIDC plan, drift and apply roles into the management account.
 *
 * @pjid aws-organization-repo
 */
export class AwsOrganizationRepo extends awscdk.AwsCdkTypeScriptApp {
  /** The catalog directory, `catalog/`. */
  public readonly catalogDir: string;

  // projen's inventory needs the parameter to be called `options`.
  constructor(options: AwsOrganizationRepoOptions) {
    options = normalizeCommandLine(options, STRING_OPTIONS);
    const settings = resolveOrganizationSettings(options);
    checkOrganizationOptions(options, settings);
    super(catalogAppOptions(options, () => readme(settings)));
    this.catalogDir = `${CATALOG_DIR}/`;

    // The catalog is the platform team's and the teams' to edit in pull requests: written once.
    const files = [
      { path: `${CATALOG_DIR}/organization.yaml`, lines: renderOrganizationCatalog(settings) },
      ...settings.teams.map((team) => ({ path: `${CATALOG_DIR}/${team}.yaml`, lines: renderOrganizationTeamCatalog(settings, team) })),
    ].map((f) => ({ path: f.path, text: `${f.lines.join('\n')}\n` }));
    for (const file of files) new SampleFile(this, file.path, { contents: file.text });
    // The options must give a catalog the PR check accepts: the same engine judges it now.
    const check = checkGeneratedCatalog(files);
    assertNoErrors(check, files[0], {}, 'aws-organization-repo');
    for (const warning of check.warnings) this.logger.warn(formatFinding(warning));

    new YamlFile(this, '.github/workflows/account-catalog.yml', { obj: renderPlanWorkflow(settings), readonly: true, marker: true });
    new YamlFile(this, '.github/workflows/account-catalog-apply.yml', { obj: renderApplyWorkflow(settings), readonly: true, marker: true });
    new YamlFile(this, '.github/workflows/account-catalog-drift.yml', { obj: renderDriftWorkflow(settings), readonly: true, marker: true });
    new ManagedTextFile(this, '.github/CODEOWNERS', renderCodeowners(settings));
    new JsonFile(this, 'roles.json', { obj: renderRolesConfig(settings), readonly: true, marker: true });

    // `npx projen build` checks the catalog with this package's CLI before the stack test and synth.
    const validate = this.addTask('validate-catalog', {
      description: 'Validate the account catalog (catalog/) with the aws-account-catalog CLI',
      exec: `account-catalog validate ${CATALOG_DIR}/`,
    });
    this.testTask.prependSpawn(validate);
    addSampleFiles(this, TEMPLATE_DIR, CODE_FILES);
  }
}

function readme(s: OrganizationSettings): string {
  return filledTemplate(TEMPLATE_DIR, 'README.md', {
    org: s.org,
    repo: s.githubRepo,
    branch: s.defaultBranch,
    managementAccountId: s.managementAccountId,
    platformTeam: s.platformTeam.github,
    financeTeam: s.financeTeam,
    firstTeam: s.teams[0],
    applyEnvironment: s.applyEnvironment || '(none: the apply role trusts the default branch)',
    planRole: roleArn(s, 'plan'),
    applyRole: roleArn(s, 'apply'),
    driftRole: roleArn(s, 'drift'),
    approvalsSecret: s.secrets.approvalsToken,
    region: s.region,
  });
}
