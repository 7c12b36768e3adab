import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
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
  const base = {
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
  };
  const article = newsArticleJsonLd(base);

  it('dates the article in Japan time with +09:00', () => {
    expect(article.datePublished).toBe('2025-11-21T08:30:00+09:00');
    expect(article.dateModified).toBe('2025-11-25T10:00:00+09:00');
  });

  it('points at the canonical page and its share image in 16:9, 4:3 and 1:1', () => {
    expect(article.url).toBe(`${site}/posts/nvidia`);
    expect(article.image).toEqual([`${site}/posts/nvidia/og-16x9.png`, `${site}/posts/nvidia/og-4x3.png`, `${site}/posts/nvidia/og-1x1.png`]);
  });

  it('names the author with the URL of their page, and the desk as an organisation with the home page', () => {
    expect(article.author).toEqual([{ '@type': 'Person', name: '佐藤 健一', url: `${site}/authors/${encodeURIComponent('佐藤-健一')}` }]);
    const byDesk = newsArticleJsonLd({ ...base, author: undefined });
    expect(byDesk.author).toEqual([{ '@type': 'Organization', name: '編集部', url: `${site}/` }]);
  });

  it('gives the publisher (a NewsMediaOrganization) its logo, a file in public/', () => {
    const publisher = article.publisher as Record<string, unknown>;
    expect(publisher['@type']).toBe('NewsMediaOrganization');
    expect(publisher.logo).toEqual({ '@type': 'ImageObject', url: `${site}/logo.png`, width: 600, height: 60 });
    expect(existsSync(path.join('public', 'logo.png'))).toBe(true);
  });

  it('lists each 訂正 as a CorrectionComment, and no other kind of update', () => {
    const corrected = newsArticleJsonLd({
      ...base,
      updates: [
        { date: '2025-11-21T09:00:00.000Z', type: '訂正', note: '売上高の伸び率を訂正しました。' },
        { date: '2025-11-22T03:00:00.000Z', type: '追記', note: '会見の内容を追記しました。' },
      ],
    });
    expect(corrected.correction).toEqual([
      { '@type': 'CorrectionComment', text: '売上高の伸び率を訂正しました。', datePublished: '2025-11-21T18:00:00+09:00' },
    ]);
    expect(article).not.toHaveProperty('correction');
  });

  it('places a part of a series in it (isPartOf), Japanese name kept in the URL', () => {
    const part = newsArticleJsonLd({ ...base, series: '金利と為替を読む' });
    expect(part.isPartOf).toEqual({
      '@type': 'CreativeWorkSeries',
      name: '金利と為替を読む',
      url: `${site}/series/${encodeURIComponent('金利と為替を読む')}`,
    });
    expect(article).not.toHaveProperty('isPartOf');
  });

  it('keeps escaping < in what it prints, whatever the note says', () => {
    const hostile = newsArticleJsonLd({ ...base, updates: [{ date: '2025-11-21T09:00:00.000Z', type: '訂正', note: '</script><script>alert(1)</script>' }] });
    const printed = serializeJsonLd(hostile);
    expect(printed).not.toContain('<');
    expect(JSON.parse(printed).correction[0].text).toBe('</script><script>alert(1)</script>');
  });
});
