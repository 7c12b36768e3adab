import { describe, expect, it } from 'vitest';
import { feedPath, homePagePath, pagedPath, postOgImagePath, postPath, searchPath, termFeedPath, termIndexPath, termPath } from './routes';
import { absoluteUrl } from './absolute-url';
import { decodeSegment } from './segments';

describe('absoluteUrl', () => {
  it('joins a site-relative path to the site origin', () => {
    expect(absoluteUrl('/posts/x', 'https://news.example.jp')).toBe('https://news.example.jp/posts/x');
    expect(absoluteUrl('/', 'https://news.example.jp')).toBe('https://news.example.jp/');
  });

  it('percent-encodes Japanese paths, and leaves encoded ones as they are', () => {
    const encoded = `https://news.example.jp/tags/${encodeURIComponent('半導体')}`;
    expect(absoluteUrl('/tags/半導体', 'https://news.example.jp')).toBe(encoded);
    expect(absoluteUrl(`/tags/${encodeURIComponent('半導体')}`, 'https://news.example.jp')).toBe(encoded);
  });
});

describe('feed and image paths', () => {
  it('names the site feeds', () => {
    expect(feedPath('rss')).toBe('/feed.xml');
    expect(feedPath('atom')).toBe('/atom.xml');
  });

  it('puts a tag feed under the tag page, with the tag as URL segment', () => {
    expect(termFeedPath('tags', 'C++')).toBe('/tags/c--/feed.xml');
    expect(termFeedPath('categories', '半導体')).toBe(`/categories/${encodeURIComponent('半導体')}/feed.xml`);
  });

  it('puts the share image under the post', () => {
    expect(postOgImagePath('nvidia')).toBe('/posts/nvidia/og.png');
  });
});

describe('page paths', () => {
  it('puts a post under /posts, its slug percent-encoded', () => {
    expect(postPath('nvidia-q3-earnings')).toBe('/posts/nvidia-q3-earnings');
    expect(postPath('年末相場')).toBe(`/posts/${encodeURIComponent('年末相場')}`);
  });

  it('makes page 1 the home page and numbers the rest', () => {
    expect(homePagePath(1)).toBe('/');
    expect(homePagePath(0)).toBe('/');
    expect(homePagePath(2)).toBe('/page/2');
  });

  it('turns a display name into the tag or category URL, so both spellings of a tag share it', () => {
    expect(termIndexPath('tags')).toBe('/tags');
    expect(termPath('tags', '生成 AI')).toBe(`/tags/${encodeURIComponent('生成-ai')}`);
    expect(termPath('tags', 'ＡＩ')).toBe(termPath('tags', 'AI'));
    expect(termPath('tags', 'Q&A')).toBe('/tags/q-a');
    expect(termPath('categories', 'マクロ経済')).toBe(`/categories/${encodeURIComponent('マクロ経済')}`);
  });

  it('pages a list under its own URL: page 1 is the list itself, later pages add /page/<n>', () => {
    expect(pagedPath('/tags/ai', 1)).toBe('/tags/ai');
    expect(pagedPath('/tags/ai', 2)).toBe('/tags/ai/page/2');
    expect(termPath('tags', 'C++', 2)).toBe('/tags/c--/page/2');
    const path = termPath('categories', '投資分析', 4);
    expect(path).toBe(`/categories/${encodeURIComponent('投資分析')}/page/4`);
    expect(decodeSegment(path.split('/')[2])).toBe('投資分析');
  });
});

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
