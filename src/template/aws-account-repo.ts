import { awscdk, YamlFile } from 'projen';
import { normalizeCommandLine } from './cli-args';
import { ORGANIZATION_FILE_STEM, assertNoErrors, checkActionRef, checkOrganizationCatalogRef, checkGeneratedCatalog, checkNames, checkText, formatFinding } from './check';
import { ManagedTextFile } from './managed-file';
import { catalogAppOptions } from './app-options';
import { IdentityMode, type AwsAccountRepoOptions } from './options';
import { renderAwsCliConfig, renderAwsCliCredentials } from './render/aws-cli';
import { CATALOG_MODELINE, renderStandInOrganization, renderTeamCatalog } from './render/catalog';
import { renderConstInc } from './render/const-inc';
import { renderWorkflow } from './render/workflow';
import { resolveSettings } from './settings';
import { addSkeleton, skeletonReadme } from './skeleton';

/**
 * A team's dev/prod AWS account repository: the team's catalog entries, CONST.inc and AWS CLI
 * profile templates (managed by projen), a PR check running the aws-account-catalog Action, and a
 * CDK infra skeleton written once and then owned by the team.
 *
 * @pjid aws-account-repo
 */
export class AwsAccountRepo extends awscdk.AwsCdkTypeScriptApp {
  /** Path of the team's catalog entries, e.g. `catalog/ship.yaml`. */
  public readonly catalogPath: string;

  // projen's inventory needs the parameter to be called `options`.
  constructor(options: AwsAccountRepoOptions) {
    options = normalizeCommandLine(options);
    const settings = resolveSettings(options);
    checkNames(options.team, options.product, settings.rolePrefix);
    checkText([
      ...Object.entries(options).filter(([, v]) => typeof v === 'string'),
      ...(options.users ?? []).map((u, i) => [`users[${i}].name`, u.name] as const),
      ...[...(options.budgetApproverTeams ?? []), ...(options.platformApproverTeams ?? [])].map((t) => ['approver teams', t] as const),
    ]);
    checkActionRef(settings.actionRef);
    if (settings.organizationCatalog !== undefined) checkOrganizationCatalogRef(settings.organizationCatalog);
    super(catalogAppOptions(options, () => skeletonReadme(settings)));
    this.catalogPath = settings.catalogFile;

    const catalog = new ManagedTextFile(this, settings.catalogFile, [
      CATALOG_MODELINE,
      `# The ${settings.team} team's accounts: this file also lives in the organization repository's catalog/.`,
      '# Set the values in .projenrc.ts, not here.',
      ...renderTeamCatalog(settings),
    ]);
    // Not linked to the organization catalog: a stand-in holds the OUs and approvers the check needs.
    // Linked: the Action reads the organization's real files, and the stand-in only checks the options here.
    const standIn = [
      CATALOG_MODELINE,
      '# A stand-in for the organization repository\'s catalog/organization.yaml (OUs and approvers), so this',
      '# repo\'s check can run on its own. Set organizationCatalog in .projenrc.ts to judge by the real one.',
      ...renderStandInOrganization(settings),
    ];
    const standInPath = `catalog/${ORGANIZATION_FILE_STEM}.yaml`;
    const standInText = settings.organizationCatalog ? [...standIn, ''].join('\n') : new ManagedTextFile(this, standInPath, standIn).text;
    const check = checkGeneratedCatalog([{ path: standInPath, text: standInText }, { path: settings.catalogFile, text: catalog.text }]);
    const accountEnvs = { [settings.accounts.dev.name]: 'dev', [settings.accounts.prod.name]: 'prod' };
    assertNoErrors(check, { path: settings.catalogFile, text: catalog.text }, accountEnvs);
    for (const warning of check.warnings) this.logger.warn(formatFinding(warning));

    new ManagedTextFile(this, 'CONST.inc', [
      '# Constants of this team repo (shell syntax). Set the values in .projenrc.ts, not here.',
      ...renderConstInc(settings),
    ]);
    new ManagedTextFile(this, 'aws-cli.config.tpl', renderAwsCliConfig(settings));
    if (settings.identityMode === IdentityMode.IAM_USERS) {
      new ManagedTextFile(this, 'aws-cli.credentials.tpl', renderAwsCliCredentials(settings));
    }
    new YamlFile(this, '.github/workflows/account-catalog.yml', { obj: renderWorkflow(settings), readonly: true, marker: true });

    this.addTask('aws-config', {
      description: 'Print the AWS CLI profiles of this team (render aws-cli.*.tpl from CONST.inc); add --write to update ~/.aws/config',
      exec: 'account-catalog render-config .',
      receiveArgs: true,
    });

    addSkeleton(this);
  }
}
