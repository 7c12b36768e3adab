import { describe, expect, it } from 'vitest';
import { breadcrumbJsonLd, newsArticleJsonLd, postBreadcrumbs, serializeJsonLd, termBreadcrumbs } from './json-ld';
import { siteConfig } from '../config';

const site = siteConfig.url;

describe('serializeJsonLd', () => {
  const hostile = { '@type': 'NewsArticle', headline: '</script><script>alert(1)</script> & <!-- \u2028' };

  it('never lets a value close the <script> element or open a comment', () => {
    const json = serializeJsonLd(hostile);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(json).toContain('\\u003c/script\\u003e');
  });

  it('is still the same JSON value', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
    expect(JSON.parse(serializeJsonLd([hostile, hostile]))).toEqual([hostile, hostile]);
  });
});

describe('breadcrumbs', () => {
  it('lists ホーム › カテゴリ › 記事 with absolute URLs', () => {
    const crumbs = postBreadcrumbs({ slug: 'x', title: '記事', categories: ['投資分析', 'マクロ経済'] }, 'ホーム');
    expect(breadcrumbJsonLd(crumbs)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'ホーム', item: `${site}/` },
        { '@type': 'ListItem', position: 2, name: '投資分析', item: `${site}/categories/${encodeURIComponent('投資分析')}` },
        { '@type': 'ListItem', position: 3, name: '記事', item: `${site}/posts/x` },
      ],
    });
  });

  it('skips the category level when a post has none', () => {
    expect(postBreadcrumbs({ slug: 'x', title: '記事', categories: [] }, 'ホーム').map((c) => c.path)).toEqual(['/', '/posts/x']);
  });

  it('places a tag under the tag index', () => {
    const crumbs = termBreadcrumbs('tags', { home: 'ホーム', index: 'タグ一覧' }, { slug: 'c--', name: 'C++' });
    expect(crumbs).toEqual([
      { name: 'ホーム', path: '/' },
      { name: 'タグ一覧', path: '/tags' },
      { name: '#C++', path: '/tags/c--' },
    ]);
  });
});

describe('newsArticleJsonLd', () => {
  const article = newsArticleJsonLd({
    slug: 'nvidia',
    title: 'NVIDIA決算',
    date: '2025-11-20T23:30:00.000Z',
    lastModifiedAt: '2025-11-25T01:00:00.000Z',
    categories: ['テクノロジー'],
    tags: ['AI'],
    author: '佐藤 健一',
    excerpt: '要約',
    readingTime: 3,
    draft: false,
    scheduled: false,
  });

  it('dates the article in Japan time with +09:00', () => {
    expect(article.datePublished).toBe('2025-11-21T08:30:00+09:00');
    expect(article.dateModified).toBe('2025-11-25T10:00:00+09:00');
  });

  it('points at the canonical page and its share image', () => {
    expect(article.url).toBe(`${site}/posts/nvidia`);
    expect(article.image).toEqual([`${site}/posts/nvidia/og.png`]);
    expect(article.author).toEqual([{ '@type': 'Person', name: '佐藤 健一' }]);
  });
});
