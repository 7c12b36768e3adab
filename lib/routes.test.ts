import { describe, expect, it } from 'vitest';
import { postPath, searchPath } from './routes';

describe('searchPath', () => {
  it('builds a shareable search URL, leaving out empty parameters', () => {
    expect(searchPath()).toBe('/search');
    expect(searchPath({ q: '  ' })).toBe('/search');
    expect(searchPath({ q: 'NVIDIA 決算', category: '半導体', tag: '' })).toBe(
      `/search?q=NVIDIA+${encodeURIComponent('決算')}&category=${encodeURIComponent('半導体')}`,
    );
    expect(new URL(searchPath({ q: 'C++ & Q&A' }), 'http://x').searchParams.get('q')).toBe('C++ & Q&A');
  });
});

describe('postPath', () => {
  it('percent-encodes Japanese slugs', () => {
    expect(postPath('日銀会合')).toBe(`/posts/${encodeURIComponent('日銀会合')}`);
  });
});
