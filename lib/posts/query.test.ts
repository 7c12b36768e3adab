import { describe, expect, it } from 'vitest';
import {
  collectTerms,
  isPublic,
  laterPageNumbers,
  pageNumberFromSegment,
  pageOf,
  paginate,
  postsWithTerm,
  selectPublishedPosts,
  withCanonicalTermNames,
} from './query';

const post = (slug: string, date: string, extra: Partial<{ draft: boolean; tags: string[]; categories: string[] }> = {}) => ({
  slug,
  date,
  draft: false,
  tags: [] as string[],
  categories: [] as string[],
  ...extra,
});

const now = new Date('2025-12-01T00:00:00Z');

describe('selectPublishedPosts', () => {
  const posts = [
    post('old', '2025-10-01T00:00:00.000Z'),
    post('draft', '2025-11-01T00:00:00.000Z', { draft: true }),
    post('new', '2025-11-20T00:00:00.000Z'),
    post('scheduled', '2025-12-01T00:00:01.000Z'),
    post('same-time-b', '2025-11-10T00:00:00.000Z'),
    post('same-time-a', '2025-11-10T00:00:00.000Z'),
  ];

  it('drops drafts and scheduled posts, newest first', () => {
    expect(selectPublishedPosts(posts, { now, includeUnpublished: false }).map((p) => p.slug)).toEqual([
      'new',
      'same-time-a',
      'same-time-b',
      'old',
    ]);
  });

  it('keeps everything for writers previewing in dev', () => {
    expect(selectPublishedPosts(posts, { now, includeUnpublished: true })).toHaveLength(6);
  });

  it('compares in absolute time: 09:00 JST on 2 Dec is public from 00:00Z', () => {
    const jstMorning = post('x', '2025-12-02T00:00:00.000Z');
    expect(isPublic(jstMorning, new Date('2025-12-01T23:59:59Z'))).toBe(false);
    expect(isPublic(jstMorning, new Date('2025-12-02T00:00:00Z'))).toBe(true);
  });

  it('does not reorder its input', () => {
    const input = [post('a', '2025-01-01T00:00:00Z'), post('b', '2025-02-01T00:00:00Z')];
    selectPublishedPosts(input, { now, includeUnpublished: false });
    expect(input.map((p) => p.slug)).toEqual(['a', 'b']);
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 45 }, (_, i) => i);

  it('splits into pages of the given size', () => {
    expect(paginate(items, 1, 20)).toMatchObject({ page: 1, totalPages: 3, items: items.slice(0, 20) });
    expect(paginate(items, 3, 20).items).toEqual([40, 41, 42, 43, 44]);
  });

  it('has one page even when empty', () => {
    expect(paginate([], 1, 20)).toEqual({ items: [], page: 1, totalPages: 1 });
  });
});

describe('pageOf', () => {
  const items = Array.from({ length: 45 }, (_, i) => i);

  it('gives the pages that exist', () => {
    expect(pageOf(items, 1, 20)).toEqual(paginate(items, 1, 20));
    expect(pageOf(items, 3, 20)?.items).toEqual([40, 41, 42, 43, 44]);
    expect(pageOf([], 1, 20)).toEqual({ items: [], page: 1, totalPages: 1 });
  });

  it('has no page before the first, past the last, or between two', () => {
    for (const page of [0, -1, 4, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(pageOf(items, page, 20), String(page)).toBeUndefined();
    }
    expect(pageOf([], 2, 20)).toBeUndefined();
  });
});

describe('terms', () => {
  const posts = [
    post('a', '2025-11-03T00:00:00Z', { tags: ['AI', 'C++'], categories: ['テクノロジー'] }),
    post('b', '2025-11-02T00:00:00Z', { tags: ['ＡＩ', '生成 AI'], categories: ['投資分析'] }),
    post('c', '2025-11-01T00:00:00Z', { tags: ['AI', 'Q&A'], categories: ['テクノロジー'] }),
  ];

  it('merges width and case variants into one tag named by its commonest spelling', () => {
    const tags = collectTerms(posts, 'tags');
    expect(tags[0]).toEqual({ kind: 'tags', slug: 'ai', name: 'AI', count: 3 });
    expect(tags.map((t) => t.slug).sort()).toEqual(['ai', 'c--', 'q-a', '生成-ai'].sort());
  });

  it('prefers the half-width spelling when counts tie', () => {
    const [tag] = collectTerms([post('x', '2025-01-01T00:00:00Z', { tags: ['ＡＩ'] }), post('y', '2025-01-01T00:00:00Z', { tags: ['AI'] })], 'tags');
    expect(tag.name).toBe('AI');
  });

  it('counts categories and finds their posts by segment', () => {
    expect(collectTerms(posts, 'categories')).toEqual([
      { kind: 'categories', slug: 'テクノロジー', name: 'テクノロジー', count: 2 },
      { kind: 'categories', slug: '投資分析', name: '投資分析', count: 1 },
    ]);
    expect(postsWithTerm(posts, 'tags', 'ai').map((p) => p.slug)).toEqual(['a', 'b', 'c']);
    expect(postsWithTerm(posts, 'tags', '生成-ai').map((p) => p.slug)).toEqual(['b']);
  });
});

describe('withCanonicalTermNames', () => {
  it('shows every spelling of a tag under its one name', () => {
    const posts = [
      post('a', '2025-11-03T00:00:00Z', { tags: ['AI', 'LLM'], categories: ['ＡＩ'] }),
      post('b', '2025-11-02T00:00:00Z', { tags: ['ＡＩ'], categories: ['AI'] }),
      post('c', '2025-11-01T00:00:00Z', { tags: ['ai'], categories: ['AI'] }),
    ];
    const renamed = withCanonicalTermNames(posts);
    expect(renamed.map((p) => p.tags)).toEqual([['AI', 'LLM'], ['AI'], ['AI']]);
    expect(renamed.map((p) => p.categories)).toEqual([['AI'], ['AI'], ['AI']]);
    expect(posts[1].tags).toEqual(['ＡＩ']);
  });
});

describe('pageNumberFromSegment', () => {
  it('reads /page/<n> for pages 2…total; the list URL itself is page 1', () => {
    expect(pageNumberFromSegment(undefined, 3)).toBe(1);
    expect(pageNumberFromSegment('2', 3)).toBe(2);
    expect(pageNumberFromSegment('3', 3)).toBe(3);
  });

  it('rejects /page/1, pages past the end, and anything not a plain number', () => {
    for (const segment of ['1', '4', '0', '-2', '02', '2.0', '2e0', 'abc', '']) {
      expect(pageNumberFromSegment(segment, 3), segment).toBeUndefined();
    }
  });

  it('reads any later page number when the list query is left to judge where the list ends', () => {
    expect(pageNumberFromSegment('999')).toBe(999);
    expect(pageNumberFromSegment(undefined)).toBe(1);
    expect(pageNumberFromSegment('1')).toBeUndefined();
    expect(pageNumberFromSegment('02')).toBeUndefined();
  });

  it('lists the later pages as static params', () => {
    expect(laterPageNumbers(1)).toEqual([]);
    expect(laterPageNumbers(3)).toEqual(['2', '3']);
    expect(laterPageNumbers(50, 4)).toEqual(['2', '3', '4']);
    expect(laterPageNumbers(3, 10)).toEqual(['2', '3']);
    expect(laterPageNumbers(5, 1)).toEqual([]);
  });
});
