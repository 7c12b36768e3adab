import { describe, expect, it } from 'vitest';
import type { PagefindApi, PagefindResponse } from './pagefind';
import { hasSearchInput, searchPosts } from './search';
import { pairToken } from './text';

type Call = { term: string | null; options: unknown };

/**
 * A stand-in for Pagefind: the words each page contains, matched by prefix like
 * Pagefind, and the shard each page is in (all in shard 0 unless given). Like
 * Pagefind, each shard answers a word found on none of its pages with the longest
 * word it has that the query word starts with (「xylophone」 → 「x」), or else leaves
 * the word out. A page's content is its words.
 */
function fakePagefind(pages: Record<string, string[]>, shardOf: Record<string, string> = {}) {
  const calls: Call[] = [];
  let filterLoads = 0;
  const shard = (url: string) => shardOf[url] ?? '0';
  const has = (url: string, word: string) => pages[url].some((w) => w.startsWith(word));
  const countByShard = (urls: string[]) => Object.fromEntries(urls.map((url) => [shard(url), urls.filter((u) => shard(u) === shard(url)).length]));
  const api: PagefindApi = {
    options: async () => {},
    init: async () => {},
    mergeIndex: async () => {},
    filters: async () => {
      filterLoads++;
      return { tag: { 全部: Object.keys(pages).length }, shard: countByShard(Object.keys(pages)) };
    },
    search: async (term, options) => {
      calls.push({ term, options });
      const words = term === null ? [] : term.split(' ');
      const found = Object.keys(pages).filter((url) => {
        const inShard = Object.keys(pages).filter((u) => shard(u) === shard(url));
        const shorter = (word: string) =>
          inShard
            .flatMap((u) => pages[u])
            .filter((w) => word.startsWith(w))
            .sort((a, b) => b.length - a.length)[0];
        const known = words.map((word) => (inShard.some((u) => has(u, word)) ? word : shorter(word))).filter((word) => word !== undefined);
        return (words.length === 0 || known.length > 0) && known.every((word) => has(url, word));
      });
      const shardFilter = options?.filters?.shard;
      const allowed = typeof shardFilter === 'string' ? [shardFilter] : (shardFilter as { any: string[] } | undefined)?.any;
      const filtered = allowed ? found.filter((url) => allowed.includes(shard(url))) : found;
      const response: PagefindResponse = {
        results: filtered.map((url) => ({ id: url, score: 1, data: async () => ({ url, content: pages[url].join(' '), meta: {}, filters: {} }) })),
        unfilteredResultCount: found.length,
        filters: { tag: { 件数: filtered.length } },
        totalFilters: { tag: { 件数: found.length }, shard: countByShard(found) },
      };
      return response;
    },
  };
  return { api, calls, filterLoads: () => filterLoads };
}

const urls = async (promise: ReturnType<typeof searchPosts>) => (await promise).results.map((r) => r.id);

