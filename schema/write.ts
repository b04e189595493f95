// Writes schema/catalog.schema.json and the compiled validator from src/core/schema/catalog-schema.ts.
// Run after changing the schema: npx ts-node schema/write.ts  (test/core/schema/generated.test.ts checks they are fresh)
import { writeFileSync } from 'fs';
import { join } from 'path';
import { publishedSchemaText, SCHEMA_FILE, VALIDATOR_FILE, validatorText } from './generate';

const root = join(__dirname, '..');
writeFileSync(join(root, SCHEMA_FILE), publishedSchemaText());
writeFileSync(join(root, VALIDATOR_FILE), validatorText());
