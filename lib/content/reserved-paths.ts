/**
 * Front-matter redirects (`permalink:`, `redirect_from:`) become next.config.mjs
 * redirect rules, which Next checks before pages and public files: a post
 * whose `redirect_from:` named `/feed.xml`, `/search` or another post's URL
 * would take that address over for the whole site. Such a value is an error.
 *
 * The site's own addresses come from the URL builders in lib/urls/routes.ts (a new
 * route added there is covered), Next's file conventions and the files in
 * public/; reserved-paths.test.ts fails if a top-level entry of app/ is not covered.
 */
import { readdirSync } from 'node:fs';
import { expandPermalink, normalizePath, writtenPath, type IndexedPost } from '../urls/legacy-urls';
import {
  archivePath,
  authorIndexPath,
  DEFAULT_OG_IMAGE_PATH,
  feedPath,
  homePagePath,
  NEWS_SITEMAP_PATH,
  postPath,
  ROBOTS_PATH,
  SEARCH_PATH,
  seriesIndexPath,
  SITEMAP_PATH,
  termIndexPath,
} from '../urls/routes';
import { fieldLineLocator, type PostFrontMatter } from './front-matter';
import { PAGEFIND_BUNDLE_URL } from '../search/pagefind';
import type { ContentProblem } from './problems';

/** app/icon.svg: Next serves it at a fixed address that lib/urls/routes.ts does not build. */
const NEXT_FILE_CONVENTION_PATHS = [ROBOTS_PATH, '/icon.svg'];

function decodeLenient(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** `/Posts/%E8%A8%98` → `posts`: Next matches redirect sources ignoring case, on the decoded path. */
function firstSegment(path: string): string {
  return decodeLenient(path.split('/')[1] ?? '')
    .normalize('NFC')
    .toLowerCase();
}

/** First path segments under which every address belongs to the site itself. */
export const SITE_ROUTE_SEGMENTS: ReadonlySet<string> = new Set(
  [
    postPath('x'),
    termIndexPath('tags'),
    termIndexPath('categories'),
    authorIndexPath(),
    seriesIndexPath(),
    homePagePath(2),
    archivePath(),
    SEARCH_PATH,
    feedPath('rss'),
    feedPath('atom'),
    SITEMAP_PATH,
    NEWS_SITEMAP_PATH,
    DEFAULT_OG_IMAGE_PATH,
    // The search index: written to public/ only after the content step has validated the posts.
    PAGEFIND_BUNDLE_URL,
    ...NEXT_FILE_CONVENTION_PATHS,
  ].map(firstSegment),
);

/** The top-level names in public/: each file, and everything under each folder, is served from there. */
export function listPublicEntries(publicDir: string): string[] {
  try {
    return readdirSync(publicDir);
  } catch {
    return [];
  }
}

/** `/`, `https://old.example.jp/?p=1`: the home page, which lib/urls/legacy-urls.ts never turns into a redirect. */
function isHomePage(value: string): boolean {
  const path = writtenPath(value);
  return path !== undefined && path.replace(/\//g, '') === '';
}

/** Why a redirect source would shadow a site address, or undefined when it is free. */
export function shadowedRoute(path: string, publicEntries: readonly string[] = []): string | undefined {
  // `/x.html` also answers at `/x` (lib/urls/legacy-urls.ts), so both spellings are checked.
  for (const candidate of [path, path.replace(/\.html$/i, '')]) {
    const segment = firstSegment(candidate);
    if (SITE_ROUTE_SEGMENTS.has(segment)) return `サイトのページ /${segment} と重なり、転送がページより優先されます`;
    // `_next` (scripts, styles, images) and `_not-found`: Next keeps names starting with `_` for itself; `api` for route handlers.
    if (segment.startsWith('_') || segment === 'api') return `Next.js が使うパス /${segment} と重なり、転送が優先されます`;
    const publicEntry = publicEntries.find((entry) => entry.normalize('NFC').toLowerCase() === segment);
    if (publicEntry !== undefined) return `public/${publicEntry} と重なり、転送がファイルより優先されます`;
  }
  return undefined;
}

/**
 * Every `permalink:` and `redirect_from:` value that would take over a site
 * address (another post, a list, a feed, Next's files, public/) or the home
 * page, reported at the line of its key. A value equal to the post's own URL
 * is not a redirect at all and stays allowed.
 */
export function reservedRedirectProblems(
  posts: readonly { file: string; frontMatter: PostFrontMatter; source: string }[],
  publicEntries: readonly string[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { file, frontMatter, source } of posts) {
    const indexed: IndexedPost = {
      slug: frontMatter.slug,
      date: frontMatter.date,
      draft: frontMatter.draft,
      categories: frontMatter.categories,
      _raw: { sourceFileName: file.split('/').at(-1) ?? file },
    };
    const values = [
      ...(frontMatter.permalink ? [{ field: 'permalink', raw: frontMatter.permalink, expanded: expandPermalink(frontMatter.permalink, indexed) }] : []),
      ...frontMatter.redirectFrom.map((raw) => ({ field: 'redirect_from', raw, expanded: raw })),
    ];
    for (const { field, raw, expanded } of values) {
      // A permalink with placeholders Jekyll did not have becomes no redirect at all.
      if (expanded === undefined) continue;
      const path = normalizePath(expanded);
      const ownPath = decodeLenient(postPath(frontMatter.slug));
      const reason =
        path === undefined
          ? isHomePage(expanded)
            ? 'トップページです'
            : undefined
          : decodeLenient(path) === ownPath
            ? undefined
            : shadowedRoute(path, publicEntries);
      if (reason) {
        problems.push({
          file,
          line: fieldLineLocator(source)(field),
          field,
          message: `「${raw}」は転送元にできません: ${reason}`,
          severity: 'error',
        });
      }
    }
  }
  return problems;
}
