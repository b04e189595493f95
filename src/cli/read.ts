import type { LoadedCatalog } from '../core/model';

// TEMPORARY: src/fs/read-catalog.ts (the loader work) is not in the tree yet. Until it is, it is
// loaded at run time so the rest of the project still compiles; then this becomes a static import.
interface ReadCatalogModule {
  readCatalog(paths: readonly string[]): LoadedCatalog;
  CatalogInputError: new (...args: never[]) => Error;
}

function load(): ReadCatalogModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../fs/read-catalog') as ReadCatalogModule;
}

/** Reads one catalog from files and directories; throws CatalogInputError on I/O problems (exit 2). */
export function readCatalog(paths: readonly string[]): LoadedCatalog {
  return load().readCatalog(paths);
}

export function isCatalogInputError(e: unknown): e is Error {
  try {
    return e instanceof load().CatalogInputError;
  } catch {
    return false;
  }
}
