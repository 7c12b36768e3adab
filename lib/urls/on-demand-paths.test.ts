import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { GENERATED_FILES } from '../config';
import { isKnownListPage, isKnownPost, isKnownTermFeed, unknownOnDemandPath, onDemandPathTable, readOnDemandPathTable, type TablePost } from './on-demand-paths';

const now = new Date('2025-12-01T00:00:00Z');
const visibility = { now, includeUnpublished: false };
const perPage = 2;

function post(slug: string, fields: Partial<TablePost> = {}): TablePost {
  return { slug, date: '2025-11-01T00:00:00Z', draft: false, tags: [], categories: [], author: '', ...fields };
}

// 5 published posts (3 pages of 2 at home), one draft and one scheduled post that no list may count.
const posts: TablePost[] = [
  post('a', { tags: ['AI', '半導体'], categories: ['テクノロジー'], author: '佐藤 健一' }),
  post('b', { tags: ['ＡＩ'], categories: ['テクノロジー'], author: '佐藤　健一' }),
  post('c', { tags: ['ai'], categories: ['テクノロジー'], author: '佐藤 健一' }),
  post('d', { tags: ['生成 AI'], categories: ['マクロ経済'] }),
  post('e', { categories: ['マクロ経済'] }),
  post('draft', { draft: true, tags: ['下書きだけのタグ', 'ai'], categories: ['テクノロジー'], author: '下書き 太郎' }),
  post('scheduled', { date: '2099-01-01T00:00:00Z', tags: ['予約', 'ai'], author: '予約 花子' }),
];

const table = onDemandPathTable(posts, visibility, perPage);
const paths = readOnDemandPathTable(JSON.parse(JSON.stringify(table)));
const enc = encodeURIComponent;

describe('onDemandPathTable', () => {
  it('counts the pages of every list from the published posts, by URL segment', () => {
    expect(table.listPages).toEqual({
      home: 3,
      // AI, ＡＩ and ai are one tag (3 posts: 2 pages); the draft and the scheduled post are not counted.
      tags: { ai: 2, 半導体: 1, '生成-ai': 1 },
      categories: { テクノロジー: 2, マクロ経済: 1 },
      // A full-width space gives the same segment; a post with no author is on no author's list.
      authors: { '佐藤-健一': 2 },
    });
  });

  it('lists the published posts, and when it judged them published', () => {
    expect(table.posts).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(table.builtAt).toBe(now.toISOString());
  });

  it('lists a share image for every post that is not a draft', () => {
    expect(table.shareImages).toEqual(['a', 'b', 'c', 'd', 'e', 'scheduled']);
  });
});

describe('isKnownListPage', () => {
  it('knows the later pages each list has', () => {
    for (const path of ['/page/2', '/page/3', '/tags/ai/page/2', `/tags/ai/page/2`, `/categories/${enc('テクノロジー')}/page/2`, `/authors/${enc('佐藤-健一')}/page/2`]) {
      expect(isKnownListPage(path, paths), path).toBe(true);
    }
  });

  it('decodes the list segment as the route does: percent-encoded, then NFC', () => {
    const nfd = 'テクノロジー'.normalize('NFD');
    expect(nfd).not.toBe('テクノロジー');
    expect(isKnownListPage(`/categories/${enc(nfd)}/page/2`, paths)).toBe(true);
  });

  it('refuses pages past the end, page 1 (it lives at the list URL), and numbers the route does not read', () => {
    for (const path of [
      '/page/4',
      '/page/999',
      '/page/1',
      '/page/0',
      '/page/01',
      '/page/02',
      '/page/abc',
      '/page/-2',
      '/page/2.0',
      '/page/%32',
      '/page/9007199254740993',
      '/tags/ai/page/3',
      '/tags/ai/page/1',
      `/tags/${enc('半導体')}/page/2`,
      '/authors/%E4%BD%90%E8%97%A4-%E5%81%A5%E4%B8%80/page/3',
    ]) {
      expect(isKnownListPage(path, paths), path).toBe(false);
    }
  });

  it('refuses lists no published post has: unknown, draft-only, scheduled-only, other spellings of a segment', () => {
    for (const path of [
      '/tags/no-such-tag/page/2',
      `/tags/${enc('下書きだけのタグ')}/page/2`,
      `/tags/${enc('予約')}/page/2`,
      '/tags/AI/page/2',
      `/tags/${enc('ＡＩ')}/page/2`,
      '/categories/x/page/2',
      '/authors/nobody/page/2',
      `/authors/${enc('下書き-太郎')}/page/2`,
      '/tags/%E0%A4%A/page/2',
      '/tags/a%2Fb/page/2',
      '/tags/__proto__/page/2',
      '/tags/constructor/page/2',
      '/tags/toString/page/2',
    ]) {
      expect(isKnownListPage(path, paths), path).toBe(false);
    }
  });

  it("knows each term's page 1 by the terms a published post has, and refuses the others", () => {
    for (const path of ['/tags/ai', `/tags/${enc('半導体')}`, `/categories/${enc('テクノロジー'.normalize('NFD'))}`]) {
      expect(isKnownListPage(path, paths), path).toBe(true);
    }
    for (const path of ['/tags/no-such-tag', `/tags/${enc('下書きだけのタグ')}`, `/tags/${enc('予約')}`, `/categories/${enc('存在しない')}`, '/tags/%E0%A4%A', '/tags/toString']) {
      expect(isKnownListPage(path, paths), path).toBe(false);
    }
  });

  it('has no opinion on paths that are not later pages of a list nor a term page', () => {
    for (const path of ['/', '/authors/x', '/tags', '/tags/', '/page', '/page/', '/page/2/x', '/tags/ai/page', '/tags/ai/page/2/feed.xml', '/posts/a', '/search', '/tags//page/2', '/series/x/page/2']) {
      expect(isKnownListPage(path, paths), path).toBeUndefined();
    }
  });
});