describe('searchPosts', () => {
  const pages = {
    '/posts/a': [pairToken('資', '産'), pairToken('金', '利'), 'nvidia'],
    '/posts/b': [pairToken('資', '産')],
  };

  it('finds pages that contain every part of the query', async () => {
    const { api } = fakePagefind(pages);
    expect(await urls(searchPosts(api, { query: '金利' }))).toEqual(['/posts/a']);
    expect(await urls(searchPosts(api, { query: 'NVIDIA 資産' }))).toEqual(['/posts/a']);
  });

  it('finds nothing when one part occurs nowhere, where Pagefind alone would drop it', async () => {
    const { api } = fakePagefind(pages);
    expect((await api.search(`${pairToken('暗', '号')} ${pairToken('号', '資')} ${pairToken('資', '産')}`))?.results).toHaveLength(2);
    expect(await urls(searchPosts(api, { query: '暗号資産' }))).toEqual([]);
    expect(await urls(searchPosts(api, { query: 'NVIDIA 暗号' }))).toEqual([]);
  });

  it('finds nothing for a word no page has, where Pagefind alone would answer a shorter word', async () => {
    const { api } = fakePagefind({ '/posts/a': ['x', 'secret', 'draft', pairToken('資', '産')], '/posts/b': ['banner'] });
    expect((await api.search('xylophone'))?.results.map((r) => r.id)).toEqual(['/posts/a']);
    expect(await urls(searchPosts(api, { query: 'xylophone' }))).toEqual([]);
    expect(await urls(searchPosts(api, { query: 'secretive' }))).toEqual([]);
    expect(await urls(searchPosts(api, { query: 'SECRET-DRAFT-MARKER' }))).toEqual([]);
    expect(await urls(searchPosts(api, { query: '資産 xylophone' }))).toEqual([]);
    // Words the pages have are still found, by prefix and in any case, alone or with others.
    expect(await urls(searchPosts(api, { query: 'SECRET-DRAFT' }))).toEqual(['/posts/a']);
    expect(await urls(searchPosts(api, { query: 'Ban' }))).toEqual(['/posts/b']);
    expect(await urls(searchPosts(api, { query: '資産 secret' }))).toEqual(['/posts/a']);
  });

  it('drops only the shards that answered a missing word with a shorter one', async () => {
    const { api, calls } = fakePagefind({ '/posts/a': ['bank'], '/posts/b': ['ban'] }, { '/posts/a': '0', '/posts/b': '1' });
    expect((await api.search('bank'))?.results.map((r) => r.id)).toEqual(['/posts/a', '/posts/b']);
    const outcome = await searchPosts(api, { query: 'bank' });
    expect(outcome.results.map((r) => r.id)).toEqual(['/posts/a']);
    expect(calls.at(-1)?.options).toEqual({ filters: { shard: { any: ['0'] } } });
  });

  it('searches only the shards that contain every word, and counts only there', async () => {
    const { api, calls } = fakePagefind(pages, { '/posts/a': '0', '/posts/b': '1' });
    // Shard 1 has no 「nvidia」 and would answer 「資産」 alone.
    expect((await api.search(`nvidia ${pairToken('資', '産')}`))?.results.map((r) => r.id)).toEqual(['/posts/a', '/posts/b']);
    const outcome = await searchPosts(api, { query: 'NVIDIA 資産' });
    expect(outcome.results.map((r) => r.id)).toEqual(['/posts/a']);
    expect(outcome.filterCounts).toEqual({ tag: { 件数: 1 } });
    expect(calls.at(-1)?.options).toEqual({ filters: { shard: { any: ['0'] } } });
  });

  it('counts a query with a selected tag without the selection, in the same shards', async () => {
    const { api, calls } = fakePagefind(pages, { '/posts/a': '0', '/posts/b': '1' });
    const outcome = await searchPosts(api, { query: 'NVIDIA 資産', tag: '日銀' });
    expect(calls.slice(-2).map((c) => c.options)).toEqual([
      { filters: { tag: '日銀', shard: { any: ['0'] } } },
      { filters: { shard: { any: ['0'] } } },
    ]);
    expect(outcome.filterCounts).toEqual({ tag: { 件数: 1 } });
  });

  it('checks the parts separately only when the query has more than one word', async () => {
    const { api, calls } = fakePagefind(pages);
    await searchPosts(api, { query: '金利' });
    expect(calls.map((c) => c.term)).toEqual([pairToken('金', '利')]);
  });

  it('passes the selected category and tag as Pagefind filters', async () => {
    const { api, calls } = fakePagefind(pages);
    const outcome = await searchPosts(api, { query: '資産', category: 'マクロ経済', tag: '日銀' });
    expect(calls[0].options).toEqual({ filters: { category: 'マクロ経済', tag: '日銀' } });
    expect(outcome.filterCounts).toEqual({ tag: { 件数: 2 } });
  });

  it('lists a filter alone newest first, shard after shard, and with no input at all only the filter values', async () => {
    const { api, calls } = fakePagefind(pages, { '/posts/a': '1', '/posts/b': '0' });
    const listed = await searchPosts(api, { query: ' ', tag: '日銀' });
    expect(calls.map((c) => c.options)).toEqual([
      { filters: { tag: '日銀', shard: '0' }, sort: { date: 'desc' } },
      { filters: { tag: '日銀', shard: '1' }, sort: { date: 'desc' } },
    ]);
    expect(listed.results.map((r) => r.id)).toEqual(['/posts/b', '/posts/a']);
    const idle = await searchPosts(api, { query: '' });
    expect(idle).toEqual({ results: [], filterCounts: { tag: { 全部: 2 } } }); // without the internal shard filter
    expect(calls).toHaveLength(2);
  });

  it('loads every filter once, before the first search', async () => {
    const { api, calls, filterLoads } = fakePagefind(pages);
    await searchPosts(api, { query: '金利' });
    expect(filterLoads()).toBe(1);
    expect(calls).toHaveLength(1);
    await searchPosts(api, { query: '資産', tag: '日銀' });
    expect(filterLoads()).toBe(1);
  });

  it('treats input of only punctuation as finding nothing', async () => {
    const { api } = fakePagefind(pages);
    expect(await urls(searchPosts(api, { query: '"""' }))).toEqual([]);
  });
});

describe('hasSearchInput', () => {
  it('is true for a query or a filter, false for blanks', () => {
    expect(hasSearchInput({ query: '  ' })).toBe(false);
    expect(hasSearchInput({ query: '', tag: 'AI' })).toBe(true);
    expect(hasSearchInput({ query: '金利' })).toBe(true);
  });
});
