import type { PagefindFilterCounts, PagefindResultData } from './pagefind';
import { stripIndexTokens } from './text';

/** The filters a reader can choose, as the post page declares them (components/post-search-data.tsx). */
export const SEARCH_FILTERS = { category: 'category', tag: 'tag' } as const;
export type SearchFilterKey = keyof typeof SEARCH_FILTERS;
/**
 * The publication date travels as a filter, not as metadata: Pagefind searches
 * metadata values as text, so a date in metadata would make 「2025」 or 「11」 match
 * every post by its date alone. Filter values are not searched.
 */
export const SEARCH_DATE_FILTER = 'date';
export const SEARCH_META = { title: 'title' } as const;
/** Set (to `true`) on sponsored posts only, so a result can carry the 「PR」 label; a filter, so never searched as text. */
export const SEARCH_SPONSORED_FILTER = 'sponsored';
export const SEARCH_SORT_DATE = 'date';

/** One search result as the list shows it. */
export type SearchHit = {
  url: string;
  title: string;
  /** ISO 8601 (Japan time) or undefined when the page did not declare one. */
  date?: string;
  categories: string[];
  tags: string[];
  /** The article text (title and body) without the index's helper tokens, for the excerpt. */
  text: string;
  /** A PR article: the result is labelled as the post's cards are. */
  sponsored: boolean;
};

/**
 * Pagefind's content is the title, then the body (「タイトル. 本文…」); the title is
 * shown on its own, so the excerpt starts at the body.
 */
export function toSearchHit(data: PagefindResultData): SearchHit {
  const title = data.meta[SEARCH_META.title] ?? '';
  let text = stripIndexTokens(data.content).trim();
  if (title && text.startsWith(title)) text = text.slice(title.length).replace(/^[.\s]+/, '');
  return {
    url: data.url,
    title,
    date: data.filters[SEARCH_DATE_FILTER]?.[0] || undefined,
    categories: data.filters[SEARCH_FILTERS.category] ?? [],
    tags: data.filters[SEARCH_FILTERS.tag] ?? [],
    text,
    sponsored: data.filters[SEARCH_SPONSORED_FILTER]?.[0] === 'true',
  };
}

export type FilterOption = { value: string; count: number };

/** A filter's values for a select box: most posts first, then in Japanese order. */
export function filterOptions(counts: PagefindFilterCounts | undefined, key: SearchFilterKey): FilterOption[] {
  return Object.entries(counts?.[SEARCH_FILTERS[key]] ?? {})
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'ja'));
}

/** The parameters of a shareable search URL (`/search?q=金利&category=マクロ経済`). */
export type SearchParamsState = { q: string; category: string; tag: string };

export function readSearchParams(params: { get: (name: string) => string | null }): SearchParamsState {
  return { q: params.get('q') ?? '', category: params.get('category') ?? '', tag: params.get('tag') ?? '' };
}
