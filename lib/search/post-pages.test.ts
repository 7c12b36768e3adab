import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPostPages } from './post-pages';

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
