import { TAG_CHARS, TAG_KEY_MAX, TAG_RESERVED_PREFIX, TAG_VALUE_MAX, TAGS_MAX } from '../schema/aws-limits';
import { quote } from '../schema/display';
import type { Rule, RuleHit } from './rule';

/** AWS tag limits: at most 50 tags; key 1-128 and value 0-256 characters from the allowed set; no aws: prefix. */
export const tagFormat: Rule = {
  name: 'tag-format',
  description: 'Tags: at most 50; key 1-128, value 0-256 characters of letters, digits, spaces and _ . : / = + - @; no aws: prefix.',
  defaultSeverity: 'error',
  check(input) {
    const hits: RuleHit[] = [];
    // Thousands of accounts repeat the same keys and values: judge each text once.
    const keyProblems = new Map<string, string | undefined>();
    const valueProblems = new Map<string, string | undefined>();
    for (const account of input.head.catalog.accounts) {
      const keys = Object.keys(account.tags);
      if (keys.length > TAGS_MAX) {
        hits.push({ message: `Account ${quote(account.name)} has ${keys.length} tags; AWS allows at most ${TAGS_MAX}: remove some.`, path: ['accounts', account.index, 'tags'], account: account.name });
      }
      for (const key of keys) {
        const keyProblem = cached(keyProblems, key, keyTextProblem);
        if (keyProblem !== undefined) hits.push({ message: `Account ${quote(account.name)}: tag key ${quote(key)} ${keyProblem}.`, path: ['accounts', account.index, 'tags', key], account: account.name });
        const value = account.tags[key];
        const valueProblem = cached(valueProblems, value, (v) => textProblem(v, 0, TAG_VALUE_MAX));
        if (valueProblem !== undefined) hits.push({ message: `Account ${quote(account.name)}: tag ${quote(key)} has value ${quote(value)}, which ${valueProblem}.`, path: ['accounts', account.index, 'tags', key], account: account.name });
      }
    }
    return hits;
  },
};

function keyTextProblem(key: string): string | undefined {
  return textProblem(key, 1, TAG_KEY_MAX) ?? (TAG_RESERVED_PREFIX.test(key) ? 'starts with "aws:", which AWS reserves: rename it' : undefined);
}

function cached(cache: Map<string, string | undefined>, text: string, judge: (text: string) => string | undefined): string | undefined {
  if (cache.has(text)) return cache.get(text);
  const problem = judge(text);
  cache.set(text, problem);
  return problem;
}

function textProblem(text: string, min: number, max: number): string | undefined {
  const length = text.length <= max ? text.length : Array.from(text).length; // code points never outnumber code units
  if (length < min) return 'is empty: give it a name';
  if (length > max) return `is ${length} characters long: AWS allows at most ${max}`;
  if (!TAG_CHARS.test(text)) {
    const bad = Array.from(text).find((c) => !TAG_CHARS.test(c)) ?? '';
    return `contains ${quote(bad)}: use only letters, digits, spaces and _ . : / = + - @`;
  }
  return undefined;
}
