import { describe, expect, it } from 'vitest';
import { archiveMonthId, groupByJstMonth } from './archive';

const post = (slug: string, date: string) => ({ slug, date });

describe('groupByJstMonth', () => {
  it('groups by year and month in Japan time, newest first, with counts', () => {
    const posts = [
      post('oct', '2025-10-02T00:00:00.000Z'),
      // 2025-11-30 20:00 UTC is 1 December in Japan.
      post('dec-in-japan', '2025-11-30T20:00:00.000Z'),
      post('nov-late', '2025-11-24T05:00:00.000Z'),
      post('nov-early', '2025-11-06T02:10:27.000Z'),
      post('last-year', '2024-12-31T14:59:59.000Z'),
    ];
    const years = groupByJstMonth(posts);
    expect(years.map((y) => [y.year, y.count])).toEqual([
      [2025, 4],
      [2024, 1],
    ]);
    expect(years[0].months.map((m) => [m.month, m.posts.map((p) => p.slug)])).toEqual([
      [12, ['dec-in-japan']],
      [11, ['nov-late', 'nov-early']],
      [10, ['oct']],
    ]);
    expect(years[1].months).toEqual([{ year: 2024, month: 12, posts: [posts[4]] }]);
  });

  it('is empty without posts', () => {
    expect(groupByJstMonth([])).toEqual([]);
  });
});

describe('archiveMonthId', () => {
  it('is year-month with two digits', () => {
    expect(archiveMonthId({ year: 2025, month: 3 })).toBe('2025-03');
  });
});
