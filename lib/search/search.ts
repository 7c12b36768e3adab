import type { PagefindApi, PagefindFilterCounts, PagefindFilters, PagefindResponse, PagefindResult } from './pagefind';
import { SEARCH_FILTERS, SEARCH_SORT_DATE } from './results';
import { MAIN_SHARD, SEARCH_SHARD_FILTER } from './shards';
import { hasSearchWord, isJapaneseChar, queryTerms, toPagefindQuery } from './text';

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

/** The shards (./shards) in which a word-only search found something. */
function shardsWithResults(response: PagefindResponse): Set<string> {
  const counts = response.totalFilters[SEARCH_SHARD_FILTER] ?? {};
  return new Set(Object.keys(counts).filter((shard) => counts[shard] > 0));
}

function withoutShards(counts: PagefindFilterCounts): PagefindFilterCounts {
  const { [SEARCH_SHARD_FILTER]: _shards, ...rest } = counts;
  return rest;
}

function outcome(response: PagefindResponse | null, counts = response?.totalFilters): SearchOutcome {
  return response && counts ? { results: response.results, filterCounts: withoutShards(counts) } : NOTHING;
}

/**
 * Posts by filter alone, newest first. Pagefind merges shards by score, and a
 * sorted search scores each page by its place in its own shard, which would
 * interleave the shards; they hold consecutive runs of the newest-first list
 * (./shards), so they are listed one after the other.
 */
async function listNewestFirst(pagefind: PagefindApi, filters: PagefindFilters): Promise<SearchOutcome> {
  const allFilters = await pagefind.filters();
  if (Object.keys(filters).length === 0) return { results: [], filterCounts: withoutShards(allFilters) };
  const shards = Object.keys(allFilters[SEARCH_SHARD_FILTER] ?? { [MAIN_SHARD]: 0 }).sort((a, b) => Number(a) - Number(b));
  const responses = await Promise.all(
    shards.map((shard) => pagefind.search(null, { filters: { ...filters, [SEARCH_SHARD_FILTER]: shard }, sort: { [SEARCH_SORT_DATE]: 'desc' } })),
  );
  if (responses.some((response) => !response)) return NOTHING;
  const listed = responses as PagefindResponse[];
  return { results: listed.flatMap((response) => response.results), filterCounts: withoutShards(listed[0].totalFilters) };
}

/**
 * Whether a shard really has a word that is not Japanese. Pagefind answers a word
 * it lacks with the longest shorter word it has (「xylophone」 → 「x」, 「secretive」
 * → 「secret」), every shard on its own: a shard that has the word answers only with
 * pages that contain it, one that lacks it only with pages that do not. So one page
 * of the shard's answer tells which. Japanese words need no check: their index
 * tokens all have one length (./text), so none falls back to a shorter one.
 */
async function shardHasWord(pagefind: PagefindApi, word: string, shard: string): Promise<boolean> {
  const response = await pagefind.search(word, { filters: { [SEARCH_SHARD_FILTER]: shard } });
  const page = response?.results[0];
  return page !== undefined && hasSearchWord((await page.data()).content, word);
}

/** The words of a query that are not Japanese, as the reader typed them apart (`SECRET-DRAFT-MARKER` → three). */
function otherWords(query: string): string[] {
  return queryTerms(query).filter((term) => !isJapaneseChar(Array.from(term)[0]));
}

/**
 * Pagefind drops a query word that occurs nowhere in an index and searches with
 * the rest; for a Japanese word that would show articles that merely share a part
 * of it (「暗号資産」 → every article with 「資産」). Each shard (./shards) drops the
 * words it lacks on its own, and answers a missing word that is not Japanese with a
 * shorter one (shardHasWord). So the words are first looked up one by one, and the
 * query runs only in the shards that contain all of them, or finds nothing.
 */
async function searchEveryWord(pagefind: PagefindApi, term: string, words: string[], filters: PagefindFilters): Promise<SearchOutcome> {
  const lookups = await Promise.all(term.split(' ').map((word) => pagefind.search(word)));
  if (lookups.some((lookup) => !lookup)) return NOTHING;
  const [first, ...rest] = lookups.map((lookup) => shardsWithResults(lookup as PagefindResponse));
  const candidates = [...first].filter((shard) => rest.every((found) => found.has(shard)));
  const checked = await Promise.all(
    candidates.map(async (shard) => (await Promise.all(words.map((word) => shardHasWord(pagefind, word, shard)))).every(Boolean)),
  );
  const shards = candidates.filter((_, index) => checked[index]);
  if (shards.length === 0) return NOTHING;

  // The counts beside the category and tag lists ignore the selected ones, but not the shard restriction.
  const inShards: PagefindFilters = { [SEARCH_SHARD_FILTER]: { any: shards } };
  if (Object.keys(filters).length === 0) {
    const response = await pagefind.search(term, { filters: inShards });
    return outcome(response, response?.filters);
  }
  const [response, unselected] = await Promise.all([
    pagefind.search(term, { filters: { ...filters, ...inShards } }),
    pagefind.search(term, { filters: inShards }),
  ]);
  return outcome(response, unselected?.filters);
}

/** Runs a reader's search: the articles that contain every word of the query (none when one is in no article), or, without a query, those of the filters. */
export async function searchPosts(pagefind: PagefindApi, request: SearchRequest): Promise<SearchOutcome> {
  await loadAllFilters(pagefind);
  const filters = selectedFilters(request);
  if (!request.query.trim()) return listNewestFirst(pagefind, filters);
  const term = toPagefindQuery(request.query);
  if (!term) return NOTHING;
  const words = otherWords(request.query);
  if (term.includes(' ') || words.length > 0) return searchEveryWord(pagefind, term, words, filters);
  return outcome(await pagefind.search(term, { filters }));
}
