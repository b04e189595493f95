// The pure half of import: a live organization in, a catalog that validates and matches AWS out.
import type { LiveAccount, LiveOrganization } from '../../../src/core/model';
import { inferCatalog } from '../../../src/core/import/infer';
import { settleImport } from '../../../src/core/import/settle';
import { renderImport } from '../../../src/core/import/render';

function org(accounts: Partial<LiveAccount>[], ous: string[] = []): LiveOrganization {
  const organizationalUnits: Record<string, string> = { '/': 'r-1' };
  ous.forEach((ou, i) => (organizationalUnits[ou] = `ou-${i}`));
  return {
    managementAccountId: '111111111111',
    rootId: 'r-1',
    organizationalUnits,
    accounts: [
      { id: '111111111111', name: 'management', email: 'root@acme.com', status: 'ACTIVE', ou: '/', tags: {} },
      ...accounts.map((a, i) => ({ id: String(200000000000 + i), name: `a${i}`, email: `a${i}@acme.com`, status: 'ACTIVE', ou: '/', tags: {}, ...a })),
    ],
  };
}

test('names with regular-expression characters pass the pattern they are listed in', () => {
  const names = ['Foo (old)', 'C++ Build', 'a.b', 'x|y', 'Legacy_Prod', '[lab]', 'pay$', 'back\\slash'];
  const settled = settleImport(org(names.map((name) => ({ name, tags: { owner: 'ship' } }))));
  expect(settled.errors).toEqual([]);
  expect(settled.relaxed).toEqual([]);
  expect(settled.imported.inference.namesOutsideKebabCase.sort()).toEqual([...names].sort());
  expect(settled.steps.filter((s) => s.kind !== 'create-budget')).toEqual([]);
});

test('more than 50 names outside kebab-case: a pattern of printable ASCII, still 0 errors', () => {
  const settled = settleImport(org(Array.from({ length: 60 }, (_, i) => ({ name: `Acct_${i}`, tags: { owner: 'ship' } }))));
  expect((settled.imported.header.organization as { naming: { pattern: string } }).naming.pattern).toBe('^[ -~]+$');
  expect(settled.errors).toEqual([]);
});

test('environments: tag synonyms, the deepest OU that names one, then the name suffix', () => {
  const imported = inferCatalog(
    org(
      [
        { name: 'a', tags: { environment: 'Production' } },
        { name: 'b', tags: { env: 'stage' } },
        { name: 'c', ou: '/Prod/Dev' },
        { name: 'd-uat', tags: {} },
        { name: 'e', tags: { env: 'uat' } },
        { name: 'f', tags: { Stage: 'dev' } },
      ],
      ['/Prod', '/Prod/Dev'],
    ),
    { environmentTag: undefined },
  );
  const env = Object.fromEntries(imported.accounts.map((a) => [a.name, a.environment]));
  // d-uat: "uat" names an environment because another account's tag declares it.
  expect(env).toEqual({ management: 'unclassified', a: 'prod', b: 'staging', c: 'dev', 'd-uat': 'uat', e: 'uat', f: 'unclassified' });
  expect(imported.header.environments).toEqual({
    dev: { production: false }, staging: { production: false }, prod: { production: true }, unclassified: { production: true }, uat: { production: false },
  });
});

test('--owner-tag and --environment-tag choose the tags', () => {
  const imported = inferCatalog(org([{ name: 'a', tags: { CostOwner: 'Data Platform', Stage: 'Dev', owner: 'ignored' } }]), { ownerTag: 'CostOwner', environmentTag: 'Stage' });
  const a = imported.accounts.find((x) => x.name === 'a')!;
  expect([a.owner, a.environment]).toEqual(['data-platform', 'dev']);
});

test('an owner tag that is not a valid address is a team name, not an email', () => {
  const imported = inferCatalog(org([{ name: 'a', tags: { owner: 'bad@@acme' } }]));
  expect(imported.teams.find((t) => t.key === 'bad-acme')).toMatchObject({ key: 'bad-acme', note: expect.stringContaining('placeholder') });
});

test('the same organization in any order renders the same bytes', () => {
  const live = org([{ name: 'b', ou: '/X' }, { name: 'a', ou: '/X' }, { name: 'c', ou: '/' }], ['/X']);
  const reversed = { ...live, accounts: [...live.accounts].reverse() };
  expect(renderImport(inferCatalog(reversed), 'none')).toEqual(renderImport(inferCatalog(live), 'none'));
});
