import { MAIN_SHARD, parseSearchShards, SEARCH_SHARD_FILTER, SEARCH_SHARDS_FILE, shardFilterValue } from './shards';

/**
 * The parts of Pagefind's browser API the site uses. The module is the one the
 * build writes to public/pagefind; it is not an npm import, so it is typed here.
 */
export type PagefindFilters = Record<string, string | string[] | { any: string[] }>;
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export type PagefindResultData = {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
};

export type PagefindResult = { id: string; score: number; data: () => Promise<PagefindResultData> };

export type PagefindResponse = {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: PagefindFilterCounts;
  totalFilters: PagefindFilterCounts;
};

export type PagefindApi = {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    term: string | null,
    options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindResponse | null>;
  filters: () => Promise<PagefindFilterCounts>;
  mergeIndex: (indexPath: string, options?: Record<string, unknown>) => Promise<void>;
};

/** Where the build writes the index (scripts/search-index.ts), as served by the site. */
export const PAGEFIND_BUNDLE_URL = '/pagefind/';
const PAGEFIND_MODULE_URL = `${PAGEFIND_BUNDLE_URL}pagefind.js`;
// Result URLs are site paths; Pagefind would otherwise resolve them against the bundle folder.
const RESULT_URLS = { baseUrl: '/' };

/**
 * Starts a bundle's pagefind.js on its main index and merges the other shards into
 * it (./shards). The shard list is fetched while the main index loads.
 */
export async function openPagefindBundle(pagefind: PagefindApi, bundleUrl: string): Promise<PagefindApi> {
  const shardList = fetch(`${bundleUrl}${SEARCH_SHARDS_FILE}`);
  await pagefind.options({ basePath: bundleUrl, ...RESULT_URLS });
  await pagefind.init();
  // Only after init: before it, Pagefind would wait for an index that is not loading yet.
  await pagefind.options({ mergeFilter: { [SEARCH_SHARD_FILTER]: MAIN_SHARD } });
  const response = await shardList;
  if (!response.ok) throw new Error(`${SEARCH_SHARDS_FILE}: HTTP ${response.status}`);
  await Promise.all(
    parseSearchShards(await response.json()).map((shard, position) =>
      pagefind.mergeIndex(`${bundleUrl}${shard}`, { ...RESULT_URLS, mergeFilter: { [SEARCH_SHARD_FILTER]: shardFilterValue(position) } }),
    ),
  );
  return pagefind;
}

let loading: Promise<PagefindApi> | null = null;

/**
 * Loads Pagefind on first use only, so pages where nobody searches never fetch it.
 * The URL exists only after the build, so the bundler must leave the import alone.
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_MODULE_URL)
    .then((module: PagefindApi) => openPagefindBundle(module, PAGEFIND_BUNDLE_URL))
    .catch((error: unknown) => {
      loading = null; // let a later attempt retry (e.g. after a network hiccup)
      throw error;
    });
  return loading;
}
