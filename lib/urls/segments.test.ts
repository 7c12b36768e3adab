import { describe, expect, it } from 'vitest';
import { decodeSegment, postSlug, slugFromFileName, tagSlug } from './segments';

describe('tagSlug', () => {
  it.each([
    ['AI', 'ai'],
    ['ＡＩ', 'ai'],
    ['生成AI', '生成ai'],
    ['生成 AI', '生成-ai'],
    ['C++', 'c--'],
    ['AI/ML', 'ai-ml'],
    ['Q&A', 'q-a'],
    ['100%', '100-'],
    ['#ハッシュ', '-ハッシュ'],
    ['半導体', '半導体'],
    ['ﾃｸﾉﾛｼﾞｰ', 'テクノロジー'],
    ['  NVIDIA  ', 'nvidia'],
    ['what?', 'what-'],
    ['a\\b', 'a-b'],
    ['..', '--'],
  ])('%s → %s', (name, segment) => {
    expect(tagSlug(name)).toBe(segment);
  });

  it('keeps Japanese as is and leaves non-ASCII letters in their case', () => {
    expect(tagSlug('Ünicode 日本')).toBe('Ünicode-日本');
  });

  it('makes width and case variants one tag', () => {
    expect(tagSlug('ＡＩ')).toBe(tagSlug('ai'));
    expect(tagSlug('Ｎｖｉｄｉａ')).toBe(tagSlug('NVIDIA'));
  });

  it('keeps C and C++ apart', () => {
    expect(tagSlug('C')).not.toBe(tagSlug('C++'));
  });

  it('round-trips through a URL', () => {
    for (const name of ['C++', 'AI/ML', 'Q&A', '100%', '生成 AI', '#ハッシュ']) {
      const segment = tagSlug(name);
      const url = new URL(`https://example.com/tags/${encodeURIComponent(segment)}`);
      expect(url.pathname.split('/')).toHaveLength(3);
      expect(decodeSegment(url.pathname.split('/')[2])).toBe(segment);
    }
  });

  it('answers the same from its table of known names, after the table was emptied, and for names too long to keep', () => {
    const asked = ['ＡＩ', 'C++', '..', '生成 AI'];
    const first = asked.map(tagSlug);
    // More names than the table holds, so it is emptied on the way.
    for (let i = 0; i < 60_000; i++) tagSlug(`タグ${i}`);
    expect(asked.map(tagSlug)).toEqual(first);
    expect(first).toEqual(['ai', 'c--', '--', '生成-ai']);
    const long = `${'Ａ'.repeat(300)} Ｂ/c`;
    expect(tagSlug(long)).toBe(`${'a'.repeat(300)}-b-c`);
    expect(tagSlug(long)).toBe(tagSlug(long.normalize('NFKC')));
  });
});

describe('post slugs', () => {
  it('strips the Jekyll date prefix and extension', () => {
    expect(slugFromFileName('content/posts/2025-11-28-nvidia-earnings.md')).toBe('nvidia-earnings');
    expect(slugFromFileName('2025-1-5-short.markdown')).toBe('short');
    expect(slugFromFileName('no-date.md')).toBe('no-date');
  });

  it('uses the slug override and normalises both', () => {
    expect(postSlug('content/posts/2025-11-28-x.md', 'My Slug')).toBe('my-slug');
    expect(postSlug('content/posts/2025-11-28-半導体.md')).toBe('半導体');
  });
});

describe('decodeSegment', () => {
  it('decodes once, and survives malformed input', () => {
    expect(decodeSegment('%E7%94%9F%E6%88%90-ai')).toBe('生成-ai');
    expect(decodeSegment('生成-ai')).toBe('生成-ai');
    expect(decodeSegment('%E0%A4%A')).toBe('%E0%A4%A');
  });
});
