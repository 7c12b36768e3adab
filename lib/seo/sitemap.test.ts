import { describe, expect, it } from 'vitest';
import { collectAuthors } from '../posts/authors';
import { collectTerms, type PostSummary } from '../posts/query';
import { collectSeries } from '../posts/series';
import { sitemapEntries, STATIC_SITEMAP_PATHS } from './sitemap';

const SITE = 'https://news.example.jp';

function summary(slug: string, date: string, extra: Partial<PostSummary> = {}): PostSummary {
  return { slug, title: slug, date, categories: [], tags: [], excerpt: '', readingTime: 1, draft: false, scheduled: false, ...extra };
}

// Newest first, as lib/posts gives them.
const posts = [
  summary('c', '2025-11-20T23:30:00.000Z', { tags: ['半導体'], categories: ['AI'] }),
  summary('b', '2025-11-01T00:00:00.000Z', { tags: ['半導体'], lastModifiedAt: '2025-11-25T01:00:00.000Z' }),
  summary('a', '2025-10-01T15:00:00.000Z', { tags: ['C++'], author: '佐藤 健一' }),
];

const entries = sitemapEntries({
  posts,
  terms: { tags: collectTerms(posts, 'tags'), categories: collectTerms(posts, 'categories') },
  authors: collectAuthors(posts),
  postsPerPage: 2,
  siteUrl: SITE,
});
const byUrl = new Map(entries.map((e) => [e.url, e.lastModified]));

describe('sitemapEntries', () => {
  it('lists home pages, index pages, every term and every post, once each', () => {
    expect(entries.map((e) => e.url).sort()).toEqual(
      [
        `${SITE}/`,
        `${SITE}/page/2`,
        ...STATIC_SITEMAP_PATHS.map((p) => `${SITE}${p}`),
        `${SITE}/categories/ai`,
        `${SITE}/tags/${encodeURIComponent('半導体')}`,
        `${SITE}/tags/c--`,
        `${SITE}/authors/${encodeURIComponent('佐藤-健一')}`,
        `${SITE}/posts/a`,
        `${SITE}/posts/b`,
        `${SITE}/posts/c`,
      ].sort(),
    );
  });

  it('dates a post by last_modified_at when it has one, else by publication, in Japan time', () => {
    expect(byUrl.get(`${SITE}/posts/b`)).toBe('2025-11-25T10:00:00+09:00');
    expect(byUrl.get(`${SITE}/posts/a`)).toBe('2025-10-02T00:00:00+09:00');
  });

  it('dates a list page by the newest change among its posts', () => {
    expect(byUrl.get(`${SITE}/`)).toBe('2025-11-25T10:00:00+09:00');
    expect(byUrl.get(`${SITE}/page/2`)).toBe('2025-10-02T00:00:00+09:00');
    expect(byUrl.get(`${SITE}/tags/c--`)).toBe('2025-10-02T00:00:00+09:00');
    expect(byUrl.get(`${SITE}/categories/ai`)).toBe('2025-11-21T08:30:00+09:00');
  });

  it('lists every page of a long tag list, each dated by the posts on it', () => {
    const onePerPage = sitemapEntries({
      posts,
      terms: { tags: collectTerms(posts, 'tags'), categories: [] },
      authors: [],
      postsPerPage: 1,
      siteUrl: SITE,
    });
    const tag = `${SITE}/tags/${encodeURIComponent('半導体')}`;
    const tagPages = onePerPage.filter((e) => e.url.startsWith(tag));
    expect(tagPages).toEqual([
      { url: tag, lastModified: '2025-11-21T08:30:00+09:00' },
      { url: `${tag}/page/2`, lastModified: '2025-11-25T10:00:00+09:00' },
    ]);
  });

  it('still lists the home page of an empty site', () => {
    expect(sitemapEntries({ posts: [], terms: { tags: [], categories: [] }, authors: [], postsPerPage: 20, siteUrl: SITE })[0]).toEqual({
      url: `${SITE}/`,
    });
  });
});

describe('sitemapEntries with series', () => {
  it('lists /series and each series page, dated by its newest part', () => {
    const inSeries = [
      summary('yen', '2025-11-20T00:00:00.000Z', { series: '金利と為替を読む' }),
      summary('fed', '2025-10-31T00:00:00.000Z', { series: '金利と為替を読む', lastModifiedAt: '2025-11-25T01:00:00.000Z' }),
      summary('other', '2025-10-01T00:00:00.000Z'),
    ];
    const withSeries = sitemapEntries({
      posts: inSeries,
      terms: { tags: [], categories: [] },
      authors: [],
      series: collectSeries(inSeries),
      postsPerPage: 20,
      siteUrl: SITE,
    });
    const urls = new Map(withSeries.map((e) => [e.url, e.lastModified]));
    expect(urls.has(`${SITE}/series`)).toBe(true);
    expect(urls.get(`${SITE}/series/${encodeURIComponent('金利と為替を読む')}`)).toBe('2025-11-25T10:00:00+09:00');
    expect(withSeries.filter((e) => e.url.startsWith(`${SITE}/series/`))).toHaveLength(1);
  });
});
