import * as fs from 'node:fs';
import * as path from 'node:path';
import { fillPlaceholders } from '../../src/render/placeholders';
import { parseConstants, teamConstants } from '../../templates/skeleton/src/constants';
import { renderConstInc } from '../../src/template/render/const-inc';
import { IdentityMode, type AwsAccountRepoOptions } from '../../src/template/options';
import { resolveSettings } from '../../src/template/settings';

const SKELETON = path.resolve(__dirname, '..', '..', 'templates', 'skeleton');
const manifest = fs.readFileSync(path.join(SKELETON, 'MANIFEST.md'), 'utf8');

/** The manifest's file table: | `source` | `destination` | placeholders |. */
const rows = [...manifest.matchAll(/^\| `([^`]+)` \| `([^`]+)` \| ([^|]+) \|$/gm)].map((m) => ({ source: m[1], destination: m[2], placeholders: m[3].trim() }));

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('templates/skeleton/MANIFEST.md', () => {
  test('lists every skeleton file (and only existing ones)', () => {
    const files = filesUnder(SKELETON).map((f) => path.relative(SKELETON, f).split(path.sep).join('/')).filter((f) => f !== 'MANIFEST.md');
    expect(rows.map((r) => r.source).sort()).toEqual(files.sort());
  });

  test('names every placeholder a file uses; the TypeScript files have none', () => {
    for (const row of rows) {
      const used = [...new Set([...fs.readFileSync(path.join(SKELETON, row.source), 'utf8').matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => `{{${m[1]}}}`))];
      expect({ file: row.source, placeholders: used.length === 0 ? 'none' : used.map((p) => `\`${p}\``).join(', ') }).toEqual({ file: row.source, placeholders: row.placeholders });
      if (row.source.endsWith('.ts')) expect(used).toEqual([]);
    }
  });

  test('the README fills completely with the team name', () => {
    const text = fillPlaceholders(fs.readFileSync(path.join(SKELETON, 'README.md'), 'utf8'), { team: 'ship' }, 'README.md');
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(text).toContain('aws sso login --profile ship-dev-ReadR');
    expect(text).toContain('`finance-approved`');
    expect(text).toContain('catalog/ship.yaml');
  });
});

describe('fillPlaceholders', () => {
  test('a placeholder without a value is an error naming it and its file:line', () => {
    expect(() => fillPlaceholders('a\nb {{team}} {{owner}}\n', { team: 'ship' }, 'README.md')).toThrow('README.md:2: no value for the placeholder {{owner}}');
  });

  test('values are inserted literally', () => {
    expect(fillPlaceholders('{{team}}', { team: '$& $1 {{team}}' }, 'x')).toBe('$& $1 {{team}}');
  });
});

// The skeleton reads the CONST.inc the aws-account-repo template writes: both must agree.
describe("the skeleton's CONST.inc reader", () => {
  const options = (extra: Partial<AwsAccountRepoOptions>): AwsAccountRepoOptions =>
    ({ name: 'x', defaultReleaseBranch: 'main', cdkVersion: '2.200.0', team: 'ship', ...extra }) as AwsAccountRepoOptions;

  test.each([
    ['sso, no ids yet', options({})],
    ['sso with ids and a product', options({ product: 'web', devAccountId: '222222222222', prodAccountId: '444444444444', region: 'eu-west-1' })],
    ['iam-users', options({ identityMode: IdentityMode.IAM_USERS, usersAccountId: '111111111111', rolePrefix: 'team-x' })],
  ])('reads what the template writes: %s', (_, opts) => {
    const settings = resolveSettings(opts);
    const team = teamConstants(parseConstants(renderConstInc(settings).join('\n')), {});
    expect(team.region).toBe(settings.region);
    for (const env of ['dev', 'prod'] as const) {
      const account = settings.accounts[env];
      expect(team[env]).toEqual({
        environment: env,
        production: env === 'prod',
        name: account.name,
        id: account.id ?? '',
        roles: { read: account.roles.READ, ops: account.roles.OPS, admin: account.roles.ADMIN },
      });
    }
    expect(team.usersAccountId).toBe(settings.usersAccountId);
  });

  test("handles the shell's '\\'' quoting and keeps $(...) literal", () => {
    const values = parseConstants("A='it'\\''s'\nB=\"x \\\"y\\\" $(id)\" # c\nC='`id`'\nexport D=plain # c\n");
    expect(Object.fromEntries(values)).toEqual({ A: "it's", B: 'x "y" $(id)', C: '`id`', D: 'plain' });
  });

  test('the environment wins over CONST.inc; a missing value is named', () => {
    const values = parseConstants(renderConstInc(resolveSettings(options({}))).join('\n'));
    expect(teamConstants(values, { DEV_AWS_ACCOUNT_ID: '999999999999' }).dev.id).toBe('999999999999');
    values.delete('PROD_IAM_ADMIN_ROLE');
    expect(() => teamConstants(values, {})).toThrow('CONST.inc: PROD_IAM_ADMIN_ROLE is not set');
  });
});
