/**
 * The published posts, bound once per process to the summaries the content step wrote
 * (./generated.ts): what every list, index, sitemap and share image asks. A post's own
 * page does not load this; it reads its own entry of the post store (./post-pages.ts).
 */
import { createPublishedPosts, type ListKind, type ListPage, type PostNeighbourhood } from './published';
import { loadContentBuildTime, loadPublishedSummaries } from './generated';
import { siteConfig } from '../config';
import type { Page, Post, PostLink, PostSummary, Term, TermKind } from './query';
import type { Author } from './authors';
import type { Series } from './series';
import type { TocHeading } from '../markdown/headings';

// "Now" is the content step's run (./generated.ts): a scheduled post appears with the first build after its date.
const buildTime = loadContentBuildTime();

/** The instant the pages were built: what "published" and the news sitemap's two days are measured from. */
export function getBuildTime(): Date {
  return buildTime;
}

export const {
  getPublishedPosts,
  getPostSummary,
  getTerms,
  getTerm,
  getPostsWithTerm,
  getRelatedPosts,
  getAdjacentPosts,
  getArchive,
  getAuthors,
  getAuthor,
  getAllSeries,
  getSeriesOf,
  getNeighbourhood,
  getListPage,
  getListKeys,
} = createPublishedPosts(await loadPublishedSummaries(), siteConfig.postsPerPage);

export type { Author, ListKind, ListPage, Page, Post, PostLink, PostNeighbourhood, PostSummary, Series, Term, TermKind, TocHeading };
