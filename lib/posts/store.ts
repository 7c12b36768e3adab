import type { Post as PostDocument } from 'contentlayer/generated';
import {
  collectTerms,
  pageOf,
  postsWithTerm,
  selectPublishedPosts,
  toSummary,
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
import { loadContentBuildTime, loadPostDocuments } from './generated';
import { siteConfig } from '../config';

// "Now" is the content step's run (./generated.ts): a scheduled post appears with the first build after its date.
const visibility = {
  now: loadContentBuildTime(),
  includeUnpublished: process.env.NODE_ENV === 'development',
};

function fromDocument(doc: PostDocument): Post {
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
    html: doc.html,
    headings: doc.headings as TocHeading[],
  };
}

const allPosts = await loadPostDocuments();
const publishedPosts: Post[] = withCanonicalTermNames(selectPublishedPosts(allPosts.map(fromDocument), visibility));
const publishedSummaries: PostSummary[] = publishedPosts.map(toSummary);

/** The instant the pages were built: what "published" and the news sitemap's two days are measured from. */
export function getBuildTime(): Date {
  return visibility.now;
}

export function getPublishedPosts(): PostSummary[] {
  return publishedSummaries;
}

const postsBySlug = new Map(publishedPosts.map((post) => [post.slug, post]));

export function getPostBySlug(slug: string): Post | undefined {
  return postsBySlug.get(slug);
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
export function getLatestPosts(limit: number, term?: { kind: TermKind; slug: string }): Post[] {
  const posts = term ? postsWithTerm(publishedPosts, term.kind, term.slug) : publishedPosts;
  return posts.slice(0, limit);
}

// Each term's posts are looked up by every one of its pages: filter the whole list once per term, not once per page.
const termPostsCache = new Map<string, PostSummary[]>();

export function getPostsWithTerm(kind: TermKind, slug: string): PostSummary[] {
  const key = `${kind}/${slug}`;
  let posts = termPostsCache.get(key);
  if (!posts) termPostsCache.set(key, (posts = postsWithTerm(publishedSummaries, kind, slug)));
  return posts;
}

const summariesBySlug = new Map(publishedSummaries.map((post) => [post.slug, post]));

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