describe('isKnownPost', () => {
  const withJapanese = readOnDemandPathTable({ ...table, posts: [...table.posts, '日銀会合'] });

  it('knows the published posts, their slugs decoded as the route decodes them', () => {
    expect(isKnownPost('/posts/a', paths)).toBe(true);
    expect(isKnownPost(`/posts/${enc('日銀会合')}`, withJapanese)).toBe(true);
    expect(isKnownPost(`/posts/${enc('日銀会合'.normalize('NFD'))}`, withJapanese)).toBe(true);
  });

  it('refuses drafts, scheduled posts and slugs no post has', () => {
    for (const path of ['/posts/draft', '/posts/scheduled', '/posts/no-such-post', '/posts/A', '/posts/__proto__', '/posts/%E0%A4%A']) {
      expect(isKnownPost(path, paths), path).toBe(false);
    }
  });

  it('has no opinion on paths that are not a post page', () => {
    for (const path of ['/posts', '/posts/', '/posts/a/og.png', '/posts/a/b', '/tags/a', '/a']) {
      expect(isKnownPost(path, paths), path).toBeUndefined();
    }
  });
});

describe('isKnownTermFeed', () => {
  it('knows the feed of every tag and category a published post has, its segment decoded as the route decodes it', () => {
    for (const path of ['/tags/ai/feed.xml', `/tags/${enc('半導体')}/feed.xml`, `/tags/${enc('生成-ai')}/feed.xml`, `/categories/${enc('テクノロジー')}/feed.xml`]) {
      expect(isKnownTermFeed(path, paths), path).toBe(true);
    }
    expect(isKnownTermFeed(`/categories/${enc('テクノロジー'.normalize('NFD'))}/feed.xml`, paths)).toBe(true);
  });

  it('refuses terms no published post has: unknown, draft-only, scheduled-only, and authors (who have no feed)', () => {
    for (const path of [
      '/tags/no-such-tag/feed.xml',
      `/tags/${enc('下書きだけのタグ')}/feed.xml`,
      `/tags/${enc('予約')}/feed.xml`,
      `/categories/${enc('存在しない')}/feed.xml`,
      '/tags/%E0%A4%A/feed.xml',
    ]) {
      expect(isKnownTermFeed(path, paths), path).toBe(false);
    }
  });

  it('has no opinion on paths that are not a term feed', () => {
    for (const path of ['/feed.xml', '/tags/ai', '/tags/ai/page/2/feed.xml', '/authors/x/feed.xml', '/tags//feed.xml', '/tags/ai/feed.xml/x']) {
      expect(isKnownTermFeed(path, paths), path).toBeUndefined();
    }
  });
});

describe('unknownOnDemandPath', () => {
  it('turns away unknown list pages and share images, and nothing that exists', () => {
    expect(unknownOnDemandPath('/page/999', paths)).toBe('list-page');
    expect(unknownOnDemandPath('/tags/no-such-tag/page/2', paths)).toBe('list-page');
    expect(unknownOnDemandPath('/posts/no-such-post/og.png', paths)).toBe('share-image');
    expect(unknownOnDemandPath('/posts/draft/og.png', paths)).toBe('share-image');
    expect(unknownOnDemandPath('/tags/no-such-tag/feed.xml', paths)).toBe('feed');
    expect(unknownOnDemandPath('/tags/ai/feed.xml', paths)).toBeUndefined();

    expect(unknownOnDemandPath('/page/2', paths)).toBeUndefined();
    expect(unknownOnDemandPath('/tags/ai/page/2', paths)).toBeUndefined();
    expect(unknownOnDemandPath('/posts/a/og.png', paths)).toBeUndefined();
    expect(unknownOnDemandPath('/posts/scheduled/og.png', paths)).toBeUndefined();
    // Older posts render on first request: a slug no published post has is turned away first.
    expect(unknownOnDemandPath('/posts/no-such-post', paths)).toBe('post');
    expect(unknownOnDemandPath('/posts/draft', paths)).toBe('post');
    expect(unknownOnDemandPath('/posts/scheduled', paths)).toBe('post');
    expect(unknownOnDemandPath('/posts/a', paths)).toBeUndefined();
    // Term pages past the most used render on first request: a term no published post has is turned away first.
    expect(unknownOnDemandPath('/tags/no-such-tag', paths)).toBe('list-page');
    expect(unknownOnDemandPath('/tags/ai', paths)).toBeUndefined();
    // Routes that answer unknown params with an uncached 404 themselves are left to them.
    expect(unknownOnDemandPath('/authors/no-such-author', paths)).toBeUndefined();
  });
});

describe('the generated files', () => {
  // proxy.ts must name them literally (the bundler reads them); they may not drift from lib/config.ts.
  it('are named by proxy.ts exactly as lib/config.ts places them', () => {
    const proxy = readFileSync('proxy.ts', 'utf8');
    expect(proxy).toContain(`from './${GENERATED_FILES.legacyUrls}'`);
    expect(proxy).toContain(`from './${GENERATED_FILES.onDemandPaths}'`);
  });
});
