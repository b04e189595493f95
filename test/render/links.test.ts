import { consoleLinks, switchRoleUrl } from '../../src/render/links';

describe('consoleLinks', () => {
  test('switch-role links for role profiles, production marked in the flag and the display name', () => {
    const links = consoleLinks({
      sections: [
        { header: 'profile ship-users', entries: [['region', 'eu-west-1']] },
        { header: 'profile ship-dev-read', entries: [['role_arn', 'arn:aws:iam::222222222222:role/ship-ReadR']] },
        { header: 'profile ship-prod-admin', entries: [['role_arn', 'arn:aws:iam::444444444444:role/ship-AdminR']] },
      ],
      roles: [],
      productionAccountIds: new Set(['444444444444']),
    });
    expect(links).toEqual([
      { kind: 'switch-role', label: 'ship-dev-read', production: false, url: 'https://signin.aws.amazon.com/switchrole?roleName=ship-ReadR&account=222222222222&displayName=ship-dev-read' },
      { kind: 'switch-role', label: 'ship-prod-admin', production: true, url: 'https://signin.aws.amazon.com/switchrole?roleName=ship-AdminR&account=444444444444&displayName=PRODUCTION%20ship-prod-admin' },
    ]);
  });

  test('SSO profiles link to the access portal; extra roles get switch-role links once', () => {
    const links = consoleLinks({
      sections: [
        { header: 'sso-session ship', entries: [['sso_start_url', 'https://acme.awsapps.com/start/#/'], ['sso_region', 'eu-west-1']] },
        { header: 'profile ship-prod-read', entries: [['sso_session', 'ship'], ['sso_account_id', '444444444444'], ['sso_role_name', 'ReadOnlyAccess']] },
      ],
      roles: [
        { accountId: '444444444444', roleName: 'ship-ReadR', displayName: 'ship-ReadR@ship-prod' },
        { accountId: '444444444444', roleName: 'ship-ReadR', displayName: 'duplicate' },
      ],
      productionAccountIds: new Set(['444444444444']),
    });
    expect(links).toEqual([
      { kind: 'portal', label: 'ship-prod-read', production: true, url: 'https://acme.awsapps.com/start/#/console?account_id=444444444444&role_name=ReadOnlyAccess' },
      { kind: 'switch-role', label: 'ship-ReadR@ship-prod', production: true, url: 'https://signin.aws.amazon.com/switchrole?roleName=ship-ReadR&account=444444444444&displayName=PRODUCTION%20ship-ReadR%40ship-prod' },
    ]);
  });

  test('encodes every parameter and keeps the display name within 64 characters', () => {
    const url = new URL(switchRoleUrl({ accountId: '222222222222', roleName: 'a&b', displayName: 'x'.repeat(80) }));
    expect(url.searchParams.get('roleName')).toBe('a&b');
    expect(url.searchParams.get('displayName')).toHaveLength(64);
  });
});
