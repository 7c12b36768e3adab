import { describe, expect, it } from 'vitest';
import { shareLinks } from './share-links';

describe('shareLinks', () => {
  const url = 'https://news.example.jp/posts/%E5%8D%8A%E5%B0%8E%E4%BD%93?x=1&y=2';
  const title = 'NVIDIA決算速報：売上&利益が過去最高';
  const links = Object.fromEntries(shareLinks(url, title).map((l) => [l.service, new URL(l.href)]));

  it('offers X, はてなブックマーク, LINE and Facebook', () => {
    expect(shareLinks(url, title).map((l) => l.name)).toEqual(['X', 'はてなブックマーク', 'LINE', 'Facebook']);
  });

  it('passes the absolute URL (and title where supported) intact through each service', () => {
    expect(links.x.origin).toBe('https://x.com');
    expect(links.x.searchParams.get('url')).toBe(url);
    expect(links.x.searchParams.get('text')).toBe(title);
    expect(links.hatena.searchParams.get('url')).toBe(url);
    expect(links.hatena.searchParams.get('title')).toBe(title);
    expect(links.line.searchParams.get('url')).toBe(url);
    expect(links.facebook.searchParams.get('u')).toBe(url);
  });
});
