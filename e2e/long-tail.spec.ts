import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { draftPosts, expectedTerms, postHref, publishedPosts, scheduledPosts, siteConfig, termHref } from './helpers';

// Issue 17: only the newest siteConfig.prerenderedPosts posts are built, and no term feed; the others render on
// their first request and are then served from Next's cache (ISR on Vercel). Viewport-independent.

/** The page's <title>, as React escapes text. */
const titleTag = (title: string) =>
  `<title>${title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;')} | ${siteConfig.name}</title>`;

function prerenderedRoutes(): string[] {
  const manifest = JSON.parse(readFileSync(path.join('.next', 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
  return Object.keys(manifest.routes).map((route) => route.normalize('NFC'));
}

test.describe('posts older than the prerendered ones @any-viewport', () => {
  const oldest = publishedPosts.at(-1)!;

  test('the build prerenders the newest posts only', () => {
    // The sample content has more published posts than the setting, so the oldest ones are on demand.
    expect(publishedPosts.length).toBeGreaterThan(siteConfig.prerenderedPosts);
    const routes = prerenderedRoutes();
    const built = publishedPosts.filter((post) => routes.includes(`/posts/${post.slug}`.normalize('NFC')));
    expect(built.map((post) => post.slug)).toEqual(publishedPosts.slice(0, siteConfig.prerenderedPosts).map((post) => post.slug));
  });

  test('an old post answers 200 with its content on first request, and then comes from the cache', async ({ request }) => {
    const first = await request.get(postHref(oldest.slug));
    expect(first.status()).toBe(200);
    const html = await first.text();
    expect(html).toContain(titleTag(oldest.title));
    expect(html).toContain('data-pagefind-body');
    // Cached for the CDN as a prerendered page would be, not rendered per request.
    expect(first.headers()['cache-control'] ?? '').toMatch(/s-maxage=\d+/);

    const second = await request.get(postHref(oldest.slug));
    expect(second.status()).toBe(200);
    expect(second.headers()['x-nextjs-cache']).toBe('HIT');
    expect(await second.text()).toContain(titleTag(oldest.title));
  });

  test('drafts and scheduled posts are never rendered on demand: an uncached 404', async ({ request }) => {
    const hidden = [...draftPosts, ...scheduledPosts];
    expect(hidden.length).toBeGreaterThan(0);
    for (const post of hidden) {
      for (const attempt of [1, 2]) {
        const label = `${post.slug} (request ${attempt})`;
        const response = await request.get(postHref(post.slug), { maxRedirects: 0 });
        expect(response.status(), label).toBe(404);
        expect(response.headers()['cache-control'] ?? '', label).toMatch(/no-store/);
        expect(response.headers()['x-nextjs-cache'], label).not.toBe('MISS');
      }
    }
  });
});

test.describe('term feeds @any-viewport', () => {
  const terms = [expectedTerms.tags.find((t) => /[^\x00-\x7f]/.test(t.slug)), expectedTerms.categories[0]].filter(
    (term): term is (typeof expectedTerms.tags)[number] => term !== undefined,
  );

  test('the build renders none: each renders on its first request', () => {
    expect(terms).toHaveLength(2);
    const routes = prerenderedRoutes();
    expect(routes.filter((route) => /^\/(tags|categories)\/[^/]+\/feed\.xml$/.test(route))).toEqual([]);
  });

  test("a term's feed answers 200 with its posts on first request, and then comes from the cache", async ({ request }) => {
    for (const term of terms) {
      const url = `${termHref(term.kind, term.slug)}/feed.xml`;
      const first = await request.get(url);
      expect(first.status(), url).toBe(200);
      expect(first.headers()['content-type'], url).toMatch(/application\/rss\+xml/);
      const xml = await first.text();
      expect(xml.match(/<item>/g)?.length, url).toBe(Math.min(term.count, siteConfig.feedSize));
      expect(first.headers()['cache-control'] ?? '', url).toMatch(/s-maxage=\d+/);

      const second = await request.get(url);
      expect(second.status(), url).toBe(200);
      expect(second.headers()['x-nextjs-cache'], url).toBe('HIT');
      expect(await second.text(), url).toBe(xml);
    }
  });
});

test.describe('tag and category pages past the most used @any-viewport', () => {
  const listRoutes = (kind: 'tags' | 'categories') =>
    prerenderedRoutes()
      .filter((route) => new RegExp(`^/${kind}/[^/]+$`).test(route))
      .map((route) => route.slice(kind.length + 2));

  test('the build renders page 1 of the terms with the most posts only', () => {
    for (const kind of ['tags', 'categories'] as const) {
      const terms = expectedTerms[kind];
      const built = new Set(listRoutes(kind));
      expect(built.size, kind).toBe(Math.min(terms.length, siteConfig.prerenderedTermPages));
      const fewestBuilt = Math.min(...terms.filter((t) => built.has(t.slug.normalize('NFC'))).map((t) => t.count));
      const mostLeft = Math.max(0, ...terms.filter((t) => !built.has(t.slug.normalize('NFC'))).map((t) => t.count));
      expect(fewestBuilt, kind).toBeGreaterThanOrEqual(mostLeft);
    }
    // The sample content has more tags than that, so some render on demand.
    expect(expectedTerms.tags.length).toBeGreaterThan(siteConfig.prerenderedTermPages);
  });

  test('a tag not built answers 200 with its posts on first request, and then comes from the cache', async ({ request }) => {
    const built = new Set(listRoutes('tags'));
    const tag = expectedTerms.tags.find((t) => !built.has(t.slug.normalize('NFC')))!;
    const url = termHref('tags', tag.slug);
    const first = await request.get(url);
    expect(first.status(), url).toBe(200);
    const html = await first.text();
    for (const slug of tag.postSlugs.slice(0, siteConfig.postsPerPage)) expect(html, slug).toContain(`href="${postHref(slug)}"`);
    expect(first.headers()['cache-control'] ?? '', url).toMatch(/s-maxage=\d+/);

    const second = await request.get(url);
    expect(second.status(), url).toBe(200);
    expect(second.headers()['x-nextjs-cache'], url).toBe('HIT');
  });
});
