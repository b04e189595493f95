// Words that name an environment, in tags, OU names and account name suffixes.

/** Spellings seen in the field, mapped to the catalog's environment key. */
const SYNONYMS: Readonly<Record<string, string>> = {
  dev: 'dev',
  development: 'dev',
  develop: 'dev',
  staging: 'staging',
  stage: 'staging',
  stg: 'staging',
  prod: 'prod',
  production: 'prod',
  prd: 'prod',
  test: 'test',
  testing: 'test',
  qa: 'qa',
  uat: 'uat',
  sandbox: 'sandbox',
};

/** The environments every imported catalog declares (the catalog's defaults). */
export const DEFAULT_ENVIRONMENT_KEYS = ['dev', 'staging', 'prod'] as const;

/** Only this key is production; an environment import cannot classify is treated as production (stricter rules). */
export const PRODUCTION_KEY = 'prod';
export const UNCLASSIFIED_ENVIRONMENT = 'unclassified';

/** A catalog key for free text: lower-case, runs of other characters become "-". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A tag value as an environment key: its synonym, else its slug (a team's own environment). */
export function environmentOfTag(value: string): string | undefined {
  const key = slug(value);
  if (key === '') return undefined;
  return SYNONYMS[key] ?? key;
}

/** A word (OU name, name suffix) that names an environment, or undefined. `known` adds keys found in tags. */
export function environmentOfWord(word: string, known: ReadonlySet<string>): string | undefined {
  const key = slug(word);
  if (key === '') return undefined;
  return SYNONYMS[key] ?? (known.has(key) ? key : undefined);
}

/** The last word of an account name: `Legacy_Prod` -> `Prod`, `ship-dev` -> `dev`. */
export function nameSuffix(name: string): string | undefined {
  const words = name.split(/[-_.\s]+/).filter((w) => w !== '');
  return words.length > 1 ? words[words.length - 1] : undefined;
}
