import { EMAIL_DOMAIN, EMAIL_LOCAL, EMAIL_MAX, EMAIL_MIN, EMAIL_PATTERN } from '../schema/aws-limits';
import { quote } from '../schema/display';
import type { Rule, RuleHit } from './rule';

/** AWS Organizations CreateAccount Email limits, as the spec states them. */
export const accountEmailFormat: Rule = {
  name: 'account-email-format',
  description: 'Root emails are valid for AWS: 6-64 ASCII characters, one @, no spaces or special characters, a domain with a dot.',
  defaultSeverity: 'error',
  check(input) {
    const hits: RuleHit[] = [];
    for (const account of input.head.catalog.accounts) {
      const problem = emailProblem(account.email);
      if (problem !== undefined) {
        hits.push({ message: `Account ${quote(account.name)}: root email ${quote(account.email)} ${problem}.`, path: ['accounts', account.index, 'email'], account: account.name });
      }
    }
    return hits;
  },
};

const FORBIDDEN = /[\s"'()<>[\]:;,\\|%&]/u;
/** Every check below in one pattern: the usual, valid address costs one test. */
const VALID = new RegExp(EMAIL_PATTERN);

/** Why `email` is not an address AWS accepts (a phrase with the fix), or undefined. */
export function emailProblem(email: string): string | undefined {
  if (email.length >= EMAIL_MIN && email.length <= EMAIL_MAX && VALID.test(email)) return undefined;
  // Checked before the length, so that length counts characters: ASCII has one code unit each.
  if (!/^[\x00-\x7F]*$/.test(email)) return 'contains non-ASCII characters: use an ASCII address';
  if (email.length < EMAIL_MIN || email.length > EMAIL_MAX) return `is ${email.length} characters long: AWS needs ${EMAIL_MIN}-${EMAIL_MAX}`;
  const forbidden = FORBIDDEN.exec(email);
  if (forbidden) return `contains ${/\s/.test(forbidden[0]) ? 'whitespace' : `"${forbidden[0]}"`}: remove it (no spaces or " ' ( ) < > [ ] : ; , \\ | % &)`;
  if (/[\x00-\x1F\x7F]/.test(email)) return 'contains a control character: remove it';
  const at = email.split('@');
  if (at.length !== 2) return `must contain exactly one "@", it has ${at.length - 1}`;
  const [local, domain] = at;
  if (local === '') return 'has nothing before the "@": write local-part@domain';
  if (local.startsWith('.')) return 'starts with a ".": the part before the "@" may not start with a dot';
  if (!EMAIL_LOCAL.test(local)) return 'has characters AWS does not accept before the "@"';
  if (!/^[A-Za-z0-9.-]+$/.test(domain)) return 'has a domain with characters other than letters, digits, "." and "-"';
  if (!domain.includes('.')) return 'has a domain without a dot: write e.g. name@example.com';
  if (/^[-.]|[-.]$/.test(domain)) return 'has a domain that starts or ends with "-" or ".": fix the domain';
  if (!EMAIL_DOMAIN.test(domain)) return 'has a domain AWS does not accept';
  return undefined;
}
