/**
 * proxy.ts's matcher, compiled as Next compiles it: old Jekyll URLs of any shape
 * reach the proxy's table lookup, while the site's own routes and files never do.
 */
import { readFileSync } from 'node:fs';
import * as pageStaticInfo from 'next/dist/build/analysis/get-page-static-info.js';
import { describe, expect, it } from 'vitest';

// Next's own compiler of matchers (exported by the module, though not declared in its types).
const { getMiddlewareMatchers } = pageStaticInfo as unknown as {
  getMiddlewareMatchers: (matchers: string[], config: object) => { regexp: string }[];
};

function proxyMatchers(): RegExp[] {
  const source = readFileSync('proxy.ts', 'utf8');
  const list = /matcher:\s*(\[[\s\S]*?\]),\n\s*\};/.exec(source)?.[1];
  if (!list) throw new Error('proxy.ts has no matcher list');
  // The list is plain string literals (Next requires that); read them without running the module.
  const matchers = [...list.matchAll(/'((?:[^'\\]|\\.)*)'/g)].map(([, text]) => text.replace(/\\\\/g, '\\'));
  return getMiddlewareMatchers(matchers, {}).map((m) => new RegExp(m.regexp));
}

const matchers = proxyMatchers();
const runsProxy = (path: string) => matchers.some((re) => re.test(new URL(path, 'https://example.jp').pathname));

describe('proxy matcher', () => {
  it('runs the proxy for old URLs of every permalink shape', () => {
    for (const path of [
      '/プログラミング/ruby/2014/07/08/ruby.html',
      '/2014/07/08/ruby',
      '/2014-07-08-ruby.html',
      '/2014/07/ruby/',
      '/blog/ruby',
      '/記事/ruby/index.html',
      '/ruby.html',
    ]) {
      expect(runsProxy(path), path).toBe(true);
    }
  });

  it('leaves the site’s own pages and files alone', () => {
    for (const path of [
      '/',
      '/tags',
      '/authors',
      '/authors/編集部',
      '/archive',
      '/search',
      '/feed.xml',
      '/atom.xml',
      '/sitemap.xml',
      '/robots.txt',
      '/og.png',
      '/icon.svg',
      '/images/hbm-stack.svg',
      '/assets/logo.png',
      '/_next/static/chunks/main.js',
      '/pagefind/pagefind.js',
    ]) {
      expect(runsProxy(path), path).toBe(false);
    }
  });

  it('still runs for the on-demand routes it guards', () => {
    for (const path of ['/page/99', '/tags/ai/page/3', '/posts/ruby', `/posts/${encodeURIComponent('日銀会合')}`, '/posts/ruby/og.png', '/tags/ai', `/categories/${encodeURIComponent('半導体')}`, '/tags/ai/feed.xml', `/categories/${encodeURIComponent('半導体')}/feed.xml`]) expect(runsProxy(path), path).toBe(true);
  });
});
