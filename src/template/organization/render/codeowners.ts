import { CATALOG_DIR, type OrganizationSettings } from '../settings';

/**
 * CODEOWNERS (the last matching line wins): the platform team owns everything, above all the shared
 * organization.yaml, .github/ (workflows, this file) and .projenrc.ts; each team owns its own file.
 */
export function renderCodeowners(s: OrganizationSettings): string[] {
  const platform = `@${s.platformTeam.github}`;
  return [
    `* ${platform}`,
    `/${CATALOG_DIR}/organization.yaml ${platform}`,
    `/.github/ ${platform}`,
    `/.projenrc.ts ${platform}`,
    ...s.teams.map((team) => `/${CATALOG_DIR}/${team}.yaml @${s.org}/${team}`),
  ];
}
