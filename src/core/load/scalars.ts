import { Document, isScalar } from 'yaml';

// Plain scalars are typed by `yaml`'s own YAML 1.2 core schema tags, so the fast path and
// `parseDocument` cannot disagree on what `1e309`, `0x1F`, `~` or `yes` mean.
const schemaDocument = new Document();
const options = schemaDocument.options;
interface ScalarResolver {
  readonly test: RegExp;
  resolve(source: string, onError: (message: string) => void, options: unknown): unknown;
}
const testedTags = schemaDocument.schema.tags.filter((tag) => tag.default === true && tag.test !== undefined) as unknown as ScalarResolver[];

/** Thrown when a tag cannot resolve a value; the fast path then hands the file to `parseDocument`. */
export class NotInSubset extends Error {}

/**
 * The value of a plain (unquoted) scalar, exactly as `parseDocument` + `toJS` give it.
 * The core-schema tests only match an empty string, or one that starts with `~ . + -` or a digit,
 * or a 4- or 5-letter word starting with `n N t T f F` (null, true, false and their cases);
 * other scalars are strings without running the tests.
 */
export function resolvePlain(source: string): unknown {
  const first = source.charCodeAt(0);
  if (source.length > 0 && !MAYBE_TYPED[first] && !(MAYBE_WORD[first] && (source.length === 4 || source.length === 5))) return source;
  for (const tag of testedTags) {
    if (tag.test.test(source)) {
      const value = tag.resolve(source, () => {
        throw new NotInSubset();
      }, options);
      // Some tags return a Scalar node (to keep the source format); toJS gives its value.
      const plain = isScalar(value) ? value.value : value;
      if (typeof plain === 'object' && plain !== null) throw new NotInSubset();
      return typeof plain === 'bigint' ? Number(plain) : plain;
    }
  }
  return source;
}

const MAYBE_TYPED: boolean[] = [];
for (const ch of '~.+-0123456789') MAYBE_TYPED[ch.charCodeAt(0)] = true;
const MAYBE_WORD: boolean[] = [];
for (const ch of 'nNtTfF') MAYBE_WORD[ch.charCodeAt(0)] = true;
