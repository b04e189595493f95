import * as fs from 'fs';

/** The IAM role names of one account, as CONST.inc names them. */
export interface RoleNames {
  /** Daily read-only work. */
  readonly read: string;
  /** Day-to-day operations. */
  readonly ops: string;
  /** Emergencies only (break-glass). */
  readonly admin: string;
}

/** One account of the team, from CONST.inc. */
export interface AccountConstants {
  /** dev or prod */
  readonly environment: string;
  readonly production: boolean;
  readonly name: string;
  /** Empty until the account exists. */
  readonly id: string;
  readonly roles: RoleNames;
}

export interface TeamConstants {
  /** The team's key (TEAM_NAME), e.g. ship. */
  readonly name: string;
  readonly region: string;
  readonly dev: AccountConstants;
  readonly prod: AccountConstants;
  /** iam-users mode: the account holding the IAM users, whose users may assume the roles. */
  readonly usersAccountId?: string;
}

const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;

/**
 * Reads `KEY=value`, `KEY='value'` and `KEY="value"` lines as data: quotes are removed as a shell
 * would, but nothing is evaluated (`$(...)`, backticks and `${X}` stay literal text).
 */
export function parseConstants(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = LINE.exec(line);
    if (!match) throw new Error(`CONST.inc: cannot read line "${line}" (expected KEY=value)`);
    values.set(match[1], shellWord(match[2]));
  }
  return values;
}

/** One shell word without its quotes, e.g. `'it'\''s'` is `it's`; a trailing `# comment` is dropped. */
function shellWord(text: string): string {
  let value = '';
  // Unquoted text, a '...' part, or a "..." part (where \ escapes $ ` " and \).
  const part = /^(?:([^\s'"\\]+)|\\(.)|'([^']*)'|"((?:[^"\\]|\\.)*)")/;
  let rest = text;
  for (let m = part.exec(rest); m && rest !== ''; m = part.exec(rest)) {
    value += m[1] ?? m[2] ?? m[3] ?? m[4].replace(/\\([$`"\\])/g, '$1');
    rest = rest.slice(m[0].length);
  }
  if (rest.trim() !== '' && !rest.trim().startsWith('#')) throw new Error(`CONST.inc: cannot read the value ${text}`);
  return value;
}

/**
 * The team's accounts. A variable set in the process environment wins over CONST.inc,
 * e.g. `DEV_AWS_ACCOUNT_ID=123456789012 npx cdk synth`.
 */
export function teamConstants(values: ReadonlyMap<string, string>, env: NodeJS.ProcessEnv = process.env): TeamConstants {
  const get = (key: string): string => env[key] ?? values.get(key) ?? '';
  const need = (key: string): string => {
    const value = get(key);
    if (value === '') throw new Error(`CONST.inc: ${key} is not set`);
    return value;
  };
  const account = (prefix: string, environment: string, production: boolean): AccountConstants => ({
    environment,
    production,
    name: need(`${prefix}_AWS_ACCOUNT_NAME`),
    id: get(`${prefix}_AWS_ACCOUNT_ID`),
    roles: {
      read: need(`${prefix}_IAM_READ_ROLE`),
      ops: need(`${prefix}_IAM_OPS_ROLE`),
      admin: need(`${prefix}_IAM_ADMIN_ROLE`),
    },
  });
  const usersAccountId = get('USERS_AWS_ACCOUNT_ID');
  return {
    name: get('TEAM_NAME') || 'team',
    region: need('GLOBAL_AWS_REGION'),
    dev: account('DEV', 'dev', false),
    prod: account('PROD', 'prod', true),
    ...(usersAccountId ? { usersAccountId } : {}),
  };
}

export function loadTeamConstants(file: string): TeamConstants {
  return teamConstants(parseConstants(fs.readFileSync(file, 'utf8')));
}
