// Writes schema/catalog.schema.json from src/core/schema/catalog-schema.ts (the source of truth).
// Run: npx ts-node schema/write.ts   (test/core/schema/published.test.ts fails when it is stale)
import { writeFileSync } from 'fs';
import { join } from 'path';
import { publishedSchemaText } from '../src/core/schema/published';

writeFileSync(join(__dirname, 'catalog.schema.json'), publishedSchemaText());
