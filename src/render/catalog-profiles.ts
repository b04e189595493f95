import type { Catalog } from '../core/model';
import { consoleLinks, type ConsoleLink } from './links';
import type { SkippedSection } from './template';
import type { IniSection } from './types';

export interface SsoOptions {
  readonly startUrl: string;
  readonly ssoRegion: string;
  /** The permission set every profile uses. */
  readonly role: string;
  /** Profile region; default the SSO region. */
  readonly region?: string;
  /** The `[sso-session NAME]`; default the first label of the start URL's host (`acme` for acme.awsapps.com). */
  readonly session?: string;
}

export interface CatalogProfiles {
  readonly sections: readonly IniSection[];
  readonly skipped: readonly SkippedSection[];
  readonly links: readonly ConsoleLink[];
}

/**
 * IAM Identity Center profiles for a catalog's active accounts that have an id: one `[sso-session]` and a
 * `[profile <owner>-<environment>-<role>]` per account (the account's name when two would collide).
 */
export function catalogProfiles(catalog: Catalog, options: SsoOptions): CatalogProfiles {
  const session = options.session ?? sessionName(options.startUrl);
  const sections: IniSection[] = [{
    header: `sso-session ${session}`,
    entries: [['sso_start_url', options.startUrl], ['sso_region', options.ssoRegion], ['sso_registration_scopes', 'sso:account:access']],
  }];
  const skipped: SkippedSection[] = [];
  const active = catalog.accounts.filter((a) => a.state === 'active');
  const short = (a: { owner: string; environment: string }): string => `${a.owner}-${a.environment}-${options.role}`;
  const counts = new Map<string, number>();
  for (const account of active) counts.set(short(account), (counts.get(short(account)) ?? 0) + 1);
  const productionAccountIds = new Set<string>();
  for (const account of active) {
    const profile = counts.get(short(account)) === 1 ? short(account) : `${account.name}-${options.role}`;
    if (!account.id) {
      skipped.push({ header: `profile ${profile}`, reason: `${account.name} has no id yet` });
      continue;
    }
    if (catalog.environments[account.environment]?.production) productionAccountIds.add(account.id);
    sections.push({
      header: `profile ${profile.replace(/[^A-Za-z0-9_.+@-]/g, '-')}`,
      entries: [['sso_session', session], ['sso_account_id', account.id], ['sso_role_name', options.role], ['region', options.region ?? options.ssoRegion]],
    });
  }
  return { sections, skipped, links: consoleLinks({ sections, roles: [], productionAccountIds }) };
}

function sessionName(startUrl: string): string {
  const host = /^https?:\/\/([^/:?#]+)/i.exec(startUrl)?.[1] ?? '';
  const label = host.split('.')[0].replace(/[^A-Za-z0-9_.-]/g, '');
  return label === '' ? 'sso' : label;
}
