import type { TermKind } from '../posts/query';
import { termSlug } from '../posts/query';
import { authorSlug } from '../posts/authors';
import { seriesSlug } from './segments';
import { SHARE_IMAGE_FORMATS, type ShareImageFormat } from '../og/formats';

/** Every internal URL is built here, so links and routes cannot drift apart. */
export function postPath(slug: string): string {
  return `/posts/${encodeURIComponent(slug)}`;
}

/** Page 1 of a list is the list's own URL; later pages add `/page/<n>`. */
export function pagedPath(base: string, page: number): string {
  if (page <= 1) return base;
  return `${base === '/' ? '' : base}/page/${page}`;
}

export function homePagePath(page: number): string {
  return pagedPath('/', page);
}

export function termIndexPath(kind: TermKind): string {
  return `/${kind}`;
}

/** Accepts a display name (`生成 AI`) or an existing segment; both give `/tags/生成-ai` (percent-encoded). */
export function termPath(kind: TermKind, name: string, page = 1): string {
  return pagedPath(`/${kind}/${encodeURIComponent(termSlug(kind, name))}`, page);
}

export type FeedFormat = 'rss' | 'atom';

/** The site-wide feeds. */
export function feedPath(format: FeedFormat): string {
  return format === 'rss' ? '/feed.xml' : '/atom.xml';
}

/** RSS feed of one tag or category: `/tags/半導体/feed.xml` (percent-encoded). */
export function termFeedPath(kind: TermKind, name: string): string {
  return `${termPath(kind, name)}/feed.xml`;
}

/** A post's share image: the 1200×630 `og.png`, or one of the other formats in lib/og/formats.ts. */
export function postOgImagePath(slug: string, format: ShareImageFormat = 'og'): string {
  return `${postPath(slug)}/${SHARE_IMAGE_FORMATS[format].file}`;
}

/** The share image of every page that is not a post. */
export const DEFAULT_OG_IMAGE_PATH = '/og.png';

export const SITEMAP_PATH = '/sitemap.xml';

/** Google News sitemap: the posts of the last two days (lib/seo/news-sitemap.ts). */
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';

export function archivePath(): string {
  return '/archive';
}

export function authorIndexPath(): string {
  return '/authors';
}

/** `佐藤 健一` → `/authors/佐藤-健一` (percent-encoded); accepts a name or an existing segment. */
export function authorPath(name: string, page = 1): string {
  return pagedPath(`/authors/${encodeURIComponent(authorSlug(name))}`, page);
}

export function seriesIndexPath(): string {
  return '/series';
}

/** `金利と為替を読む` → `/series/金利と為替を読む` (percent-encoded); accepts a name or an existing segment. */
export function seriesPath(name: string, page = 1): string {
  return pagedPath(`/series/${encodeURIComponent(seriesSlug(name))}`, page);
}

export const SEARCH_PATH = '/search';

/** `/search?q=金利&category=マクロ経済`: a search anyone can share; empty parameters are left out. */
export function searchPath(params: { q?: string; category?: string; tag?: string } = {}): string {
  const query = new URLSearchParams();
  for (const key of ['q', 'category', 'tag'] as const) {
    const value = params[key]?.trim();
    if (value) query.set(key, value);
  }
  const search = query.toString();
  return search ? `${SEARCH_PATH}?${search}` : SEARCH_PATH;
}

/** app/robots.ts: Next serves it at this fixed address. */
export const ROBOTS_PATH = '/robots.txt';

/** The pages the site serves at fixed addresses, besides posts, lists of one term or author, and files in public/. */
export const SITE_PAGE_PATHS: readonly string[] = [
  homePagePath(1),
  termIndexPath('tags'),
  termIndexPath('categories'),
  archivePath(),
  authorIndexPath(),
  seriesIndexPath(),
  SEARCH_PATH,
  feedPath('rss'),
  feedPath('atom'),
  SITEMAP_PATH,
  NEWS_SITEMAP_PATH,
  ROBOTS_PATH,
];
