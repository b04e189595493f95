import type { LiveAccount, LiveOrganization } from '../../src/core/model';
import { compareLive } from '../../src/core/plan/live';
import { describeLiveStep } from '../../src/core/plan/live-step-text';
import { catalogOf } from './support';

const MANAGEMENT = '111111111111';

function org(accounts: LiveAccount[], ous: string[] = ['/Workloads', '/Workloads/Dev', '/Workloads/Prod', '/Sandbox']): LiveOrganization {
  const organizationalUnits: Record<string, string> = { '/': 'r-ex12' };
  ous.forEach((p, i) => (organizationalUnits[p] = `ou-ex12-${i}`));
  return {
    managementAccountId: MANAGEMENT,
    rootId: 'r-ex12',
    organizationalUnits,
    accounts: [{ id: MANAGEMENT, name: 'management', email: 'root@acme.com', status: 'ACTIVE', ou: '/' }, ...accounts],
  };
}

const defaultBudget = {
  monthlyUsd: 100,
  alerts: [
    { percent: 80, type: 'actual' as const },
    { percent: 100, type: 'actual' as const },
    { percent: 100, type: 'forecasted' as const },
  ],
  recipients: ['ship@acme.com'],
};

function live(id: string, name: string, extra: Partial<LiveAccount> = {}): LiveAccount {
  return { id, name, email: `aws+${name}@acme.com`, status: 'ACTIVE', ou: '/Workloads/Dev', tags: {}, budget: defaultBudget, ...extra };
}

