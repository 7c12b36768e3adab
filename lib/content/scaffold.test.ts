import { describe, expect, it } from 'vitest';
import { parsePostFile } from './front-matter';
import { scaffoldPost, slugFromTitle } from './scaffold';

describe('slugFromTitle', () => {
  it('uses the Latin words of a title', () => {
    expect(slugFromTitle('NVIDIA決算 2025年Q3')).toBe('nvidia-2025-q3');
    expect(slugFromTitle('ＴＳＭＣの２ｎｍ')).toBe('tsmc-2nm');
  });

  it('gives nothing for an all-Japanese title', () => {
    expect(slugFromTitle('日銀が利上げを決定')).toBeUndefined();
  });
});

describe('scaffoldPost', () => {
  it('dates the file in Japan time, even just after midnight JST', () => {
    const post = scaffoldPost({ title: 'NVIDIA 決算', now: new Date('2025-11-30T15:05:00Z') });
    expect(post.fileName).toBe('2025-12-01-nvidia.md');
    expect(post.source).toContain('date: 2025-12-01 00:05:00 +0900');
  });

  it('writes front matter the build accepts, as a draft', () => {
    const post = scaffoldPost({
      title: '「C++」と Q&A: "引用" を含む題',
      slug: 'cpp-qa',
      category: '投資分析',
      tags: ['AI', 'C++', 'Q&A'],
      now: new Date('2025-11-28T02:10:27Z'),
    });
    const parsed = parsePostFile(`content/posts/${post.fileName}`, post.source);
    expect(parsed.problems).toEqual([]);
    expect(parsed.frontMatter).toMatchObject({
      title: '「C++」と Q&A: "引用" を含む題',
      slug: 'cpp-qa',
      date: '2025-11-28T02:10:27.000Z',
      categories: ['投資分析'],
      tags: ['AI', 'C++', 'Q&A'],
      draft: true,
    });
  });

  it('asks for --slug when the title has no ASCII', () => {
    expect(() => scaffoldPost({ title: '日銀が利上げ', now: new Date() })).toThrow(/--slug/);
    expect(scaffoldPost({ title: '日銀が利上げ', slug: 'boj-hike', now: new Date('2025-11-28T00:00:00Z') }).fileName).toBe('2025-11-28-boj-hike.md');
  });

  it('normalises a given slug and rejects one that cannot be a clean URL', () => {
    expect(scaffoldPost({ title: 'x', slug: 'BOJ Rate/Hike', now: new Date('2025-11-28T00:00:00Z') }).slug).toBe('boj-rate-hike');
    expect(() => scaffoldPost({ title: 'x', slug: '<b>"', now: new Date() })).toThrow(/スラッグ/);
  });
});
