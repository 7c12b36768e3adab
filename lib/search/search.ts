import type { PagefindApi, PagefindFilterCounts, PagefindFilters, PagefindResult } from './pagefind';
import { SEARCH_FILTERS, SEARCH_SORT_DATE } from './results';
import { toPagefindQuery } from './text';

export type SearchRequest = { query: string; category?: string; tag?: string };

export type SearchOutcome = {
  /** Best first (newest first when only filters are set); their data is loaded page by page. */
  results: PagefindResult[];
  /** Posts per category and tag among the results of the query, ignoring the selected filters. */
  filterCounts: PagefindFilterCounts;
};

const NOTHING: SearchOutcome = { results: [], filterCounts: {} };

/**
 * Pagefind counts a filter's values only once that filter's data is loaded, and a
 * search loads only the filters it selects; so before the first search every
 * filter is loaded, or the category and tag lists of a first search would be empty.
 */
const filtersLoaded = new WeakSet<PagefindApi>();
async function loadAllFilters(pagefind: PagefindApi): Promise<void> {
  if (filtersLoaded.has(pagefind)) return;
  await pagefind.filters();
  filtersLoaded.add(pagefind);
}

export function hasSearchInput(request: SearchRequest): boolean {
  return Boolean(request.query.trim() || request.category || request.tag);
}

function selectedFilters(request: SearchRequest): PagefindFilters {
  const filters: PagefindFilters = {};
  if (request.category) filters[SEARCH_FILTERS.category] = request.category;
  if (request.tag) filters[SEARCH_FILTERS.tag] = request.tag;
  return filters;
}

/**
 * Runs a reader's search. Pagefind drops a query word that occurs nowhere and
 * searches with the rest; for a Japanese word that would show articles that merely
 * share a part of it (「暗号資産」 → every article with 「資産」). So each Japanese
 * token of a query with more than one word is also looked up on its own, and the
 * search finds nothing when one of them is missing from the index.
 */
export async function searchPosts(pagefind: PagefindApi, request: SearchRequest): Promise<SearchOutcome> {
  await loadAllFilters(pagefind);
  const filters = selectedFilters(request);
  const query = request.query.trim();
  if (!query) {
    if (Object.keys(filters).length === 0) return { results: [], filterCounts: await pagefind.filters() };
    const response = await pagefind.search(null, { filters, sort: { [SEARCH_SORT_DATE]: 'desc' } });
    return response ? { results: response.results, filterCounts: response.totalFilters } : NOTHING;
  }

  const { term, japaneseTokens } = toPagefindQuery(query);
  if (!term) return NOTHING;
  const checks = term.includes(' ') ? japaneseTokens : [];
  const [response, ...found] = await Promise.all([
    pagefind.search(term, { filters }),
    ...checks.map((token) => pagefind.search(token)),
  ]);
  if (!response || found.some((check) => !check || check.results.length === 0)) return NOTHING;
  return { results: response.results, filterCounts: response.totalFilters };
}