describe('compareLive', () => {
  test('an account in sync gives no drift and no step', () => {
    const head = catalogOf([{ name: 'ship-dev', id: '222222222222' }]);
    const result = compareLive(undefined, head, org([live('222222222222', 'ship-dev')]));
    expect(result).toEqual({ drift: [], unmanaged: [], liveSteps: [] });
  });

  test('a new account: create with tags, move to its OU, create its budget (ids unknown yet)', () => {
    const head = catalogOf([{ name: 'ship-new', tags: { 'cost-center': 'cc-1' } }]);
    const { liveSteps } = compareLive(undefined, head, org([]));
    expect(liveSteps).toEqual([
      { kind: 'create-account', account: 'ship-new', email: 'aws+ship-new@acme.com', ou: '/Workloads/Dev', tags: { 'cost-center': 'cc-1' } },
      { kind: 'move-account', account: 'ship-new', from: '/', to: '/Workloads/Dev' },
      { kind: 'create-budget', account: 'ship-new', budget: defaultBudget },
    ]);
  });

  test('matches by email case-insensitively when the catalog has no id; never by name', () => {
    const head = catalogOf([{ name: 'ship-dev', email: 'AWS+Ship-Dev@Acme.com' }]);
    const result = compareLive(undefined, head, org([live('222222222222', 'other-name', { email: 'aws+ship-dev@acme.com' })]));
    expect(result.liveSteps).toEqual([]);
    expect(result.drift).toEqual([
      {
        account: 'ship-dev',
        id: '222222222222',
        fields: [
          { path: 'id', from: undefined, to: '222222222222' },
          { path: 'name', from: 'ship-dev', to: 'other-name' },
        ],
      },
    ]);
    // Same name, different email: not the same account.
    const byName = compareLive(undefined, catalogOf([{ name: 'ship-dev', email: 'new@acme.com' }]), org([live('222222222222', 'ship-dev')]));
    expect(byName.liveSteps[0]).toMatchObject({ kind: 'create-account', account: 'ship-dev' });
    expect(byName.unmanaged).toEqual([{ id: '222222222222', name: 'ship-dev', email: 'aws+ship-dev@acme.com', ou: '/Workloads/Dev', status: 'ACTIVE' }]);
  });

  test('an id the organization does not know is drift, never a create', () => {
    const head = catalogOf([{ name: 'ship-dev', id: '999999999999' }]);
    const result = compareLive(undefined, head, org([]));
    expect(result.liveSteps).toEqual([]);
    expect(result.drift).toEqual([{ account: 'ship-dev', id: '999999999999', fields: [{ path: 'state', from: 'active', to: undefined }] }]);
  });

  test('move, tags (set and remove, aws: tags left alone), budget update', () => {
    const head = catalogOf([{ name: 'ship-dev', id: '222222222222', ou: '/Sandbox', monthlyUsd: 250, tags: { 'cost-center': 'cc-2', team: 'ship' } }]);
    const current = live('222222222222', 'ship-dev', { tags: { 'cost-center': 'cc-1', old: 'x', 'aws:cloudformation:stack': 's' } });
    const { liveSteps, drift } = compareLive(undefined, head, org([current]));
    expect(liveSteps).toEqual([
      { kind: 'move-account', account: 'ship-dev', id: '222222222222', from: '/Workloads/Dev', to: '/Sandbox' },
      { kind: 'tag-account', account: 'ship-dev', id: '222222222222', tags: { 'cost-center': 'cc-2', team: 'ship' } },
      { kind: 'untag-account', account: 'ship-dev', id: '222222222222', keys: ['old'] },
      { kind: 'update-budget', account: 'ship-dev', id: '222222222222', from: defaultBudget, budget: { ...defaultBudget, monthlyUsd: 250 } },
    ]);
    expect(drift[0].fields.map((f) => f.path)).toEqual(['ou', 'tags.cost-center', 'tags.team', 'tags.old', 'budget.monthlyUsd']);
  });

  test('budget: missing is created; alerts and recipients compared as sets, emails case-insensitively', () => {
    const head = catalogOf([
      { name: 'a-dev', id: '222222222221' },
      { name: 'b-dev', id: '222222222222', recipients: ['Ship@Acme.com'] },
      { name: 'c-dev', id: '222222222223', recipients: ['finops@acme.com'] },
    ]);
    const reordered = { ...defaultBudget, alerts: [...defaultBudget.alerts].reverse() };
    const { liveSteps } = compareLive(
      undefined,
      head,
      org([live('222222222221', 'a-dev', { budget: undefined }), live('222222222222', 'b-dev', { budget: reordered }), live('222222222223', 'c-dev')]),
    );
    expect(liveSteps.map((s) => `${s.kind} ${'account' in s ? s.account : ''}`)).toEqual(['create-budget a-dev', 'update-budget c-dev']);
  });

  test('creates missing OUs parents first, once each', () => {
    const head = catalogOf([{ name: 'x-dev', id: '222222222222', ou: '/New/Deep' }], { ous: ['/New', '/New/Deep', '/Other'] });
    const { liveSteps } = compareLive(undefined, head, org([live('222222222222', 'x-dev')], []));
    expect(liveSteps.slice(0, 3)).toEqual([
      { kind: 'create-ou', ou: '/New' },
      { kind: 'create-ou', ou: '/New/Deep' },
      { kind: 'create-ou', ou: '/Other' },
    ]);
    expect(liveSteps[3]).toMatchObject({ kind: 'move-account', from: '/Workloads/Dev', to: '/New/Deep' });
  });

  test('close only active accounts with state: closed, after every other step', () => {
    const head = catalogOf([
      { name: 'gone-dev', id: '222222222221', state: 'closed' },
      { name: 'already-dev', id: '222222222222', state: 'closed' },
      { name: 'new-dev' },
    ]);
    const { liveSteps, drift } = compareLive(undefined, head, org([live('222222222221', 'gone-dev'), live('222222222222', 'already-dev', { status: 'SUSPENDED' })]));
    expect(liveSteps.map((s) => s.kind)).toEqual(['create-account', 'move-account', 'create-budget', 'close-account']);
    expect(liveSteps[3]).toEqual({ kind: 'close-account', account: 'gone-dev', id: '222222222221' });
    expect(drift).toContainEqual({ account: 'gone-dev', id: '222222222221', fields: [{ path: 'state', from: 'closed', to: 'active' }] });
  });

  test('unmanaged: active accounts no catalog entry stands for, not the management account, not closed ones', () => {
    const head = catalogOf([{ name: 'ship-dev', id: '222222222222' }]);
    const result = compareLive(undefined, head, org([live('222222222222', 'ship-dev'), live('333333333333', 'stray', { ou: '/Sandbox' }), live('444444444444', 'old', { status: 'SUSPENDED' })]));
    expect(result.unmanaged).toEqual([{ id: '333333333333', name: 'stray', email: 'aws+stray@acme.com', ou: '/Sandbox', status: 'ACTIVE' }]);
  });

  test('drift is against the base catalog; steps against the head', () => {
    const base = catalogOf([{ name: 'ship-dev', id: '222222222222', monthlyUsd: 100 }]);
    const head = catalogOf([{ name: 'ship-dev', id: '222222222222', monthlyUsd: 300 }]);
    const result = compareLive(base, head, org([live('222222222222', 'ship-dev')]));
    expect(result.drift).toEqual([]);
    expect(result.liveSteps).toEqual([expect.objectContaining({ kind: 'update-budget', budget: expect.objectContaining({ monthlyUsd: 300 }) })]);
  });

  test('an account whose tags and budget were not read (not in the head catalog) gets no tag or budget drift', () => {
    const base = catalogOf([{ name: 'ship-dev', id: '222222222222' }, { name: 'gone-dev', id: '333333333333', tags: { a: 'b' } }]);
    const head = catalogOf([{ name: 'ship-dev', id: '222222222222' }]);
    const notRead = { ...live('333333333333', 'gone-dev'), tags: undefined, budget: undefined };
    const result = compareLive(base, head, org([live('222222222222', 'ship-dev'), notRead]));
    expect(result.drift).toEqual([]);
    expect(result.liveSteps).toEqual([]);
    expect(result.unmanaged.map((u) => u.id)).toEqual(['333333333333']);
  });

  test('never moves the management account', () => {
    const head = catalogOf([{ name: 'management', email: 'root@acme.com', id: MANAGEMENT, ou: '/Sandbox' }]);
    const { liveSteps } = compareLive(undefined, head, org([]));
    expect(liveSteps.some((s) => s.kind === 'move-account')).toBe(false);
  });
});

