import { CATALOG_MODELINE, organizationalUnits, renderTeamCatalog, yamlLines } from '../../render/catalog';
import { resolveSettings } from '../../settings';
import type { OrganizationSettings } from '../settings';

/** Where a team's accounts start: the same OUs the team template uses. */
const WORKLOAD_OUS = ['/Workloads/Dev', '/Workloads/Prod'];

/** catalog/organization.yaml: the organization, its environments, OUs, policy and the platform team. */
export function renderOrganizationCatalog(s: OrganizationSettings): string[] {
  return [
    CATALOG_MODELINE,
    '# The organization\'s settings, shared by every team\'s file in this directory. Owned by the platform',
    '# team (CODEOWNERS); a pull request is always judged by the policy on the default branch.',
    ...yamlLines({
      version: 1,
      organization: {
        managementAccountId: s.managementAccountId,
        allowedEmailDomains: [s.emailDomain],
        naming: { environmentSuffix: true },
      },
      environments: { dev: { production: false }, staging: { production: false }, prod: { production: true } },
      teams: { [s.platformTeam.key]: { github: s.platformTeam.github, email: `${s.platformTeam.key}@${s.emailDomain}` } },
      organizationalUnits: [...organizationalUnits(WORKLOAD_OUS), '/Sandbox'],
      policy: {
        budget: {
          defaultMonthlyUsd: 500,
          approvalThresholdUsd: 500,
          approval: { label: 'finance-approved', teams: [s.financeTeam] },
        },
        closing: { approval: { label: 'account-closure-approved', teams: [s.platformTeam.github] } },
        access: { productionStandingPermissionSets: ['ReadOnlyAccess', 'ViewOnlyAccess'] },
      },
    }),
  ];
}

/**
 * catalog/<team>.yaml: exactly what `aws-account-repo --team <team>` writes for the team (its entry and
 * its dev and prod accounts), so a team repo's file can be copied here as it is.
 */
export function renderOrganizationTeamCatalog(s: OrganizationSettings, team: string): string[] {
  const settings = resolveSettings({
    team,
    emailDomain: s.emailDomain,
    githubTeam: `${s.org}/${team}`,
    region: s.region,
  });
  return [
    CATALOG_MODELINE,
    `# The ${team} team's accounts. Owned by @${s.org}/${team} (CODEOWNERS). A team repo made with`,
    `# \`projen new aws-account-repo --team ${team}\` writes this same file: copy it here, or edit this one.`,
    ...renderTeamCatalog(settings),
  ];
}
