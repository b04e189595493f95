import { mergeSections, sectionsText } from '../../src/render/ini-file';
import type { IniSection } from '../../src/render/types';

const sections: IniSection[] = [
  { header: 'sso-session ship', entries: [['sso_start_url', 'https://acme.awsapps.com/start'], ['sso_region', 'eu-west-1']] },
  { header: 'profile ship-dev-ops', entries: [['sso_session', 'ship'], ['sso_account_id', '222222222222']] },
];

const USER_FILE = [
  '# my own settings',
  '[default]',
  'region = us-east-1',
  '',
  '[profile ship-dev-ops]   # old copy',
  'sso_session = ship',
  'sso_account_id = 999999999999',
  '',
  '# work',
  '[profile other]',
  'role_arn = arn:aws:iam::333333333333:role/x',
  's3 =',
  '  max_concurrent_requests = 20',
].join('\n');

describe('mergeSections', () => {
  test('into an empty file: the sections, separated by blank lines', () => {
    const result = mergeSections('', sections, true);
    expect(result.text).toBe(sectionsText(sections));
    expect(result.text).toBe('[sso-session ship]\nsso_start_url = https://acme.awsapps.com/start\nsso_region = eu-west-1\n\n[profile ship-dev-ops]\nsso_session = ship\nsso_account_id = 222222222222\n');
    expect(result.added).toEqual(['sso-session ship', 'profile ship-dev-ops']);
  });

  test("replaces same-named sections in place and keeps every other line of the user's file", () => {
    const result = mergeSections(USER_FILE, sections, true);
    expect(result.text).toBe([
      '# my own settings',
      '[default]',
      'region = us-east-1',
      '',
      '[profile ship-dev-ops]',
      'sso_session = ship',
      'sso_account_id = 222222222222',
      '',
      '# work',
      '[profile other]',
      'role_arn = arn:aws:iam::333333333333:role/x',
      's3 =',
      '  max_concurrent_requests = 20',
      '',
      '[sso-session ship]',
      'sso_start_url = https://acme.awsapps.com/start',
      'sso_region = eu-west-1',
      '',
    ].join('\n'));
    expect(result.updated).toEqual(['profile ship-dev-ops']);
    expect(result.added).toEqual(['sso-session ship']);
  });

  test('is idempotent', () => {
    const once = mergeSections(USER_FILE, sections, true).text;
    const twice = mergeSections(once, sections, true);
    expect(twice.text).toBe(once);
    expect(twice.unchanged).toEqual(['profile ship-dev-ops', 'sso-session ship']);
    expect(twice.added).toEqual([]);
    expect(twice.updated).toEqual([]);
  });

  test('credentials: an existing section is kept as it is (real keys are never overwritten)', () => {
    const existing = '[ship-users]\naws_access_key_id = MYKEY\naws_secret_access_key = MYSECRET\n';
    const result = mergeSections(existing, [{ header: 'ship-users', entries: [['aws_access_key_id', '<AWS_ACCESS_KEY_ID>']] }], false);
    expect(result.text).toBe(existing);
    expect(result.kept).toEqual(['ship-users']);
  });

  test('keeps CRLF line endings', () => {
    const result = mergeSections('[profile a]\r\nregion = x\r\n', sections.slice(1), true);
    expect(result.text).toBe('[profile a]\r\nregion = x\r\n\r\n[profile ship-dev-ops]\r\nsso_session = ship\r\nsso_account_id = 222222222222\r\n');
  });
});
