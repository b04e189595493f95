import { OU_NAME_MAX } from '../schema/aws-limits';
import { quote } from '../schema/display';
import { unknownMessage, writtenButNotText } from './account-owner-known';
import type { Rule, RuleHit } from './rule';

/**
 * Every account's `ou` is declared in `organizationalUnits`, and every OU path is well formed:
 * "/" (the root) or "/Name/Name...", each name 1-128 characters (AWS OU name limit).
 */
export const accountOuKnown: Rule = {
  name: 'account-ou-known',
  description: 'ou is set, declared in organizationalUnits, and a path of OU names of 1-128 characters.',
  defaultSeverity: 'error',
  check(input) {
    const catalog = input.head.catalog;
    const hits: RuleHit[] = [];
    // The declared list itself: a malformed entry would make every account in it wrong.
    const rawList = input.head.raw.organizationalUnits;
    if (Array.isArray(rawList)) {
      rawList.forEach((ou, i) => {
        if (typeof ou !== 'string') return; // reported by `schema`
        const problem = ouPathProblem(ou);
        if (problem !== undefined) hits.push({ message: `organizationalUnits entry ${quote(ou)} ${problem}.`, path: ['organizationalUnits', i] });
      });
    }
    const declared = new Set(catalog.organizationalUnits);
    for (const account of catalog.accounts) {
      // A declared OU's shape is reported once, at its entry in the list above.
      if (declared.has(account.ou) || writtenButNotText(input, account, 'ou')) continue;
      const path = ['accounts', account.index, 'ou'];
      const problem = account.ou === '' ? undefined : ouPathProblem(account.ou);
      if (problem !== undefined) {
        hits.push({ message: `Account ${quote(account.name)}: ou ${quote(account.ou)} ${problem}.`, path, account: account.name });
      } else {
        hits.push({ message: `Account ${quote(account.name)}: ${unknownMessage('ou', account.ou, catalog.organizationalUnits, 'organizationalUnits')}`, path, account: account.name });
      }
    }
    return hits;
  },
};

/** Why an OU path is malformed (a phrase with the fix), or undefined. "/" is the root. */
export function ouPathProblem(ou: string): string | undefined {
  if (ou === '/') return undefined;
  if (!ou.startsWith('/')) return 'must be a path from the root starting with "/", e.g. /Workloads/Dev';
  const names = ou.slice(1).split('/');
  if (names.some((n) => n === '')) return 'has an empty OU name (a doubled or trailing "/"): remove the extra "/"';
  const long = names.find((n) => Array.from(n).length > OU_NAME_MAX);
  if (long !== undefined) return `has an OU name of ${Array.from(long).length} characters: AWS allows 1-${OU_NAME_MAX}, shorten it`;
  return undefined;
}
