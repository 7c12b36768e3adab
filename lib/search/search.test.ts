import { describe, expect, it } from 'vitest';
import type { PagefindApi, PagefindResponse } from './pagefind';
import { hasSearchInput, searchPosts } from './search';
import { pairToken } from './text';

type Call = { term: string | null; options: unknown };

/** A stand-in for Pagefind: the words each page contains, matched by prefix like Pagefind. */
function fakePagefind(pages: Record<string, string[]>) {
  const calls: Call[] = [];
  let filterLoads = 0;
  const api: PagefindApi = {
    options: async () => {},
    init: async () => {},
    filters: async () => {
      filterLoads++;
      return { tag: { 全部: Object.keys(pages).length } };
    },
    search: async (term, options) => {
      calls.push({ term, options });
      const words = term === null ? [] : term.split(' ');
      // Like Pagefind, a word found on no page is left out of the search.
      const known = words.filter((word) => Object.values(pages).some((ws) => ws.some((w) => w.startsWith(word))));
      const urls = Object.keys(pages).filter((url) => known.every((word) => pages[url].some((w) => w.startsWith(word))));
      const response: PagefindResponse = {
        results: (words.length > 0 && known.length === 0 ? [] : urls).map((url) => ({
          id: url,
          score: 1,
          data: async () => ({ url, content: '', meta: {}, filters: {} }),
        })),
        unfilteredResultCount: urls.length,
        filters: {},
        totalFilters: { tag: { 件数: urls.length } },
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

  it('finds nothing when one Japanese part occurs nowhere, where Pagefind alone would drop it', async () => {
    const { api } = fakePagefind(pages);
    expect((await api.search(`${pairToken('暗', '号')} ${pairToken('号', '資')} ${pairToken('資', '産')}`))?.results).toHaveLength(2);
    expect(await urls(searchPosts(api, { query: '暗号資産' }))).toEqual([]);
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

  it('lists a filter alone newest first, and with no input at all only the filter values', async () => {
    const { api, calls } = fakePagefind(pages);
    await searchPosts(api, { query: ' ', tag: '日銀' });
    expect(calls[0]).toEqual({ term: null, options: { filters: { tag: '日銀' }, sort: { date: 'desc' } } });
    const idle = await searchPosts(api, { query: '' });
    expect(idle).toEqual({ results: [], filterCounts: { tag: { 全部: 2 } } });
    expect(calls).toHaveLength(1);
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
