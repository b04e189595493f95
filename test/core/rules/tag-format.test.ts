import { catalogYaml, ruleFindings } from '../../support/catalog';

const withTags = (tags: string) => catalogYaml({ accounts: `\n  - name: ship-dev\n    email: a1@acme.com\n    owner: ship\n    environment: dev\n    ou: /Workloads/Dev\n    tags:${tags}` });

describe('tag-format', () => {
  test('plain, unicode and @/: tags pass', () => {
    expect(ruleFindings('tag-format', withTags('\n      cost-center: cc-123\n      Équipe: "données été"\n      "team:owner": "@org/team"\n      empty: ""\n      日本: 東京'))).toEqual([]);
  });

  test('50 tags pass, 51 is an error at tags', () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => `\n      k${i}: v`).join('');
    expect(ruleFindings('tag-format', withTags(tags(50)))).toEqual([]);
    const findings = ruleFindings('tag-format', withTags(tags(51)));
    expect(findings).toEqual([expect.objectContaining({ rule: 'tag-format', severity: 'error', line: 19, account: 'ship-dev', message: 'Account "ship-dev" has 51 tags; AWS allows at most 50: remove some.' })]);
  });

  test('an aws: key is refused, case-insensitively', () => {
    const findings = ruleFindings('tag-format', withTags('\n      AWS:createdBy: me'));
    expect(findings).toEqual([expect.objectContaining({ line: 20, column: 7, message: 'Account "ship-dev": tag key "AWS:createdBy" starts with "aws:", which AWS reserves: rename it.' })]);
  });

  test('<script> in a value is refused and shown raw for reporters to escape', () => {
    const [finding] = ruleFindings('tag-format', withTags('\n      owner: "<script>alert(1)</script>"'));
    expect(finding.message).toBe('Account "ship-dev": tag "owner" has value "<script>alert(1)</script>", which contains "<": use only letters, digits, spaces and _ . : / = + - @.');
  });

  test('key 129 and value 257 characters are refused', () => {
    const findings = ruleFindings('tag-format', withTags(`\n      ${'k'.repeat(129)}: ${'v'.repeat(257)}`));
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining('is 129 characters long: AWS allows at most 128'),
      expect.stringContaining('is 257 characters long: AWS allows at most 256'),
    ]);
    expect(findings[1].message).toContain('…');
    expect(ruleFindings('tag-format', withTags(`\n      ${'k'.repeat(128)}: ${'v'.repeat(256)}`))).toEqual([]);
  });

  test('an empty key and emoji are refused', () => {
    expect(ruleFindings('tag-format', withTags('\n      "": x'))[0].message).toContain('is empty');
    expect(ruleFindings('tag-format', withTags('\n      mood: "😀"'))[0].message).toContain('contains "😀"');
  });

  test('a number as a value is a schema error (quote it); tag-format sees its text', () => {
    const yaml = withTags('\n      cost-center: 123');
    expect(ruleFindings('schema', yaml)[0].message).toContain('Put it in quotes.');
    expect(ruleFindings('tag-format', yaml)).toEqual([]);
  });
});
