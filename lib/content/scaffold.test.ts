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

  it('never makes a slug of stray digits: a title whose only Latin words are numbers gives none', () => {
    expect(slugFromTitle('日銀が追加利上げ、円相場は一時140円台に')).toBeUndefined();
    expect(slugFromTitle('２０２５年１２月の日経平均、５万円台')).toBeUndefined();
    expect(slugFromTitle('金利3.5%と為替150円')).toBeUndefined();
  });

  it('keeps numbers beside a word with a letter', () => {
    expect(slugFromTitle('日銀が0.75%へ利上げ、BOJ声明の全文')).toBe('0-75-boj');
    expect(slugFromTitle('5G基地局の需要')).toBe('5g');
  });
});

describe('scaffoldPost slugs', () => {
  const now = new Date('2025-12-01T01:00:00Z');

  it('stops with a message asking for --slug when the title gives no readable slug', () => {
    expect(() => scaffoldPost({ title: '日銀が追加利上げ、円相場は一時140円台に', now })).toThrow(/--slug/);
    expect(() => scaffoldPost({ title: '日銀が追加利上げ、円相場は一時140円台に', now })).toThrow(/数字だけ/);
  });

  it('refuses a --slug of digits only, and takes one with a word', () => {
    expect(() => scaffoldPost({ title: '日銀が追加利上げ', slug: '140', now })).toThrow(/数字だけ/);
    expect(() => scaffoldPost({ title: '日銀が追加利上げ', slug: '2025-12', now })).toThrow(/--slug/);
    expect(scaffoldPost({ title: '日銀が追加利上げ、円相場は一時140円台に', slug: 'boj-hike-yen-140', now }).fileName).toBe(
      '2025-12-01-boj-hike-yen-140.md',
    );
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
