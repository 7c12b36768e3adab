import { describe, expect, it } from 'vitest';
import { decodeSegment } from './segments';
import { homePagePath, pagedPath, postPath, termPath } from './routes';

describe('routes', () => {
  it('page 1 of a list is the list itself; later pages add /page/<n>', () => {
    expect(homePagePath(1)).toBe('/');
    expect(homePagePath(3)).toBe('/page/3');
    expect(pagedPath('/tags/ai', 1)).toBe('/tags/ai');
    expect(pagedPath('/tags/ai', 2)).toBe('/tags/ai/page/2');
  });

  it('term paths percent-encode the normalised segment and round-trip through decodeSegment', () => {
    expect(termPath('tags', 'ＡＩ')).toBe('/tags/ai');
    expect(termPath('tags', 'C++', 2)).toBe(`/tags/${encodeURIComponent('c--')}/page/2`);
    const path = termPath('categories', '投資分析', 4);
    expect(path).toBe(`/categories/${encodeURIComponent('投資分析')}/page/4`);
    expect(decodeSegment(path.split('/')[2])).toBe('投資分析');
  });

  it('post paths encode the slug', () => {
    expect(postPath('nvidia-q3')).toBe('/posts/nvidia-q3');
    expect(postPath('日本語スラッグ')).toBe(`/posts/${encodeURIComponent('日本語スラッグ')}`);
  });
});
