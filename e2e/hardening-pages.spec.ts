import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { authorPath } from '../lib/urls/routes';
import { expectedTerms, h1FromHtml, postHref, publishedPosts, siteConfig, termHref } from './helpers';

// Issue 14, finding 12, for the list pages: pages past siteConfig.prerenderedListPages
// render on first request and Next caches whatever they answer, 404s included.
// Every URL no post or list backs must be a 404 nothing keeps. Viewport-independent.

const NOT_FOUND_HEADING = 'ページが見つかりません';

/** A number or segment different on every run, so no earlier run's cache entry can answer it. */
const fresh = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
const freshPage = () => String(100_000 + Math.floor(Math.random() * 900_000_000));

const pagesOf = (count: number) => Math.max(1, Math.ceil(count / siteConfig.postsPerPage));
const tag = expectedTerms.tags[0];
const category = expectedTerms.categories[0];
const author = publishedPosts.find((post) => post.author)!.author!;
const authorCount = publishedPosts.filter((post) => post.author === author).length;
const homePages = pagesOf(publishedPosts.length);

/**
 * What `next start` stored for one URL: it keeps what it renders on first request
 * under .next/server/route-cache/<kind>/<build>/$<path>.html, .rsc, .meta, ….
 * (Prerendered pages are copied there when first served, so count per URL, not in total.)
 */
function routeCacheEntries(url: string): string[] {
  const dir = path.join('.next', 'server', 'route-cache');
  if (!existsSync(dir)) return [];
  const stored = `/$${decodeURIComponent(url)}`.normalize('NFC');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => `/${file.split(path.sep).slice(2).join('/')}`.normalize('NFC'))
    .filter((file) => file.startsWith(`${stored}.`) || file.startsWith(`${stored}/`));
}

async function expectUncached404(request: APIRequestContext, url: string, heading = true) {
  // Twice: a cached answer would show on the second request.
  for (const attempt of [1, 2]) {
    const label = `${decodeURIComponent(url)} (request ${attempt})`;
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), label).toBe(404);
    const cacheControl = response.headers()['cache-control'] ?? '';
    expect(cacheControl, label).toMatch(/no-store/);
    expect(cacheControl, label).not.toMatch(/s-maxage|public/);
    // MISS: this URL was rendered and stored. (Next's own 404 page, prerendered once, says HIT for every URL it answers.)
    expect(response.headers()['x-nextjs-cache'], label).not.toBe('MISS');
    if (heading) expect(await response.text(), label).toContain(NOT_FOUND_HEADING);
  }
  expect(routeCacheEntries(url), `${decodeURIComponent(url)}: stored in the route cache`).toEqual([]);
}

test.describe('URLs no post or list backs @any-viewport', () => {
  test('later pages that no list has are uncached 404s', async ({ request }) => {
    for (const url of [
      '/page/999',
      `/page/${homePages + 1}`,
      `/page/${freshPage()}`,
      `${termHref('tags', tag.name)}/page/${pagesOf(tag.count) + 1}`,
      `${termHref('categories', category.name)}/page/${freshPage()}`,
      `${authorPath(author)}/page/${pagesOf(authorCount) + 1}`,
      `/tags/ai/page/99`,
      `/tags/${encodeURIComponent(`存在しないタグ-${fresh()}`)}/page/2`,
      `/categories/x-${fresh()}/page/2`,
      `/authors/nobody-${fresh()}/page/2`,
    ]) {
      await expectUncached404(request, url);
    }
  });

  test('page numbers the routes do not read are uncached 404s; page 1 lives at the list URL only', async ({ request }) => {
    for (const url of ['/page/1', '/page/0', '/page/01', '/page/abc', '/page/-1', `${termHref('tags', tag.name)}/page/1`, `${authorPath(author)}/page/02`]) {
      await expectUncached404(request, url);
    }
  });

  test('unknown posts, lists and feeds are uncached 404s', async ({ request }) => {
    for (const url of [
      `/posts/no-such-post-${fresh()}`,
      `/posts/${encodeURIComponent(`存在しない記事-${fresh()}`)}`,
      `/tags/${encodeURIComponent(`存在しないタグ-${fresh()}`)}`,
      `/categories/no-such-category-${fresh()}`,
      `/authors/${encodeURIComponent(`存在しない著者-${fresh()}`)}`,
    ]) {
      await expectUncached404(request, url);
    }
    // Feeds are XML: their 404 is not the HTML page.
    for (const url of [`/tags/no-such-tag-${fresh()}/feed.xml`, `/categories/${encodeURIComponent(`存在しない-${fresh()}`)}/feed.xml`]) {
      await expectUncached404(request, url, false);
    }
  });
});

test.describe('real pages still answer @any-viewport', () => {
  test('lists, their later pages and posts are 200 with their content', async ({ request }) => {
    const laterPages = Array.from({ length: homePages - 1 }, (_, i) => `/page/${i + 2}`);
    for (const url of ['/', termHref('tags', tag.name), termHref('categories', category.name), authorPath(author), ...laterPages]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(await response.text(), url).toContain('class="post-card');
    }
    // The route cache check above can fail: a page that exists is stored there once served.
    expect(routeCacheEntries(termHref('tags', tag.name)).length).toBeGreaterThan(0);
    const post = publishedPosts[0];
    const response = await request.get(postHref(post.slug));
    expect(response.status()).toBe(200);
    expect(h1FromHtml(await response.text())).toBe(post.title);
  });

  test('a Japanese tag is found, and its pages past the end are not, in either Unicode form', async ({ request }) => {
    const japanese = expectedTerms.tags.find((term) => /[^\x00-\x7f]/.test(term.slug))!;
    expect((await request.get(termHref('tags', japanese.name))).status()).toBe(200);
    const beyond = pagesOf(japanese.count) + 1;
    for (const slug of [japanese.slug, japanese.slug.normalize('NFD')]) {
      await expectUncached404(request, `/tags/${encodeURIComponent(slug)}/page/${beyond}`);
    }
  });
});
