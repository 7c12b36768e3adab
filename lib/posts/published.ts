/**
 * Every query the pages make over the published posts, built once from their
 * summaries. Pure: lib/posts/store.ts binds it to the posts a server reads, and
 * the content step (lib/content/post-store.ts) to the posts it writes, so that
 * what a post page reads from its own entry is what the store would have answered.
 */
import {
  collectTerms,
  pageOf,
  postsWithTerm,
  toPostLink,
  type Page,
  type PostLink,
  type PostSummary,
  type Term,
  type TermKind,
} from './query';
import { groupByJstMonth } from './archive';
import { collectAuthors, postsByAuthor, type Author } from './authors';
import { collectSeries, partsBySeries, type Series } from './series';
import { createAdjacentPostsIndex, createRelatedPostsIndex, type AdjacentPosts } from './navigation';
import { seriesSlug } from '../urls/segments';

/** The paginated lists of posts: the home page, one tag's or category's posts, one author's posts, one series' parts. */
export type ListKind = 'home' | TermKind | 'authors' | 'series';

/** One page of a list; `owner` is the tag, category, author or series whose posts it lists (the home page has none). */
export type ListPage = Page<PostSummary> & { owner?: Term | Author | Series };

/** What a post's page shows besides the post: the links around it. */
export type PostNeighbourhood = {
  related: PostLink[];
  adjacent: AdjacentPosts<PostLink>;
  series?: { series: Series; parts: PostLink[] };
};

/** Indexes are built on first use: a server answering one kind of page builds only what that page needs. */
function lazy<T>(build: () => T): () => T {
  let value: { built: T } | undefined;
  return () => (value ??= { built: build() }).built;
}

/** `summaries`: the published posts, newest first, term names already canonical (query.ts withCanonicalTermNames). */
export function createPublishedPosts(summaries: readonly PostSummary[], postsPerPage: number) {
  const bySlug = lazy(() => new Map(summaries.map((post) => [post.slug, post])));
  const terms = lazy(() => {
    const all = { tags: collectTerms(summaries, 'tags'), categories: collectTerms(summaries, 'categories') };
    const bySlug = { tags: new Map(all.tags.map((term) => [term.slug, term])), categories: new Map(all.categories.map((term) => [term.slug, term])) };
    return { all, bySlug };
  });
  // Each term's posts are looked up by every one of its pages: filter the whole list once per term, not once per page.
  const termPosts = new Map<string, PostSummary[]>();
  const postsWith = (kind: TermKind, slug: string) => {
    const key = `${kind}/${slug}`;
    let posts = termPosts.get(key);
    if (!posts) termPosts.set(key, (posts = postsWithTerm(summaries, kind, slug)));
    return posts;
  };
  const relatedTo = lazy(() => createRelatedPostsIndex(summaries));
  const neighboursOf = lazy(() => createAdjacentPostsIndex(summaries));
  const authors = lazy(() => {
    const all = collectAuthors(summaries);
    return { all, bySlug: new Map(all.map((author) => [author.slug, author])), posts: new Map(all.map((author) => [author.slug, postsByAuthor(summaries, author.slug)])) };
  });
  const series = lazy(() => {
    const all = collectSeries(summaries);
    return { all, bySlug: new Map(all.map((one) => [one.slug, one])), parts: partsBySeries(summaries) };
  });

  function getSeriesOf(post: Pick<PostSummary, 'series'>): { series: Series; parts: PostSummary[] } | undefined {
    if (post.series === undefined) return undefined;
    const slug = seriesSlug(post.series);
    const found = series().bySlug.get(slug);
    return found && { series: found, parts: series().parts.get(slug) ?? [] };
  }

  function listPosts(kind: ListKind, key: string | undefined): { owner?: Term | Author | Series; posts: readonly PostSummary[] } | undefined {
    if (kind === 'home') return { posts: summaries };
    if (key === undefined) return undefined;
    if (kind === 'series') {
      const owner = series().bySlug.get(key);
      return owner && { owner, posts: series().parts.get(owner.slug) ?? [] };
    }
    if (kind === 'authors') {
      const owner = authors().bySlug.get(key);
      return owner && { owner, posts: authors().posts.get(owner.slug) ?? [] };
    }
    const owner = terms().bySlug[kind].get(key);
    return owner && { owner, posts: postsWith(kind, owner.slug) };
  }

  return {
    getPublishedPosts: (): readonly PostSummary[] => summaries,
    /** A published post's summary: what a share image or a list needs. */
    getPostSummary: (slug: string): PostSummary | undefined => bySlug().get(slug),
    getTerms: (kind: TermKind): Term[] => terms().all[kind],
    getTerm: (kind: TermKind, slug: string): Term | undefined => terms().bySlug[kind].get(slug),
    getPostsWithTerm: postsWith,
    getRelatedPosts(slug: string): PostSummary[] {
      const post = bySlug().get(slug);
      return post ? relatedTo()(post) : [];
    },
    getAdjacentPosts: (slug: string): AdjacentPosts<PostSummary> => neighboursOf()(slug),
    getArchive: () => groupByJstMonth(summaries),
    getAuthors: (): Author[] => authors().all,
    getAuthor: (slug: string): Author | undefined => authors().bySlug.get(slug),
    getAllSeries: (): Series[] => series().all,
    /** The series a post belongs to, with every part in order (the post's own included), or undefined. */
    getSeriesOf,
    /** What a post's page links to, in the small form its file stores (lib/content/post-store.ts). */
    getNeighbourhood(post: PostSummary): PostNeighbourhood {
      const adjacent = neighboursOf()(post.slug);
      const inSeries = getSeriesOf(post);
      return {
        related: relatedTo()(post).map(toPostLink),
        adjacent: { previous: adjacent.previous && toPostLink(adjacent.previous), next: adjacent.next && toPostLink(adjacent.next) },
        ...(inSeries && { series: { series: inSeries.series, parts: inSeries.parts.map(toPostLink) } }),
      };
    },
    /**
     * Page `page` of a list: the home page (no key), or the list of the tag, category
     * or author whose URL segment is `key`. Undefined when there is no such list or page.
     */
    getListPage(kind: ListKind, key: string | undefined, page: number): ListPage | undefined {
      const list = listPosts(kind, key);
      const found = list && pageOf(list.posts, page, postsPerPage);
      return found && { ...found, owner: list.owner };
    },
    /** The URL segment of every list of a kind (the home page is one list without one), for generateStaticParams. */
    getListKeys(kind: ListKind): (string | undefined)[] {
      if (kind === 'home') return [undefined];
      return (kind === 'authors' ? authors().all : kind === 'series' ? series().all : terms().all[kind]).map((owner) => owner.slug);
    },
  };
}

export type PublishedPosts = ReturnType<typeof createPublishedPosts>;
