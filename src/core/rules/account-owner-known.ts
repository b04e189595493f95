import { didYouMean } from '../schema/did-you-mean';
import { quote } from '../schema/display';
import type { Account } from '../model';
import type { Rule, RuleHit, RuleInput } from './rule';

/** Every account has an owner, and it is a key of `teams`. */
export const accountOwnerKnown: Rule = {
  name: 'account-owner-known',
  description: 'owner is set and names a team in teams.',
  defaultSeverity: 'error',
  check(input) {
    const teams = Object.keys(input.head.catalog.teams);
    const known = new Set(teams);
    const hits: RuleHit[] = [];
    for (const account of input.head.catalog.accounts) {
      if (known.has(account.owner) || writtenButNotText(input, account, 'owner')) continue;
      const path = ['accounts', account.index, 'owner'];
      hits.push({ message: `Account ${quote(account.name)}: ${unknownMessage('owner', account.owner, teams, 'teams')}`, path, account: account.name });
    }
    return hits;
  },
};

/** "owner is not set" / "owner "x" is not in teams: did you mean "y"?" with the fix. */
export function unknownMessage(field: string, value: string, declared: readonly string[], where: string): string {
  const some = declared.length === 0 ? `none are declared yet` : `declared: ${declared.slice(0, 8).map(quote).join(', ')}${declared.length > 8 ? ', ...' : ''}`;
  if (value === '') return `${field} is not set: set it to one of ${where} (${some}).`;
  const suggestion = didYouMean(value, declared);
  const fix = suggestion !== undefined ? `did you mean ${quote(suggestion)}?` : `use one of ${where} (${some}), or declare it in ${where}.`;
  return `${field} ${quote(value)} is not declared in ${where}: ${fix}`;
}

/** True when the field is written but is a list or mapping: `schema` reported it, and "not set" would be wrong. */
export function writtenButNotText(input: RuleInput, account: Account, field: string): boolean {
  const accounts = input.head.raw.accounts;
  const entry: unknown = Array.isArray(accounts) ? accounts[account.index] : undefined;
  const value = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)[field] : undefined;
  return value !== undefined && value !== null && typeof value === 'object';
}
