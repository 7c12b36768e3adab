import { describe, expect, it } from 'vitest';
import { pageMetadata, postArticleFacts, siteFeeds } from './metadata';
import { siteConfig } from '../config';

const site = siteConfig.url;
const feeds = siteFeeds({ rss: 'RSS', atom: 'Atom' });

describe('pageMetadata', () => {
  const post = pageMetadata({
    path: '/posts/nvidia',
    title: 'NVIDIA決算',
    description: '要約',
    imagePath: '/posts/nvidia/og.png',
    feeds,
    article: {
      publishedAt: '2025-11-20T23:30:00.000Z',
      modifiedAt: '2025-11-25T01:00:00.000Z',
      authors: ['佐藤 健一'],
      section: 'テクノロジー',
      tags: ['AI', '半導体'],
    },
  });

  it('gives the canonical URL and the feeds as absolute URLs', () => {
    expect(post.alternates?.canonical).toBe(`${site}/posts/nvidia`);
    expect(post.alternates?.types).toEqual({
      'application/rss+xml': [{ title: 'RSS', url: `${site}/feed.xml` }],
      'application/atom+xml': [{ title: 'Atom', url: `${site}/atom.xml` }],
    });
  });

  it('describes an article for Open Graph in Japanese, with JST times and tags', () => {
    expect(post.openGraph).toMatchObject({
      type: 'article',
      locale: 'ja_JP',
      url: `${site}/posts/nvidia`,
      title: 'NVIDIA決算',
      publishedTime: '2025-11-21T08:30:00+09:00',
      modifiedTime: '2025-11-25T10:00:00+09:00',
      tags: ['AI', '半導体'],
      images: [{ url: `${site}/posts/nvidia/og.png`, width: 1200, height: 630 }],
    });
  });

  it('asks for the large Twitter card with the same image', () => {
    expect(post.twitter).toMatchObject({ card: 'summary_large_image', images: [{ url: `${site}/posts/nvidia/og.png` }] });
  });

  it('uses the default image and the website type elsewhere, and lists a tag feed first', () => {
    const tag = pageMetadata({
      path: '/tags/c--',
      title: 'タグ「C++」の記事',
      description: '一覧',
      feeds,
      extraFeeds: [{ title: 'C++ RSS', url: `${site}/tags/c--/feed.xml` }],
    });
    expect(tag.openGraph).toMatchObject({ type: 'website', images: [{ url: `${site}/og.png` }] });
    expect(tag.alternates?.types?.['application/rss+xml']).toEqual([
      { title: 'C++ RSS', url: `${site}/tags/c--/feed.xml` },
      { title: 'RSS', url: `${site}/feed.xml` },
    ]);
  });

  it('leaves the title to the layout on the home page but names the site for sharing', () => {
    const home = pageMetadata({ path: '/', description: siteConfig.description, feeds });
    expect(home.title).toBeUndefined();
    expect(home.openGraph?.title).toBe(siteConfig.name);
  });
});

describe('postArticleFacts', () => {
  const post = { date: '2025-11-20T23:30:00.000Z', categories: ['テクノロジー', '半導体'], tags: ['AI'] };

  it('takes the first category as the section and names the author', () => {
    expect(postArticleFacts({ ...post, author: '佐藤 健一', lastModifiedAt: '2025-11-25T01:00:00.000Z' })).toEqual({
      publishedAt: post.date,
      modifiedAt: '2025-11-25T01:00:00.000Z',
      authors: ['佐藤 健一'],
      section: 'テクノロジー',
      tags: ['AI'],
    });
  });

  it('credits the desk when the front matter names no author', () => {
    expect(postArticleFacts(post).authors).toEqual([siteConfig.defaultAuthor]);
  });
});