describe('describeLiveStep', () => {
  test('one line per step kind', () => {
    const budget = { monthlyUsd: 100, alerts: [], recipients: [] };
    expect(
      [
        describeLiveStep({ kind: 'create-ou', ou: '/A/B' }),
        describeLiveStep({ kind: 'create-account', account: 'x-dev', email: 'x@acme.com', ou: '/A', tags: {} }),
        describeLiveStep({ kind: 'move-account', account: 'x-dev', from: '/', to: '/A' }),
        describeLiveStep({ kind: 'tag-account', account: 'x-dev', id: '222222222222', tags: { a: 'b', c: 'd' } }),
        describeLiveStep({ kind: 'untag-account', account: 'x-dev', id: '222222222222', keys: ['old'] }),
        describeLiveStep({ kind: 'create-budget', account: 'x-dev', budget }),
        describeLiveStep({ kind: 'update-budget', account: 'x-dev', id: '222222222222', from: { ...budget, monthlyUsd: 50 }, budget }),
        describeLiveStep({ kind: 'close-account', account: 'x-dev', id: '222222222222' }),
      ],
    ).toEqual([
      'create OU /A/B',
      'create account x-dev <x@acme.com> in /A',
      'move x-dev from / to /A',
      'tag x-dev: a=b, c=d',
      'untag x-dev: old',
      'create budget for x-dev: 100 USD/month',
      'update budget for x-dev: 50 -> 100 USD/month',
      'close account x-dev (222222222222)',
    ]);
  });
});
