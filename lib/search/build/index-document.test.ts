import { describe, expect, it } from 'vitest';
import { addSearchTokensToHtml } from './index-html';
import { indexDocument, indexedFields, postsToIndex, type IndexedPost } from './index-document';

function post(slug: string, fields: Partial<IndexedPost> = {}): IndexedPost {
  return { slug, title: `${slug}の記事`, date: '2025-11-01T00:00:00.000Z', draft: false, categories: [], tags: [], html: '<p>本文</p>', ...fields };
}

describe('indexDocument', () => {
  it('holds the post page’s two indexed regions and its search data, at the post’s URL', () => {
    const document = indexDocument(
      post('日銀会合', { title: '日銀9月会合：政策金利据え置き', html: '<h2 id="x">為替</h2><p>円相場</p>', categories: ['マクロ経済'], tags: ['金利'], sponsored: true }),
    );
    expect(document.url).toBe(`/posts/${encodeURIComponent('日銀会合')}`);
    expect(document.source).toBe('日銀会合');
    // The title as the page's h1 shows it: BudouX's <wbr> between phrases (components/phrases.tsx).
    const title = /<h1 data-pagefind-body="true">(.*?)<\/h1>/.exec(document.html)?.[1];
    expect(title).toContain('<wbr/>');
    expect(title?.replaceAll('<wbr/>', '')).toBe('日銀9月会合：政策金利据え置き');
    expect(document.html).toContain('<div class="article-body" data-pagefind-body="true"><h2 id="x">為替</h2><p>円相場</p></div>');
    expect(document.html).toContain('data-pagefind-meta="title[value]"');
    expect(document.html).toContain('<data value="マクロ経済" data-pagefind-filter="category[value]">');
    expect(document.html).toContain('<data value="金利" data-pagefind-filter="tag[value]">');
    expect(document.html).toContain('<data value="true" data-pagefind-filter="sponsored[value]">');
    expect(addSearchTokensToHtml(document.html).bodies).toBe(2);
  });

  it('escapes a title as the page does, so it cannot add markup', () => {
    const { html } = indexDocument(post('x', { title: '<img src=x onerror=alert(1)>の件' }));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });
});

describe('indexedFields', () => {
  it('drops what the index never reads and keeps all it does: the same index document', () => {
    const document = {
      ...post('決算', { html: '<p>営業利益</p>', categories: ['企業'], tags: ['決算', '半導体'], sponsored: true }),
      body: { raw: '営業利益' },
      headings: [{ depth: 2, text: '見出し', id: 'x' }],
      excerpt: '要約',
    };
    const kept = indexedFields(document);
    expect(Object.keys(kept).sort()).toEqual(['categories', 'date', 'draft', 'html', 'slug', 'sponsored', 'tags', 'title']);
    expect(indexDocument(kept)).toEqual(indexDocument(document));
  });
});

describe('postsToIndex', () => {
  const now = new Date('2025-12-01T00:00:00Z');

  it('keeps the published posts newest first, under the term names the pages show', () => {
    const posts = postsToIndex(
      [
        post('old', { date: '2025-01-01T00:00:00.000Z', tags: ['ＡＩ'] }),
        post('draft', { draft: true }),
        post('scheduled', { date: '2099-01-01T00:00:00.000Z' }),
        post('new', { date: '2025-11-30T00:00:00.000Z', tags: ['AI'] }),
        post('middle', { date: '2025-06-01T00:00:00.000Z', tags: ['AI'] }),
      ],
      now,
    );
    expect(posts.map((p) => p.slug)).toEqual(['new', 'middle', 'old']);
    expect(posts.map((p) => p.tags)).toEqual([['AI'], ['AI'], ['AI']]);
  });
});
