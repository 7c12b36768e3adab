/**
 * The parts of Pagefind's browser API the site uses. The module is the one the
 * build writes to public/pagefind; it is not an npm import, so it is typed here.
 */
export type PagefindFilters = Record<string, string | string[]>;
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
};

/** Where the build writes the index (scripts/search-index.ts), as served by the site. */
export const PAGEFIND_MODULE_URL = '/pagefind/pagefind.js';

let loading: Promise<PagefindApi> | null = null;

/**
 * Loads Pagefind on first use only, so pages where nobody searches never fetch it.
 * The URL exists only after the build, so the bundler must leave the import alone.
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_MODULE_URL)
    .then(async (module: PagefindApi) => {
      await module.options({ baseUrl: '/' });
      await module.init();
      return module;
    })
    .catch((error: unknown) => {
      loading = null; // let a later attempt retry (e.g. after a network hiccup)
      throw error;
    });
  return loading;
}
