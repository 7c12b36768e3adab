/**
 * Which URLs of the routes rendered on first request exist. Next caches whatever
 * such a route answers, its 404s included (`s-maxage=31536000`, a new file under
 * .next/server per URL), so every made-up URL would add a cache entry for good.
 * proxy.ts answers the URLs this table does not list with an uncached 404
 * before the route is reached. The content step writes the table
 * (ON_DEMAND_PATHS_FILE) from the same posts, with the same rules, as the pages.
 *
 * The routes concerned (every other dynamic route has `dynamicParams = false`,
 * and Next answers its unknown params with an uncached 404 on its own):
 * - `/posts/<slug>` (app/posts/[slug]/page.tsx): posts older than
 *   siteConfig.prerenderedPosts render on first request; drafts and scheduled
 *   posts must never, so only the published slugs are listed;
 * - `/posts/<slug>/og.png` (lib/og/share-image-paths.ts);
 * - `/page/<n>`, `/tags/<tag>/page/<n>`, `/categories/<category>/page/<n>`,
 *   `/authors/<author>/page/<n>` (app/_lib/list-route.tsx): pages past
 *   siteConfig.prerenderedListPages render on first request;
 * - `/tags/<tag>`, `/categories/<category>` (page 1): terms past the
 *   siteConfig.prerenderedTermPages with the most posts render on first request;
 * - `/tags/<tag>/feed.xml`, `/categories/<category>/feed.xml`
 *   (app/_lib/feed-routes.ts): every term feed renders on first request.
 */
import { GENERATED_FILES } from '../config';
import { collectAuthors } from '../posts/authors';
import { isUnknownShareImage, shareImageSlugs } from '../og/share-image-paths';
import { collectTerms, pageNumberFromSegment, selectPublishedPosts, withCanonicalTermNames, type Post, type Visibility } from '../posts/query';
import { decodeSegment } from './segments';

/** Written by the content step (scripts/content.ts), imported by proxy.ts. */
export const ON_DEMAND_PATHS_FILE = GENERATED_FILES.onDemandPaths;

type OwnedListKind = 'tags' | 'categories' | 'authors';

/** The table as JSON: plain arrays and objects. */
export type OnDemandPathTable = {
  /** The instant the table judged published against scheduled (ISO 8601); the search step indexes the same posts. */
  builtAt: string;
  /** The published posts' slugs. */
  posts: string[];
  /** Slugs that may have a share image (every post that is not a draft). */
  shareImages: string[];
  /** How many pages each list has: the home page, and each tag, category and author by URL segment. */
  listPages: { home: number } & Record<OwnedListKind, Record<string, number>>;
};

/** The fields of a Contentlayer document the table needs. */
export type TablePost = Pick<Post, 'slug' | 'date' | 'draft' | 'tags' | 'categories'> & { author?: string };

const pageCount = (posts: number, perPage: number) => Math.max(1, Math.ceil(posts / perPage));

function countsBySlug(groups: readonly { slug: string; count: number }[], perPage: number): Record<string, number> {
  return Object.fromEntries(groups.map((group) => [group.slug, pageCount(group.count, perPage)]));
}

/**
 * The table, from the posts the build publishes, counted as lib/posts/store.ts counts
 * them (published posts, terms and authors grouped by URL segment).
 */
export function onDemandPathTable(posts: readonly TablePost[], visibility: Visibility, perPage: number): OnDemandPathTable {
  // An empty author is no author, as lib/posts/store.ts reads the documents.
  const published = withCanonicalTermNames(selectPublishedPosts(posts, visibility)).map((post) => ({ ...post, author: post.author || undefined }));
  return {
    builtAt: visibility.now.toISOString(),
    posts: published.map((post) => post.slug),
    shareImages: shareImageSlugs(posts),
    listPages: {
      home: pageCount(published.length, perPage),
      tags: countsBySlug(collectTerms(published, 'tags'), perPage),
      categories: countsBySlug(collectTerms(published, 'categories'), perPage),
      authors: countsBySlug(collectAuthors(published), perPage),
    },
  };
}

