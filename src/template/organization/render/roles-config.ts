import type { OrganizationSettings } from '../settings';

/** roles.json: what the CDK app (src/roles-stack.ts) deploys, from .projenrc.ts. */
export function renderRolesConfig(s: OrganizationSettings): Record<string, unknown> {
  return {
    managementAccountId: s.managementAccountId,
    region: s.region,
    githubRepo: s.githubRepo,
    defaultBranch: s.defaultBranch,
    applyEnvironment: s.applyEnvironment,
    createOidcProvider: s.createOidcProvider,
    identityCenter: s.identityCenter,
    roleNames: { ...s.roleNames },
  };
}
