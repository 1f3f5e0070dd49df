import type { LocationQuery, RouteLocationRaw } from 'vue-router';
import { ROUTE } from '../router/routes';

/** What the list URL carries: `?category=<slug>&q=<text>&after=<cursor>`. */
export interface CatalogFilters {
  category?: string;
  q?: string;
  after?: string;
}

function single(value: LocationQuery[string] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed ? trimmed : undefined;
}

/** Reads filters from a route query; blanks and repeated keys collapse to one value or nothing. */
export function filtersFromQuery(query: LocationQuery): CatalogFilters {
  return { category: single(query.category), q: single(query.q), after: single(query.after) };
}

/** The list route for `filters`, with empty values left out so URLs stay clean. */
export function listLocation(filters: CatalogFilters): RouteLocationRaw {
  const query: Record<string, string> = {};
  if (filters.category) query.category = filters.category;
  if (filters.q) query.q = filters.q;
  if (filters.after) query.after = filters.after;
  return { name: ROUTE.list, query };
}

/** True when the user narrowed the list (a page cursor alone is not a filter). */
export function hasFilters(filters: CatalogFilters): boolean {
  return Boolean(filters.category || filters.q);
}
