import { readFileSync } from 'fs';
import { join } from 'path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { publishedSchemaText, runtimeSchema, SCHEMA_FILE, VALIDATOR_FILE, validatorText } from '../../../schema/generate';
import { RULES } from '../../../src/core/rules/index';
import { CATALOG_SCHEMA, CONFIGURABLE_RULES } from '../../../src/core/schema/catalog-schema';

const root = join(__dirname, '..', '..', '..');
const regenerate = 'run `npx ts-node schema/write.ts` to regenerate it';

describe('generated schema files', () => {
  test(`${SCHEMA_FILE} is up to date (${regenerate})`, () => {
    expect(readFileSync(join(root, SCHEMA_FILE), 'utf8')).toBe(publishedSchemaText());
  });

  test(`${VALIDATOR_FILE} is up to date (${regenerate})`, () => {
    expect(readFileSync(join(root, VALIDATOR_FILE), 'utf8')).toBe(validatorText());
  });

  test('the published schema is valid draft-07 and every property has a description for editors', () => {
    const ajv = new Ajv({ strict: true, strictRequired: false });
    expect(ajv.validateSchema(CATALOG_SCHEMA)).toBe(true);
    const missing: string[] = [];
    const walk = (node: Record<string, unknown>, path: string): void => {
      for (const [key, value] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        if (typeof value.description !== 'string') missing.push(`${path}.${key}`);
        walk(value, `${path}.${key}`);
        if (value.items) walk(value.items as Record<string, unknown>, `${path}.${key}[]`);
        if (typeof value.additionalProperties === 'object') walk(value.additionalProperties as Record<string, unknown>, `${path}.${key}.*`);
      }
    };
    walk(CATALOG_SCHEMA as unknown as Record<string, unknown>, '');
    expect(missing).toEqual([]);
  });

  test('editors using the published schema accept the complete good catalog, and flag value limits', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(root, SCHEMA_FILE), 'utf8')));
    const good = parse(readFileSync(join(root, 'test/fixtures/good/catalog.yaml'), 'utf8'));
    expect(validate(good) ? [] : validate.errors).toEqual([]);
    const bad = parse(readFileSync(join(root, 'test/fixtures/bad/tag-aws-prefix.yaml'), 'utf8'));
    expect(validate(bad)).toBe(false);
    const longName = parse(readFileSync(join(root, 'test/fixtures/bad/name-51-characters.yaml'), 'utf8'));
    expect(validate(longName)).toBe(false);
  });

  test('the run-time validator leaves out annotations and the limits other rules own, and keeps the rest', () => {
    const runtime = runtimeSchema(CATALOG_SCHEMA, '') as { properties: Record<string, { items?: { properties: Record<string, Record<string, unknown>> }; properties?: Record<string, Record<string, unknown>> }> };
    const account = runtime.properties.accounts.items!.properties;
    expect(account.name).toEqual({ type: 'string' });
    expect(account.email).toEqual({ type: 'string' });
    expect(account.tags).toEqual({ type: 'object', additionalProperties: { type: 'string' } });
    expect(account.state).toEqual({ type: 'string', enum: ['active', 'closed'] });
    expect(runtime.properties.organization.properties!.managementAccountId).toEqual({ type: 'string', pattern: '^[0-9]{12}$' });
  });

  test('policy.rules accepts exactly the rules that run', () => {
    expect([...CONFIGURABLE_RULES].sort()).toEqual(RULES.map((r) => r.name).sort());
  });

  test('the generated validator needs no runtime module', () => {
    expect(validatorText()).not.toMatch(/require\(|^import /m);
  });
});
