import type { Catalog, Change } from '../model';

// PLACEHOLDER: to be implemented (match by id, else email; rename = update).
export function diffCatalogs(_base: Catalog, _head: Catalog): Change[] {
  return [];
}
