import { describe, expect, it } from 'vitest';
import { createHeadingSlugger, currentHeadingId, FALLBACK_HEADING_ID, headingSlug, nestHeadings, type TocHeading } from './headings';

describe('headingSlug', () => {
  it.each([
    ['半導体の需給', '半導体の需給'],
    ['HBMとは何か', 'hbmとは何か'],
    ['ＡＩエージェントの３つの壁', 'aiエージェントの3つの壁'],
    ['ETF売却は「100年がかり」のペース', 'etf売却は100年がかりのペース'],
    ['Q1. なぜPythonではなくC++なのか', 'q1-なぜpythonではなくcなのか'],
    ['年末相場：強気と弱気', '年末相場強気と弱気'],
    ['日本株　展望', '日本株-展望'],
    ['  前後の空白  ', '前後の空白'],
    ['A -- B', 'a-b'],
    ['ﾃｸﾉﾛｼﾞｰ動向', 'テクノロジー動向'],
    ['スーパー・サイクル々', 'スーパーサイクル々'],
    ['What is HBM?', 'what-is-hbm'],
    ['snake_case_name', 'snake_case_name'],
  ])('%s → %s', (text, slug) => {
    expect(headingSlug(text)).toBe(slug);
  });

  it('drops symbols and emoji entirely, leaving an empty slug', () => {
    expect(headingSlug('！？🚀★')).toBe('');
  });

  it('never starts with an underscore, so an id cannot shadow globals like self.__next_f', () => {
    expect(headingSlug('__next_f')).toBe('next_f');
  });
});

describe('createHeadingSlugger', () => {
  it('numbers duplicates -1, -2 in document order', () => {
    const slug = createHeadingSlugger();
    expect(['概要', '概要', '半導体の需給', '概要'].map(slug)).toEqual(['概要', '概要-1', '半導体の需給', '概要-2']);
  });

  it('treats spellings that give the same slug as duplicates', () => {
    const slug = createHeadingSlugger();
    expect([slug('AI'), slug('ＡＩ'), slug('ai')]).toEqual(['ai', 'ai-1', 'ai-2']);
  });

  it('does not hand out ids the page already uses', () => {
    const slug = createHeadingSlugger(['main', 'user-content-fn-1']);
    expect(slug('main')).toBe('main-1');
    expect(slug('user-content-fn-1')).toBe('user-content-fn-1-1');
  });

  it('skips a numbered id a heading already took', () => {
    const slug = createHeadingSlugger();
    expect([slug('概要-1'), slug('概要'), slug('概要')]).toEqual(['概要-1', '概要', '概要-2']);
  });

  it('falls back to a readable id for headings without letters', () => {
    const slug = createHeadingSlugger();
    expect([slug('！？'), slug('★')]).toEqual([FALLBACK_HEADING_ID, `${FALLBACK_HEADING_ID}-1`]);
  });
});

describe('nestHeadings', () => {
  const h = (depth: 2 | 3, id: string): TocHeading => ({ depth, id, text: id });

  it('puts each h3 under the h2 before it', () => {
    expect(nestHeadings([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b'), h(2, 'c'), h(3, 'c1')])).toEqual([
      { ...h(2, 'a'), children: [h(3, 'a1'), h(3, 'a2')] },
      { ...h(2, 'b'), children: [] },
      { ...h(2, 'c'), children: [h(3, 'c1')] },
    ]);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(nestHeadings([h(3, 'x'), h(2, 'a')])).toEqual([
      { ...h(3, 'x'), children: [] },
      { ...h(2, 'a'), children: [] },
    ]);
  });
});

describe('currentHeadingId', () => {
  const tops = [
    { id: 'a', top: -500 },
    { id: 'b', top: 100 },
    { id: 'c', top: 600 },
  ];

  it('is the last heading above the reading line', () => {
    expect(currentHeadingId(tops, 200)).toBe('b');
    expect(currentHeadingId(tops, 50)).toBe('a');
  });

  it('is undefined before the first heading', () => {
    expect(currentHeadingId([{ id: 'a', top: 300 }], 200)).toBeUndefined();
  });
});
