import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { draftPosts, postHref, publishedPosts, scheduledPosts, siteConfig } from './helpers';

// Issue 17: only the newest siteConfig.prerenderedPosts posts are built; older ones render on
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
