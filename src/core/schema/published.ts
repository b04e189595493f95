import { CATALOG_SCHEMA } from './catalog-schema';

/** The text of schema/catalog.schema.json. */
export function publishedSchemaText(): string {
  return `${JSON.stringify(CATALOG_SCHEMA, null, 2)}\n`;
}