/** The table, read once into sets and maps for the proxy's lookups. */
export type OnDemandPaths = {
  posts: ReadonlySet<string>;
  shareImages: ReadonlySet<string>;
  listPages: { home: number } & Record<OwnedListKind, ReadonlyMap<string, number>>;
};

export function readOnDemandPathTable(table: OnDemandPathTable): OnDemandPaths {
  const { home, tags, categories, authors } = table.listPages;
  return {
    posts: new Set(table.posts),
    shareImages: new Set(table.shareImages),
    listPages: { home, tags: new Map(Object.entries(tags)), categories: new Map(Object.entries(categories)), authors: new Map(Object.entries(authors)) },
  };
}

// `/page/<n>`, or `/<kind>/<segment>/page/<n>`: the paged list routes, and nothing deeper.
const HOME_PAGE = /^\/page\/([^/]+)$/;
const OWNED_LIST_PAGE = /^\/(tags|categories|authors)\/([^/]+)\/page\/([^/]+)$/;
// `/tags/<segment>`, `/categories/<segment>`: a term's page 1.
const TERM_LIST = /^\/(tags|categories)\/([^/]+)$/;

/** Whether a published post has the tag or category of a URL segment, decoded as the routes decode it. */
const isListedTerm = (kind: string, segment: string, paths: OnDemandPaths) =>
  paths.listPages[kind as 'tags' | 'categories'].has(decodeSegment(segment));

/**
 * Whether a later page of a list, or a term's page 1, is a page the list has. The
 * list segment is decoded as the route decodes it; the page number is read as the
 * route reads it (`2`, not `02`, `%32` or `1`: page 1 lives at the list's own URL).
 * Undefined for a path that is no list page at all.
 */
export function isKnownListPage(pathname: string, paths: OnDemandPaths): boolean | undefined {
  const home = HOME_PAGE.exec(pathname);
  if (home) return pageNumberFromSegment(home[1], paths.listPages.home) !== undefined;
  const term = TERM_LIST.exec(pathname);
  if (term) return isListedTerm(term[1], term[2], paths);
  const owned = OWNED_LIST_PAGE.exec(pathname);
  if (!owned) return undefined;
  const [, kind, segment, page] = owned as unknown as [string, OwnedListKind, string, string];
  const totalPages = paths.listPages[kind].get(decodeSegment(segment));
  return totalPages !== undefined && pageNumberFromSegment(page, totalPages) !== undefined;
}

// `/tags/<segment>/feed.xml`, `/categories/<segment>/feed.xml`: a term's feed.
const TERM_FEED = /^\/(tags|categories)\/([^/]+)\/feed\.xml$/;

/**
 * Whether a term's feed is one the build publishes: the term is in the list
 * table, so a published post has it (decoded as the route decodes it).
 * Undefined for a path that is no term feed.
 */
export function isKnownTermFeed(pathname: string, paths: OnDemandPaths): boolean | undefined {
  const feed = TERM_FEED.exec(pathname);
  return feed ? isListedTerm(feed[1], feed[2], paths) : undefined;
}

// `/posts/<slug>`, the post page itself (its share images have a further segment).
const POST_PAGE = /^\/posts\/([^/]+)$/;

/**
 * Whether a post page is one the build publishes, its slug decoded as the route
 * decodes it. Undefined for a path that is no post page.
 */
export function isKnownPost(pathname: string, paths: OnDemandPaths): boolean | undefined {
  const post = POST_PAGE.exec(pathname);
  return post ? paths.posts.has(decodeSegment(post[1])) : undefined;
}

/**
 * Which kind of unknown URL a request is, when it must be answered 404 without
 * reaching a route that would cache the answer: a share image or a feed (files,
 * answered as a bare 404), or a list page or post (the site's 404 page).
 * Undefined for anything else.
 */
export function unknownOnDemandPath(pathname: string, paths: OnDemandPaths): 'share-image' | 'feed' | 'list-page' | 'post' | undefined {
  if (isKnownPost(pathname, paths) === false) return 'post';
  if (isKnownListPage(pathname, paths) === false) return 'list-page';
  if (isKnownTermFeed(pathname, paths) === false) return 'feed';
  if (isUnknownShareImage(pathname, paths.shareImages)) return 'share-image';
  return undefined;
}
