/**
 * The whole search chain on the real engine: posts become the index step's
 * documents (./build/index-document, the post page's regions and PostSearchData)
 * and go through the index step's code into a Pagefind bundle
 * (the Pagefind binary from npm), and queries go through searchPosts() into the
 * bundle's own pagefind.js, run in Node as a browser would run it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPagefindBundle } from '../../scripts/bench/pagefind-node';
import { postPath } from '../urls/routes';
import { buildSearchIndex } from './build/build-index';
import { indexDocument, postsToIndex } from './build/index-document';
import type { PagefindApi } from './pagefind';
import { SEARCH_SORT_DATE, toSearchHit } from './results';
import { searchPosts, type SearchRequest } from './search';
import { INDEX_TOKEN } from './text';

type TestPost = { slug: string; title: string; html: string; date: string; draft: boolean; categories: string[]; tags: string[] };

const posts: TestPost[] = [
  {
    slug: 'boj-meeting',
    title: '日銀9月会合：政策金利0.5%据え置き',
    html: '<p>日本銀行は政策金利を据え置いた。2人の委員が利上げを提案した。</p><h2>為替への影響</h2><p>円相場は落ち着いている。</p>',
    date: '2025-09-22T06:15:00Z',
    categories: ['マクロ経済'],
    tags: ['金利', '日銀', 'ニュース'],
  },
  {
    slug: 'chipmakers',
    title: '装置各社の7〜9月期決算',
    html: '<p>半導体メーカー各社の決算が出そろった。</p><ul><li>前工程装置は堅調</li><li>後工程は拡大</li></ul>',
    date: '2025-11-13T08:40:00Z',
    categories: ['半導体'],
    tags: ['決算', 'ニュース'],
  },
  {
    slug: 'nvidia-earnings',
    title: 'NVIDIA決算速報：データセンター売上が過去最高',
    html: '<p>米大手ｴﾇﾋﾞﾃﾞｨｱの売上はＡＩ向けが牽引した。</p><table><tr><th>部門</th><td>データセンター</td></tr></table>',
    date: '2025-11-20T23:30:00Z',
    categories: ['テクノロジー', '半導体'],
    tags: ['NVIDIA', 'AI', 'ニュース'],
  },
  {
    slug: 'genai-power',
    title: '生成AIブームの裏側：電力の壁',
    html: '<p>生成AIの普及で電力需要が増える。</p><pre><code>const power = 100; // 消費電力</code></pre>',
    date: '2025-11-06T02:10:27Z',
    categories: ['AI'],
    tags: ['生成AI', 'ニュース'],
  },
  {
    slug: '新NISAの秋',
    title: '新NISA2年目の秋：積立投資の点検',
    html: '<p>つみたて投資枠で全世界株式を買う人が増えた。資産の配分を見直したい。</p>',
    date: '2025-10-01T15:00:00Z',
    categories: ['投資分析'],
    tags: ['新NISA', 'ニュース'],
  },
].map((post) => ({ ...post, draft: false }));

// Left out by the index step: a draft, and a post dated after the build.
const unpublished: TestPost[] = [
  { slug: 'draft', title: '下書き', html: '<p>SECRETDRAFTWORD の下書き本文。</p>', date: '2025-11-01T00:00:00Z', draft: true, categories: ['AI'], tags: [] },
  { slug: 'scheduled', title: '予約投稿', html: '<p>予約投稿の本文。</p>', date: '2099-01-01T00:00:00Z', draft: false, categories: ['AI'], tags: [] },
];
const buildTime = new Date('2025-12-01T00:00:00Z');

// The site's index in one piece, and cut into shards of one and of two posts (merged as in the browser), as the build does;
// and shards copied from the cache of an earlier build instead of indexed.
describe.each([
  { layout: 'one index', shardSize: undefined, expectedShards: 1, cached: false },
  { layout: 'one shard per post', shardSize: 1, expectedShards: posts.length, cached: false },
  { layout: 'shards of two posts', shardSize: 2, expectedShards: Math.ceil(posts.length / 2), cached: false },
  { layout: 'shards of two posts from the cache', shardSize: 2, expectedShards: Math.ceil(posts.length / 2), cached: true },
])('search on $layout', ({ shardSize, expectedShards, cached }) => {
  let dir: string;
  let bundle: string;
  let pagefind: PagefindApi;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'search-engine-'));
    bundle = path.join(dir, 'pagefind');
    const pages = postsToIndex([...unpublished, ...posts], buildTime).map(indexDocument);
    const cache = cached ? { dir: path.join(dir, 'cache'), version: 'v1' } : undefined;
    if (cache) {
      const first = await buildSearchIndex(pages, path.join(dir, 'earlier'), { shardSize, cache });
      expect(first).toMatchObject({ problems: [], indexed: expectedShards, reused: 0 });
    }
    const { problems, shards, reused } = await buildSearchIndex(pages, bundle, { shardSize, cache });
    expect(problems).toEqual([]);
    expect(shards).toBe(expectedShards);
    expect(reused).toBe(cached ? expectedShards : 0);
    pagefind = await loadPagefindBundle(bundle);
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function slugs(request: SearchRequest | string): Promise<string[]> {
    const outcome = await searchPosts(pagefind, typeof request === 'string' ? { query: request } : request);
    const data = await Promise.all(outcome.results.map((result) => result.data()));
    return data.map((d) => decodeURIComponent(d.url.replace('/posts/', ''))).sort();
  }

  describe('Japanese queries on the real engine', () => {
    it('finds a two-character word, and not articles without it', async () => {
      expect(await slugs('金利')).toEqual(['boj-meeting']);
    });

    it('finds a word inside a longer compound (半導体 in 半導体メーカー), and its tail (導体)', async () => {
      expect(await slugs('半導体')).toEqual(['chipmakers']);
      expect(await slugs('導体')).toEqual(['chipmakers']);
    });

    it('finds katakana words, and words inside katakana compounds', async () => {
      expect(await slugs('データセンター')).toEqual(['nvidia-earnings']);
      expect(await slugs('センター')).toEqual(['nvidia-earnings']);
    });

    it('folds full-width and half-width spellings in both directions', async () => {
      expect(await slugs('ＡＩ')).toEqual(['genai-power', 'nvidia-earnings']);
      expect(await slugs('ai')).toEqual(['genai-power', 'nvidia-earnings']);
      expect(await slugs('エヌビディア')).toEqual(['nvidia-earnings']);
      expect(await slugs('ｎｖｉｄｉａ')).toEqual(['nvidia-earnings']);
    });

    it('needs every part of a mixed query', async () => {
      expect(await slugs('NVIDIA 決算')).toEqual(['nvidia-earnings']);
      expect(await slugs('生成AI')).toEqual(['genai-power']);
    });

    it('finds nothing for a word no article contains, even when a part of it is common', async () => {
      expect(await slugs('資産')).toEqual(['新NISAの秋']);
      expect(await slugs('暗号資産')).toEqual([]);
    });

    it('finds nothing for a Latin word no article contains, even where Pagefind has a shorter word it starts with', async () => {
      expect(await slugs('power')).toEqual(['genai-power']);
      expect(await slugs('const')).toEqual(['genai-power']);
      // Pagefind alone answers these with 「power」 and 「const」 from the code block.
      for (const word of ['powerful', 'constant', 'xylophone', 'qwertyuiop', 'banana', 'SECRET-DRAFT-MARKER', 'nvidiax']) {
        expect(await slugs(word), word).toEqual([]);
      }
    });

    it('finds nothing for a mixed query with one word no article contains', async () => {
      expect(await slugs('決算 NVIDIA')).toEqual(['nvidia-earnings']);
      expect(await slugs('決算 xylophone')).toEqual([]);
      expect(await slugs('電力 power')).toEqual(['genai-power']);
      expect(await slugs('電力 powerful')).toEqual([]);
      expect(await slugs('NVIDIA 量子力学')).toEqual([]);
    });

    it('finds a Japanese compound only where it occurs, never by its separate parts or characters', async () => {
      expect(await slugs('政策金利')).toEqual(['boj-meeting']);
      expect(await slugs('円相場')).toEqual(['boj-meeting']);
      // 「決算」 and 「装置」 are both in the chipmakers post, 「算装」 nowhere.
      expect(await slugs('決算装置')).toEqual([]);
      // 「新」 and 「線」-less: 「新幹線」 must not fall back to the 「新」 of 新NISA.
      expect(await slugs('新幹線')).toEqual([]);
      expect(await slugs('量子力学')).toEqual([]);
    });

    it('finds single characters and text inside code blocks', async () => {
      expect(await slugs('株')).toEqual(['新NISAの秋']);
      expect(await slugs('消費電力')).toEqual(['genai-power']);
    });

    it('does not index drafts or posts dated after the build', async () => {
      expect(await slugs('SECRETDRAFTWORD')).toEqual([]);
      expect(await slugs('下書き')).toEqual([]);
      expect(await slugs('予約投稿')).toEqual([]);
    });

    it('does not match a post by its date, categories or tags, which are not its text', async () => {
      // Pagefind looks up an unknown number by its longest indexed prefix (「2」 of 「2人」), so only the others are checked.
      expect(await slugs('2025')).not.toContain('nvidia-earnings');
      expect(await slugs('テクノロジー')).toEqual([]);
      expect(await slugs('マクロ経済')).toEqual([]);
    });

    it('never lets a Latin word match the Japanese index tokens', async () => {
      // Every post has Japanese text, so a leak would show up as every post matching.
      for (const letter of ['q', 'x', 'j', 'z', 'k', 'ϡ']) expect(await slugs(letter), letter).toEqual([]);
      expect(await slugs('a')).toEqual(['genai-power', 'nvidia-earnings']);
    });
  });

  describe('results', () => {
    it('link to the real post URL and carry title, JST date, categories and tags', async () => {
      const outcome = await searchPosts(pagefind, { query: 'エヌビディア' });
      const hit = toSearchHit(await outcome.results[0].data());
      expect(hit).toMatchObject({
        url: '/posts/nvidia-earnings',
        title: 'NVIDIA決算速報：データセンター売上が過去最高',
        date: '2025-11-21T08:30:00+09:00',
        categories: ['テクノロジー', '半導体'],
        tags: ['NVIDIA', 'AI', 'ニュース'],
      });
      expect(hit.text).toContain('米大手ｴﾇﾋﾞﾃﾞｨｱの売上はＡＩ向けが牽引した。');
      expect(hit.text).not.toMatch(INDEX_TOKEN);
    });

    it('keep Japanese slugs percent-encoded, as the site links them', async () => {
      const outcome = await searchPosts(pagefind, { query: '積立' });
      expect((await outcome.results[0].data()).url).toBe(`/posts/${encodeURIComponent('新NISAの秋')}`);
    });
  });

  describe('filters', () => {
    it('narrow a query by category and by tag', async () => {
      expect(await slugs({ query: '決算' })).toEqual(['chipmakers', 'nvidia-earnings']);
      expect(await slugs({ query: '決算', category: 'テクノロジー' })).toEqual(['nvidia-earnings']);
      expect(await slugs({ query: '決算', tag: '決算' })).toEqual(['chipmakers']);
    });

    it('are counted for the very first search of a page', async () => {
      const fresh = await loadPagefindBundle(bundle);
      const outcome = await searchPosts(fresh, { query: '決算' });
      expect(outcome.filterCounts.category).toEqual({ マクロ経済: 0, 半導体: 2, テクノロジー: 1, AI: 0, 投資分析: 0 });
    });

    it('list posts by filter alone, newest first, and count every value', async () => {
      const outcome = await searchPosts(pagefind, { query: '', category: '半導体' });
      const urls = await Promise.all(outcome.results.map(async (r) => (await r.data()).url));
      expect(urls).toEqual(['/posts/nvidia-earnings', '/posts/chipmakers']);
      const all = await searchPosts(pagefind, { query: '' });
      expect(all.filterCounts.category).toEqual({ マクロ経済: 1, 半導体: 2, テクノロジー: 1, AI: 1, 投資分析: 1 });
      expect(all.filterCounts.tag?.['新NISA']).toBe(1);
    });

    it('count only the results of a query whose words are in different posts, with or without a selection', async () => {
    // 「NVIDIA」 is in one post only; on their own, the shards without it would answer 「決算」 alone.
    const expected = { マクロ経済: 0, 半導体: 1, テクノロジー: 1, AI: 0, 投資分析: 0 };
    const plain = await searchPosts(pagefind, { query: 'NVIDIA 決算' });
    expect(plain.filterCounts.category).toEqual(expected);
    expect(plain.filterCounts.tag?.['決算']).toBe(0);
    const selected = await searchPosts(pagefind, { query: 'NVIDIA 決算', tag: '決算' });
    expect(selected.results).toEqual([]);
    expect(selected.filterCounts.category).toEqual(expected);
    expect(Object.keys(selected.filterCounts).sort()).toEqual(['category', 'date', 'tag']);
  });

  it('list a filter shared by every post newest first across the whole index', async () => {
      const outcome = await searchPosts(pagefind, { query: '', tag: 'ニュース' });
      const urls = await Promise.all(outcome.results.map(async (r) => (await r.data()).url));
      const expected = [...posts].sort((a, b) => b.date.localeCompare(a.date)).map((post) => postPath(post.slug));
      expect(urls).toEqual(expected);
    });
  });
});
