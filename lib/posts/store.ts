import {
  collectTerms,
  pageOf,
  postsWithTerm,
  selectPublishedPosts,
  withCanonicalTermNames,
  type Page,
  type Post,
  type PostSummary,
  type Term,
  type TermKind,
} from './query';
import { groupByJstMonth } from './archive';
import { collectAuthors, postsByAuthor, type Author } from './authors';
import { collectSeries, partsBySeries, type Series } from './series';
import { seriesSlug } from '../urls/segments';
import type { TocHeading } from '../markdown/headings';
import type { PostUpdate } from '../content/newsroom-fields';
import { createAdjacentPostsIndex, createRelatedPostsIndex } from './navigation';
import { loadContentBuildTime, loadPostBody, loadPostSummaries, type PostSummaryDocument } from './generated';
import { siteConfig } from '../config';

// "Now" is the content step's run (./generated.ts): a scheduled post appears with the first build after its date.
const visibility = {
  now: loadContentBuildTime(),
  includeUnpublished: process.env.NODE_ENV === 'development',
};

function fromDocument(doc: PostSummaryDocument): PostSummary {
  return {
    slug: doc.slug,
    title: doc.title,
    date: doc.date,
    lastModifiedAt: doc.lastModifiedAt || undefined,
    categories: doc.categories,
    tags: doc.tags,
    author: doc.author || undefined,
    excerpt: doc.excerpt,
    readingTime: doc.readingTime,
    draft: doc.draft,
    scheduled: new Date(doc.date).getTime() > visibility.now.getTime(),
    updates: (doc.updates as PostUpdate[] | undefined) ?? [],
    series: doc.series || undefined,
    sponsored: doc.sponsored,
    disclaimer: doc.disclaimer,
  };
}

// Summaries only: a post's HTML is read from its own file when its page (or a feed) needs it.
const publishedSummaries: PostSummary[] = withCanonicalTermNames(
  selectPublishedPosts((await loadPostSummaries()).map(fromDocument), visibility),
);

async function withBody(summary: PostSummary): Promise<Post> {
  return { ...summary, ...(await loadPostBody(summary.slug)) };
}

/** The instant the pages were built: what "published" and the news sitemap's two days are measured from. */
export function getBuildTime(): Date {
  return visibility.now;
}

export function getPublishedPosts(): PostSummary[] {
  return publishedSummaries;
}

const summariesBySlug = new Map(publishedSummaries.map((post) => [post.slug, post]));

/** A published post's summary: what a share image or a list needs, without reading its body. */
export function getPostSummary(slug: string): PostSummary | undefined {
  return summariesBySlug.get(slug);
}

/** A published post with its HTML, or undefined. */
export async function getPostBySlug(slug: string): Promise<Post | undefined> {
  const summary = summariesBySlug.get(slug);
  return summary && withBody(summary);
}

const terms: Record<TermKind, Term[]> = {
  tags: collectTerms(publishedSummaries, 'tags'),
  categories: collectTerms(publishedSummaries, 'categories'),
};
const termsBySlug = {
  tags: new Map(terms.tags.map((term) => [term.slug, term])),
  categories: new Map(terms.categories.map((term) => [term.slug, term])),
};

export function getTerms(kind: TermKind): Term[] {
  return terms[kind];
}

export function getTerm(kind: TermKind, slug: string): Term | undefined {
  return termsBySlug[kind].get(slug);
}

/** The newest posts with their HTML, for feeds: all of them, or those with one tag or category. */
export async function getLatestPosts(limit: number, term?: { kind: TermKind; slug: string }): Promise<Post[]> {
  const posts = term ? getPostsWithTerm(term.kind, term.slug) : publishedSummaries;
  return Promise.all(posts.slice(0, limit).map(withBody));
}

// Each term's posts are looked up by every one of its pages: filter the whole list once per term, not once per page.
const termPostsCache = new Map<string, PostSummary[]>();

export function getPostsWithTerm(kind: TermKind, slug: string): PostSummary[] {
  const key = `${kind}/${slug}`;
  let posts = termPostsCache.get(key);
  if (!posts) termPostsCache.set(key, (posts = postsWithTerm(publishedSummaries, kind, slug)));
  return posts;
}

const relatedTo = createRelatedPostsIndex(publishedSummaries);
const neighboursOf = createAdjacentPostsIndex(publishedSummaries);

export function getRelatedPosts(slug: string): PostSummary[] {
  const post = summariesBySlug.get(slug);
  return post ? relatedTo(post) : [];
}

export function getAdjacentPosts(slug: string) {
  return neighboursOf(slug);
}

export function getArchive() {
  return groupByJstMonth(publishedSummaries);
}

const authors = collectAuthors(publishedSummaries);
const authorsBySlug = new Map(authors.map((author) => [author.slug, author]));
const authorPosts = new Map(authors.map((author) => [author.slug, postsByAuthor(publishedSummaries, author.slug)]));

export function getAuthors(): Author[] {
  return authors;
}

export function getAuthor(slug: string): Author | undefined {
  return authorsBySlug.get(slug);
}

const allSeries = collectSeries(publishedSummaries);
const seriesBySlug = new Map(allSeries.map((series) => [series.slug, series]));
const seriesParts = partsBySeries(publishedSummaries);

export function getAllSeries(): Series[] {
  return allSeries;
}

/** The series a post belongs to, with every part in order (the post's own included), or undefined. */
export function getSeriesOf(post: Pick<PostSummary, 'series'>): { series: Series; parts: PostSummary[] } | undefined {
  if (post.series === undefined) return undefined;
  const slug = seriesSlug(post.series);
  const series = seriesBySlug.get(slug);
  return series && { series, parts: seriesParts.get(slug) ?? [] };
}

/** The paginated lists of posts: the home page, one tag's or category's posts, one author's posts, one series' parts. */
export type ListKind = 'home' | TermKind | 'authors' | 'series';

/** One page of a list; `owner` is the tag, category, author or series whose posts it lists (the home page has none). */
export type ListPage = Page<PostSummary> & { owner?: Term | Author | Series };

function listPosts(kind: ListKind, key: string | undefined): { owner?: Term | Author | Series; posts: readonly PostSummary[] } | undefined {
  if (kind === 'home') return { posts: publishedSummaries };
  if (key === undefined) return undefined;
  if (kind === 'series') {
    const owner = seriesBySlug.get(key);
    return owner && { owner, posts: seriesParts.get(owner.slug) ?? [] };
  }
  if (kind === 'authors') {
    const owner = getAuthor(key);
    return owner && { owner, posts: authorPosts.get(owner.slug) ?? [] };
  }
  const owner = getTerm(kind, key);
  return owner && { owner, posts: getPostsWithTerm(kind, owner.slug) };
}

/**
 * Page `page` of a list: the home page (no key), or the list of the tag, category
 * or author whose URL segment is `key`. Undefined when there is no such list or page.
 */
export function getListPage(kind: ListKind, key: string | undefined, page: number): ListPage | undefined {
  const list = listPosts(kind, key);
  const found = list && pageOf(list.posts, page, siteConfig.postsPerPage);
  return found && { ...found, owner: list.owner };
}

/** The URL segment of every list of a kind (the home page is one list without one), for generateStaticParams. */
export function getListKeys(kind: ListKind): (string | undefined)[] {
  if (kind === 'home') return [undefined];
  return (kind === 'authors' ? authors : kind === 'series' ? allSeries : terms[kind]).map((owner) => owner.slug);
}

export type { Author, Page, Post, PostSummary, Series, Term, TermKind, TocHeading };
