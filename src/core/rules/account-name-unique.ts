import { quote } from '../schema/display';
import type { Account, NodePath } from '../model';
import type { Rule, RuleHit, RuleInput } from './rule';

/** No two accounts share a name, compared case-insensitively. Each duplicate is reported at its own place. */
export const accountNameUnique: Rule = {
  name: 'account-name-unique',
  description: 'No two accounts share a name (case-insensitive).',
  defaultSeverity: 'error',
  check(input) {
    return duplicateHits(input, (a) => a.name.toLowerCase(), 'name', (account, other) =>
      `Account name ${quote(account.name)} is also used by the account at ${other} (names are compared case-insensitively): give each account its own name.`);
  },
};

/**
 * Hits for accounts sharing a key: every member of a group is reported at its own `field`,
 * and the message names where another member is (file:line).
 */
export function duplicateHits(
  input: RuleInput,
  key: (account: Account) => string | undefined,
  field: string,
  message: (account: Account, otherPlace: string) => string,
): RuleHit[] {
  // The first account with each key; arrays only for keys that repeat (there are usually none).
  const first = new Map<string, Account>();
  const groups = new Map<string, Account[]>();
  for (const account of input.head.catalog.accounts) {
    const k = key(account);
    if (k === undefined || k === '') continue;
    const earlier = first.get(k);
    if (earlier === undefined) first.set(k, account);
    else {
      const group = groups.get(k);
      if (group) group.push(account);
      else groups.set(k, [earlier, account]);
    }
  }
  const hits: RuleHit[] = [];
  const place = (account: Account): string => {
    const where = input.head.source.locate(fieldPath(account, field));
    return `${where.file}:${where.line}`;
  };
  for (const group of groups.values()) {
    group.forEach((account, i) => {
      const other = group[i === 0 ? 1 : 0];
      hits.push({ message: message(account, place(other)), path: fieldPath(account, field), account: account.name });
    });
  }
  return hits;
}

function fieldPath(account: Account, field: string): NodePath {
  return ['accounts', account.index, field];
}
