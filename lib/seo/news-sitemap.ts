/**
 * /news-sitemap.xml for Google News: the posts published in the two days
 * before the build (Google reads nothing older from a news sitemap), at most
 * 1,000 of them, each with its publication (site name, language), its
 * publication time in Japan time and its title. The hourly scheduled build
 * (README, scheduled posts) keeps the window current.
 */
import { toJstIsoString } from '../posts/dates';
import type { PostSummary } from '../posts/query';
import { postPath } from '../urls/routes';
import { absoluteUrl } from '../urls/absolute-url';
import { element, renderXmlDocument, textElement } from './xml';

/** Google News: only articles published in the last two days. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
/** Google News: at most 1,000 `<url>` in one news sitemap. */
export const NEWS_SITEMAP_MAX_URLS = 1000;

export type NewsSitemapInput = {
  /** Published posts, newest first (drafts and scheduled posts are already left out). */
  posts: readonly Pick<PostSummary, 'slug' | 'title' | 'date'>[];
  /** The build: the window is the two days before it. */
  now: Date;
  siteName: string;
  /** ISO 639 code, `ja`. */
  language: string;
  siteUrl: string;
};

/** The posts the news sitemap lists: published within the window, none from the future, newest first, 1,000 at most. */
export function newsSitemapPosts<T extends Pick<PostSummary, 'date'>>(posts: readonly T[], now: Date): T[] {
  const end = now.getTime();
  const start = end - NEWS_WINDOW_MS;
  return posts
    .filter((post) => {
      const time = new Date(post.date).getTime();
      return time > start && time <= end;
    })
    .slice(0, NEWS_SITEMAP_MAX_URLS);
}

export function renderNewsSitemap({ posts, now, siteName, language, siteUrl }: NewsSitemapInput): string {
  const urls = newsSitemapPosts(posts, now).map((post) =>
    element(
      'url',
      {},
      textElement('loc', absoluteUrl(postPath(post.slug), siteUrl)),
      element(
        'news:news',
        {},
        element('news:publication', {}, textElement('news:name', siteName), textElement('news:language', language)),
        textElement('news:publication_date', toJstIsoString(post.date)),
        textElement('news:title', post.title),
      ),
    ),
  );
  return renderXmlDocument(
    element(
      'urlset',
      { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9', 'xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9' },
      ...urls,
    ),
  );
}
