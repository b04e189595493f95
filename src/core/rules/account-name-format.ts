import { ACCOUNT_NAME_CHARS, ACCOUNT_NAME_MAX } from '../schema/aws-limits';
import { quote } from '../schema/display';
import type { Account } from '../model';
import type { Rule, RuleHit } from './rule';

/** AWS Organizations CreateAccount: AccountName is 1-50 printable ASCII characters; the spec also forbids < and >. */
export const accountNameFormat: Rule = {
  name: 'account-name-format',
  description: 'Account names are 1-50 printable ASCII characters, without < or > (AWS CreateAccount limits).',
  defaultSeverity: 'error',
  check(input) {
    const hits: RuleHit[] = [];
    for (const account of input.head.catalog.accounts) {
      const message = nameProblem(account);
      if (message !== undefined) hits.push({ message, path: ['accounts', account.index, 'name'], account: account.name });
    }
    return hits;
  },
};

/** Why an account's name is not valid in AWS, or undefined. */
export function nameProblem(account: Account): string | undefined {
  const name = account.name;
  if (name.length === 0 || name.trim().length === 0) {
    return `Account #${account.index + 1} has an empty name: give it a name of 1-${ACCOUNT_NAME_MAX} printable ASCII characters.`;
  }
  if (name.length <= ACCOUNT_NAME_MAX && ACCOUNT_NAME_CHARS.test(name)) return undefined; // the usual case, without allocating
  const problems: string[] = [];
  const length = Array.from(name).length;
  if (length > ACCOUNT_NAME_MAX) problems.push(`is ${length} characters long, AWS allows at most ${ACCOUNT_NAME_MAX}: shorten it`);
  if (!ACCOUNT_NAME_CHARS.test(name)) {
    const bad = Array.from(name).find((c) => !ACCOUNT_NAME_CHARS.test(c)) ?? '';
    problems.push(`contains ${describeChar(bad)}: use only printable ASCII characters other than < and >`);
  }
  return problems.length > 0 ? `Account name ${quote(name)} ${problems.join('; it also ')}.` : undefined;
}

function describeChar(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (c === '<' || c === '>') return `"${c}"`;
  if (code < 0x20 || code === 0x7f) return `a control character (${hex})`;
  return `the non-ASCII character ${quote(c)} (${hex})`;
}
