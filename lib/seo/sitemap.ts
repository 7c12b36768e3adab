/**
 * What /sitemap.xml lists: every public page, with the last time its content changed.
 * New page types join by adding a path to STATIC_SITEMAP_PATHS or a section to
 * sitemapEntries (e.g. one entry per author page).
 */
import { toJstIsoString } from '../posts/dates';
import { lastChange, paginate, postsWithTerm, type PostSummary, type Term, type TermKind } from '../posts/query';
import { postsByAuthor, type Author } from '../posts/authors';
import { postsInSeries, type Series } from '../posts/series';
import { archivePath, authorIndexPath, authorPath, homePagePath, postPath, seriesIndexPath, seriesPath, termIndexPath, termPath } from '../urls/routes';
import { absoluteUrl } from '../urls/absolute-url';

export type SitemapEntry = {
  url: string;
  /** W3C datetime in Japan time, e.g. 2025-11-25T10:00:00+09:00. */
  lastModified?: string;
};

/** Pages that exist once and change whenever any post does. */
export const STATIC_SITEMAP_PATHS: readonly string[] = [
  termIndexPath('categories'),
  termIndexPath('tags'),
  archivePath(),
  authorIndexPath(),
  seriesIndexPath(),
];

export type SitemapInput = {
  /** Published posts, newest first. */
  posts: readonly PostSummary[];
  terms: Record<TermKind, readonly Term[]>;
  authors: readonly Author[];
  /** The 連載, each with a page of its parts. */
  series?: readonly Series[];
  postsPerPage: number;
  siteUrl: string;
};

function newestChange(posts: readonly Pick<PostSummary, 'date' | 'lastModifiedAt'>[]): string | undefined {
  const latest = posts.map(lastChange).sort().at(-1);
  return latest === undefined ? undefined : toJstIsoString(latest);
}

export function sitemapEntries({ posts, terms, authors, series = [], postsPerPage, siteUrl }: SitemapInput): SitemapEntry[] {
  const entry = (path: string, changed: readonly PostSummary[]): SitemapEntry => {
    const lastModified = newestChange(changed);
    return lastModified ? { url: absoluteUrl(path, siteUrl), lastModified } : { url: absoluteUrl(path, siteUrl) };
  };
  // Every page of a paginated list, each dated by the posts it shows.
  const listPages = (pathFor: (page: number) => string, listed: readonly PostSummary[]) => {
    const { totalPages } = paginate(listed, 1, postsPerPage);
    return Array.from({ length: totalPages }, (_, i) => entry(pathFor(i + 1), paginate(listed, i + 1, postsPerPage).items));
  };
  const homePages = listPages(homePagePath, posts);
  const staticPages = STATIC_SITEMAP_PATHS.map((path) => entry(path, posts));
  const termPages = (['categories', 'tags'] as const).flatMap((kind) =>
    terms[kind].flatMap((term) => listPages((page) => termPath(kind, term.slug, page), postsWithTerm(posts, kind, term.slug))),
  );
  const authorPages = authors.flatMap((author) =>
    listPages((page) => authorPath(author.slug, page), postsByAuthor(posts, author.slug)),
  );
  const seriesPages = series.flatMap((one) => listPages((page) => seriesPath(one.slug, page), postsInSeries(posts, one.slug)));
  const postPages = posts.map((post) => entry(postPath(post.slug), [post]));
  return [...homePages, ...staticPages, ...termPages, ...authorPages, ...seriesPages, ...postPages];
}
