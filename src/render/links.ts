import type { IniSection } from './types';

/** An IAM role people switch to in the console. */
export interface ConsoleRole {
  readonly accountId: string;
  readonly roleName: string;
  /** What the console shows in its navigation bar (at most 64 characters). */
  readonly displayName: string;
}

export interface ConsoleLink {
  /** An AWS access portal shortcut (IAM Identity Center) or a switch-role link (from an IAM user). */
  readonly kind: 'portal' | 'switch-role';
  /** The profile or role the link opens. */
  readonly label: string;
  readonly url: string;
  readonly production: boolean;
}

export interface LinkInput {
  /** Rendered `~/.aws/config` sections. */
  readonly sections: readonly IniSection[];
  /** Roles to link even without a profile (the infra stack's roles, from CONST.inc). */
  readonly roles: readonly ConsoleRole[];
  readonly productionAccountIds: ReadonlySet<string>;
}

const ROLE_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):role\/(.+)$/;
/** The console rejects longer display names. */
const MAX_DISPLAY_NAME = 64;

/**
 * Console links: a switch-role link for every role profile (`role_arn`) and every extra role, and an
 * access-portal shortcut for every IAM Identity Center profile. Production links are flagged, and their
 * display name starts with PRODUCTION so the console's navigation bar says so too.
 */
export function consoleLinks(input: LinkInput): ConsoleLink[] {
  const links: ConsoleLink[] = [];
  const linked = new Set<string>();
  const sessions = new Map(input.sections.filter((s) => s.header.startsWith('sso-session ')).map((s) => [s.header.slice(12), s]));
  const switchRole = (role: ConsoleRole, label: string): void => {
    const key = `${role.accountId}/${role.roleName}`;
    if (linked.has(key)) return;
    linked.add(key);
    const production = input.productionAccountIds.has(role.accountId);
    links.push({ kind: 'switch-role', label, production, url: switchRoleUrl({ ...role, displayName: production ? `PRODUCTION ${role.displayName}` : role.displayName }) });
  };

  for (const section of input.sections) {
    if (!section.header.startsWith('profile ')) continue;
    const profile = section.header.slice(8);
    const get = (key: string): string | undefined => section.entries.find(([k]) => k.trim() === key)?.[1];
    const arn = ROLE_ARN.exec(get('role_arn') ?? '');
    if (arn) {
      switchRole({ accountId: arn[1], roleName: arn[2], displayName: profile }, profile);
      continue;
    }
    const accountId = get('sso_account_id');
    const roleName = get('sso_role_name');
    const sessionName = get('sso_session');
    const startUrl = get('sso_start_url') ?? (sessionName ? sessions.get(sessionName)?.entries.find(([k]) => k.trim() === 'sso_start_url')?.[1] : undefined);
    if (accountId && roleName && startUrl) {
      links.push({ kind: 'portal', label: profile, production: input.productionAccountIds.has(accountId), url: portalUrl(startUrl, accountId, roleName) });
    }
  }
  for (const role of input.roles) switchRole(role, role.displayName);
  return links;
}

export function switchRoleUrl(role: ConsoleRole): string {
  const query = [
    `roleName=${encodeURIComponent(role.roleName)}`,
    `account=${encodeURIComponent(role.accountId)}`,
    `displayName=${encodeURIComponent(role.displayName.slice(0, MAX_DISPLAY_NAME))}`,
  ];
  return `https://signin.aws.amazon.com/switchrole?${query.join('&')}`;
}

/** The AWS access portal's shortcut to one account and permission set. */
function portalUrl(startUrl: string, accountId: string, permissionSet: string): string {
  const base = startUrl.replace(/#.*$/, '').replace(/\/+$/, '');
  return `${base}/#/console?account_id=${encodeURIComponent(accountId)}&role_name=${encodeURIComponent(permissionSet)}`;
}
