import { InvalidOptionsError, ORGANIZATION_FILE_STEM, SLUG, checkActionRef, checkText } from '../check';
import type { AwsOrganizationRepoOptions } from './options';
import type { OrganizationSettings } from './settings';

export const PROJECT_TYPE = 'aws-organization-repo';

const GITHUB_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const GITHUB_REPO = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9_.-]{1,100}$/;
/** A branch or environment name that is safe in an OIDC `sub` claim and a workflow file. */
const REF_NAME = /^[A-Za-z0-9_][A-Za-z0-9_./-]{0,99}$/;

function fail(message: string): never {
  throw new InvalidOptionsError(`${PROJECT_TYPE}: ${message}`);
}

/** Options that become IAM trust conditions, file paths and CODEOWNERS lines: refused unless plain. */
export function checkOrganizationOptions(options: AwsOrganizationRepoOptions, s: OrganizationSettings): void {
  checkText([...Object.entries(options).filter(([, v]) => typeof v === 'string'), ...(options.teams ?? []).map((t) => ['teams', t] as const)], PROJECT_TYPE);
  if (typeof s.org !== 'string' || !GITHUB_NAME.test(s.org)) fail(`org ${JSON.stringify(s.org)} must be a GitHub organization name, e.g. "acme".`);
  if (typeof s.managementAccountId !== 'string' || !/^[0-9]{12}$/.test(s.managementAccountId)) {
    fail(`managementAccountId ${JSON.stringify(s.managementAccountId)} must be the 12-digit id of the management account, e.g. "111111111111".`);
  }
  if (!GITHUB_REPO.test(s.githubRepo)) fail(`githubRepo ${JSON.stringify(s.githubRepo)} must be owner/name, e.g. "acme/aws-accounts".`);
  if (!REF_NAME.test(s.defaultBranch) || s.defaultBranch.includes('..')) fail(`defaultReleaseBranch ${JSON.stringify(s.defaultBranch)} is not a plain branch name.`);
  if (s.applyEnvironment !== '' && !REF_NAME.test(s.applyEnvironment)) fail(`applyEnvironment ${JSON.stringify(s.applyEnvironment)} must use only letters, digits and _ . / -.`);
  for (const [option, slug] of [['platformTeam', s.platformTeam.key], ['financeTeam', s.financeTeam.split('/')[1]]] as const) {
    if (!SLUG.test(slug)) fail(`${option} ${JSON.stringify(slug)} must be a GitHub team slug in lower-case kebab-case, e.g. "platform".`);
  }
  if (s.teams.length === 0) fail('teams must name at least one team (the default is ["example"]).');
  const seen = new Set<string>();
  for (const team of s.teams) {
    if (typeof team !== 'string' || !SLUG.test(team) || team.length > 30) fail(`team ${JSON.stringify(team)} must be lower-case kebab-case (a-z, 0-9, -), at most 30 characters.`);
    if (team === ORGANIZATION_FILE_STEM) fail(`team "${team}" is taken: catalog/${team}.yaml is the organization's own file.`);
    if (team === s.platformTeam.key) fail(`team "${team}" is the platform team, which organization.yaml already defines: remove it from teams.`);
    if (seen.has(team)) fail(`team "${team}" is listed twice.`);
    seen.add(team);
  }
  for (const [name, role] of Object.entries(s.roleNames)) {
    if (!/^[\w+=,.@-]{1,64}$/.test(role)) fail(`roleNamePrefix gives the ${name} role name ${JSON.stringify(role)}: IAM allows letters, digits and + = , . @ _ -, at most 64 characters.`);
  }
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(s.region)) fail(`region ${JSON.stringify(s.region)} must be an AWS region, e.g. "us-east-1".`);
  if (!/^[0-9*,\-/ ]+$/.test(s.driftSchedule) || s.driftSchedule.trim().split(/\s+/).length !== 5) fail(`driftSchedule ${JSON.stringify(s.driftSchedule)} must be a 5-field cron expression, e.g. "17 6 * * 1-5".`);
  checkActionRef(s.actionRef, PROJECT_TYPE);
}
