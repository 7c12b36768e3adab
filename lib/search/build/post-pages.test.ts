import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPostPages, newestFirst, type BuiltPostPage } from './post-pages';

const manifest = {
  routes: {
    '/': { srcRoute: null },
    '/tags/ai': { srcRoute: '/tags/[tag]' },
    '/posts/nvidia-earnings': { srcRoute: '/posts/[slug]' },
    '/posts/日銀会合': { srcRoute: '/posts/[slug]' },
    '/posts/about': { srcRoute: null },
  },
};

describe('builtPostPages', () => {
  it('lists the prerendered post pages with their real URL and HTML file', () => {
    expect(builtPostPages(manifest, '.next')).toEqual([
      { slug: 'nvidia-earnings', url: '/posts/nvidia-earnings', htmlFile: path.join('.next', 'server', 'app', 'posts', 'nvidia-earnings.html') },
      {
        slug: '日銀会合',
        url: `/posts/${encodeURIComponent('日銀会合')}`,
        htmlFile: path.join('.next', 'server', 'app', 'posts', '日銀会合.html'),
      },
    ]);
  });

  it('refuses a manifest it does not understand', () => {
    expect(() => builtPostPages({}, '.next')).toThrow(/routes/);
  });
});

describe('newestFirst', () => {
  const page = (slug: string): BuiltPostPage => ({ slug, url: `/posts/${slug}`, htmlFile: `${slug}.html` });

  it('orders pages by their documents\' dates (UTC, as the content step writes them), newest first', () => {
    const documents = [
      { slug: 'a', date: '2025-10-31T15:00:00.000Z' },
      { slug: 'b', date: '2025-10-31T16:00:00.000Z' },
      { slug: 'c', date: '2025-12-24T00:00:00.000Z' },
    ];
    expect(newestFirst([page('a'), page('b'), page('c')], documents).map((p) => p.slug)).toEqual(['c', 'b', 'a']);
  });

  it('breaks ties by slug and puts pages without a document last', () => {
    const documents = [
      { slug: 'y', date: '2025-01-01T00:00:00.000Z' },
      { slug: 'x', date: '2025-01-01T00:00:00.000Z' },
    ];
    expect(newestFirst([page('z'), page('y'), page('x')], documents).map((p) => p.slug)).toEqual(['x', 'y', 'z']);
  });
});
