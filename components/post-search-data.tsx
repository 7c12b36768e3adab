import { toJstIsoString } from '@/lib/posts/dates';
import type { Post } from '@/lib/posts/store';
import { SEARCH_DATE_FILTER, SEARCH_FILTERS, SEARCH_META, SEARCH_SORT_DATE, SEARCH_SPONSORED_FILTER } from '@/lib/search/results';

/**
 * What the search index needs from a post page besides its text: title, date and
 * categories for the result list, categories and tags as filters. Only the title is
 * metadata, because Pagefind searches metadata as text (see lib/search/results). Read by Pagefind
 * at build time (scripts/search-index.ts); invisible to readers. Values sit in
 * attributes so a name with a comma or colon stays one value.
 */
export function PostSearchData({ post }: { post: Pick<Post, 'title' | 'date' | 'categories' | 'tags' | 'sponsored'> }) {
  const date = toJstIsoString(post.date);
  return (
    <div hidden>
      <data value={post.title} data-pagefind-meta={`${SEARCH_META.title}[value]`} />
      <data value={date} data-pagefind-filter={`${SEARCH_DATE_FILTER}[value]`} data-pagefind-sort={`${SEARCH_SORT_DATE}[value]`} />
      {post.categories.map((name) => (
        <data key={`c-${name}`} value={name} data-pagefind-filter={`${SEARCH_FILTERS.category}[value]`} />
      ))}
      {post.tags.map((name) => (
        <data key={`t-${name}`} value={name} data-pagefind-filter={`${SEARCH_FILTERS.tag}[value]`} />
      ))}
      {post.sponsored && <data value="true" data-pagefind-filter={`${SEARCH_SPONSORED_FILTER}[value]`} />}
    </div>
  );
}
