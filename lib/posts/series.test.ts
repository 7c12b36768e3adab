import { describe, expect, it } from 'vitest';
import { collectSeries, partsBySeries, postsInSeries } from './series';

const post = (slug: string, date: string, series?: string) => ({ slug, date, series });

// Newest first, as the store keeps published posts.
const posts = [
  post('yen-december', '2025-12-01T00:00:00.000Z', '金利と為替を読む'),
  post('chips', '2025-11-20T00:00:00.000Z'),
  post('fed-october', '2025-10-31T04:05:00.000Z', '金利と為替を読む'),
  post('ai-1', '2025-10-15T00:00:00.000Z', 'AI入門'),
  post('boj-september', '2025-09-22T06:15:00.000Z', '金利と為替を読む '),
];

describe('series', () => {
  it('groups posts by series name (spellings sharing a URL segment are one), longest first', () => {
    expect(collectSeries(posts)).toEqual([
      { slug: '金利と為替を読む', name: '金利と為替を読む', count: 3 },
      { slug: 'ai入門', name: 'AI入門', count: 1 },
    ]);
  });

  it('orders the parts by date, the first published first', () => {
    expect(postsInSeries(posts, '金利と為替を読む').map((p) => p.slug)).toEqual(['boj-september', 'fed-october', 'yen-december']);
    expect(postsInSeries(posts, 'no-such-series')).toEqual([]);
  });

  it('gives every series its parts in one pass, in the same order', () => {
    const parts = partsBySeries(posts);
    expect([...parts.keys()].sort()).toEqual(['ai入門', '金利と為替を読む']);
    expect(parts.get('金利と為替を読む')!.map((p) => p.slug)).toEqual(postsInSeries(posts, '金利と為替を読む').map((p) => p.slug));
  });
});
