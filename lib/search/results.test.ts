import { describe, expect, it } from 'vitest';
import { filterOptions, readSearchParams, toSearchHit } from './results';
import { indexAdditionForText } from './text';

describe('toSearchHit', () => {
  it('takes title, date and terms from the page data and the body text without index tokens', () => {
    const title = 'NVIDIA決算速報';
    const body = '売上高が過去最高、ＧＰＵ向けは前年の2倍';
    // As Pagefind returns the text: each unit followed by what the index step added, then a full stop.
    const unit = (text: string) => `${text}${indexAdditionForText(text).trimEnd()}.`;
    const content = `${unit(title)} ${unit(body)} 次の段落。`;
    expect(content).toContain(' GPU ');
    const hit = toSearchHit({
      url: '/posts/nvidia',
      content,
      meta: { title },
      filters: { category: ['テクノロジー', '半導体'], tag: ['NVIDIA'], date: ['2025-11-21T08:30:00+09:00'] },
    });
    expect(hit).toEqual({
      url: '/posts/nvidia',
      title,
      date: '2025-11-21T08:30:00+09:00',
      categories: ['テクノロジー', '半導体'],
      tags: ['NVIDIA'],
      text: '売上高が過去最高、ＧＰＵ向けは前年の2倍. 次の段落。',
      sponsored: false,
    });
  });

  it('marks a sponsored post from its filter, so the result carries 「PR」', () => {
    const hit = toSearchHit({ url: '/posts/x', content: '本文', meta: { title: 'タイトル' }, filters: { sponsored: ['true'] } });
    expect(hit.sponsored).toBe(true);
  });

  it('copes with a page that declared no date or terms', () => {
    const hit = toSearchHit({ url: '/posts/x', content: '本文', meta: { title: 'タイトル' }, filters: {} });
    expect(hit).toMatchObject({ date: undefined, categories: [], tags: [], text: '本文' });
  });
});

describe('filterOptions', () => {
  it('lists the values with posts, most first, then in Japanese order', () => {
    const counts = { tag: { 金利: 2, AI: 5, 為替: 2, 空: 0 } };
    expect(filterOptions(counts, 'tag')).toEqual([
      { value: 'AI', count: 5 },
      { value: '為替', count: 2 },
      { value: '金利', count: 2 },
    ]);
    expect(filterOptions(undefined, 'category')).toEqual([]);
  });
});

describe('readSearchParams', () => {
  it('reads q, category and tag, missing ones as empty', () => {
    expect(readSearchParams(new URLSearchParams('q=%E9%87%91%E5%88%A9&tag=AI'))).toEqual({ q: '金利', category: '', tag: 'AI' });
  });
});
