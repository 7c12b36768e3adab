import { expect, test, type APIRequestContext } from '@playwright/test';
import { draftPosts, postHref, publishedPosts } from './helpers';

// Issue 14, findings 11 and 12: share images. Viewport-independent, so the phone project skips them.

function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A slug no post has, different on every run so no earlier run's cache entry can answer it. */
function madeUpSlug(label: string) {
  return `no-such-post-${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

async function expectUncached404(request: APIRequestContext, path: string) {
  // Twice: a cached answer would show on the second request.
  for (const attempt of [1, 2]) {
    const response = await request.get(path);
    expect(response.status(), `${path} (request ${attempt})`).toBe(404);
    expect(response.headers()['cache-control'] ?? '', `${path} (request ${attempt})`).toMatch(/no-store/);
    expect(response.headers()['cache-control'] ?? '').not.toMatch(/s-maxage|public/);
    expect(response.headers()['x-nextjs-cache'], `${path} (request ${attempt})`).toBeUndefined();
  }
}

test.describe('share images of unknown slugs @any-viewport', () => {
  test('a made-up slug is a 404 that nothing may cache', async ({ request }) => {
    await expectUncached404(request, `/posts/${madeUpSlug('latin')}/og.png`);
    await expectUncached404(request, `/posts/${encodeURIComponent(`存在しない記事-${madeUpSlug('ja')}`)}/og.png`);
    await expectUncached404(request, '/posts/%E0%A4%A/og.png');
  });

  test('a draft has no share image, uncached too', async ({ request }) => {
    for (const post of draftPosts) await expectUncached404(request, `${postHref(post.slug)}/og.png`);
  });

  test("a post's share image is still a 1200×630 PNG", async ({ request }) => {
    for (const post of [publishedPosts[0], publishedPosts.at(-1)!]) {
      const response = await request.get(`${postHref(post.slug)}/og.png`);
      expect(response.status(), post.slug).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    }
  });
});
