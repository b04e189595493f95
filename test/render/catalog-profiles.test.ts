import { catalogProfiles } from '../../src/render/catalog-profiles';
import { sectionsText } from '../../src/render/ini-file';
import { checkYaml } from '../support/catalog';

const CATALOG = `
version: 1
environments: { dev: { production: false }, prod: { production: true } }
teams: { ship: { email: ship@acme.com } }
organizationalUnits: [/Workloads]
accounts:
  - { name: ship-dev, email: aws+ship-dev@acme.com, owner: ship, environment: dev, ou: /Workloads, id: "222222222222" }
  - { name: ship-prod, email: aws+ship-prod@acme.com, owner: ship, environment: prod, ou: /Workloads, id: "444444444444" }
  - { name: ship-prod2, email: aws+ship-prod2@acme.com, owner: ship, environment: prod, ou: /Workloads }
  - { name: old, email: aws+old@acme.com, owner: ship, environment: dev, ou: /Workloads, id: "555555555555", state: closed }
`;

test('one SSO profile per active account with an id, prod marked', () => {
  const { catalog, findings } = checkYaml(CATALOG);
  expect(findings).toEqual([]);
  const result = catalogProfiles(catalog, { startUrl: 'https://acme.awsapps.com/start', ssoRegion: 'eu-west-1', role: 'ReadOnlyAccess' });
  expect(sectionsText(result.sections)).toBe(`[sso-session acme]
sso_start_url = https://acme.awsapps.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access

[profile ship-dev-ReadOnlyAccess]
sso_session = acme
sso_account_id = 222222222222
sso_role_name = ReadOnlyAccess
region = eu-west-1

[profile ship-prod-ReadOnlyAccess]
sso_session = acme
sso_account_id = 444444444444
sso_role_name = ReadOnlyAccess
region = eu-west-1
`);
  expect(result.skipped).toEqual([{ header: 'profile ship-prod2-ReadOnlyAccess', reason: 'ship-prod2 has no id yet' }]);
  expect(result.links.map((l) => [l.label, l.production])).toEqual([['ship-dev-ReadOnlyAccess', false], ['ship-prod-ReadOnlyAccess', true]]);
});
