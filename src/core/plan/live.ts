import type { Catalog, Drift, LiveOrganization, Unmanaged } from '../model';

// PLACEHOLDER: to be implemented by the live-AWS work.
export function compareLive(_base: Catalog | undefined, _head: Catalog, _live: LiveOrganization): { drift: Drift[]; unmanaged: Unmanaged[] } {
  return { drift: [], unmanaged: [] };
}
