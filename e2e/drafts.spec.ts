import { expect, test } from '@playwright/test';
import { draftPosts, expectedTerms, postHref, publishedPosts, scheduledPosts, slugFor, termHref, type ExpectedPost, type TermKind } from './helpers';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const unpublished: [string, ExpectedPost[]][] = [
  ['draft', draftPosts],
  ['future-dated (scheduled)', scheduledPosts],
];

for (const [label, posts] of unpublished) {
  test(`${label} posts appear on no listing page and have no post page`, async ({ page, request }) => {
    if (label === 'draft') expect(posts.length, 'the sample content includes a draft').toBeGreaterThan(0);
    const visible = publishedPosts[0];

    for (const hidden of posts) {
      await test.step(hidden.file, async () => {
        const listingPages = ['/', '/tags', '/categories'];
        for (const kind of ['tags', 'categories'] as TermKind[]) {
          for (const name of hidden[kind]) {
            // A term used only by unpublished posts has no page at all.
            const exists = expectedTerms[kind].some((t) => t.slug === slugFor(kind, name));
            if (exists) listingPages.push(termHref(kind, name));
            else expect((await request.get(termHref(kind, name))).status(), `${kind} ${name} (unpublished posts only)`).toBe(404);
          }
        }

        for (const path of listingPages) {
          const response = await request.get(path);
          expect(response.status(), path).toBe(200);
          // Titles carry <wbr> at phrase breaks (lib/markdown/typography.ts); compare the text without them.
          const html = (await response.text()).replace(/<wbr\/?>/g, '');
          // The check can see titles: a published post on the home page is found the same way.
          if (path === '/') expect(html).toContain(escapeHtml(visible.title));
          expect(html, `${hidden.title} on ${path}`).not.toContain(hidden.title);
          expect(html, `${hidden.title} on ${path}`).not.toContain(escapeHtml(hidden.title));
          expect(html, `link to ${hidden.slug} on ${path}`).not.toContain(postHref(hidden.slug));

          await page.goto(path);
          await expect(page.getByText(hidden.title)).toHaveCount(0);
          await expect(page.locator(`.post-card[data-slug=${JSON.stringify(hidden.slug)}]`)).toHaveCount(0);
        }

        const response = await page.goto(postHref(hidden.slug));
        expect(response?.status()).toBe(404);
        await expect(page.locator('h1')).toHaveText('ページが見つかりません');
        await expect(page.getByText(hidden.title)).toHaveCount(0);
      });
    }
  });
}
