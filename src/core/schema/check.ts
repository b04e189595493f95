import type { CheckedCatalog, LoadedCatalog } from '../model';

// PLACEHOLDER: to be implemented (ajv over schema/catalog.schema.json, defaults, did-you-mean).
export function checkCatalog(_loaded: LoadedCatalog): CheckedCatalog {
  throw new Error('not implemented');
}
