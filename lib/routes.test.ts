import { describe, expect, it } from 'vitest';
import { absoluteUrl, feedPath, postOgImagePath, termFeedPath } from './routes';

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
