/**
 * Issue 14, findings 9 and 10: links that leave the site are always treated as
 * external, the client router never pushes a path that leaves the origin, and no
 * id repeats on a post page.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectPath, postHref, publishedPosts } from './helpers';
import { siteOrigin } from './reading-helpers';

/** Records every request the page makes to evil.example, and stops it. */
async function blockEvil(page: Page): Promise<string[]> {
  const requests: string[] = [];
  await page.route(
    (url) => url.hostname === 'evil.example',
    (route) => {
      requests.push(route.request().url());
      return route.abort();
    },
  );
  return requests;
}

/** Puts a link into the page's <main> (which the layout keeps across client navigations) and returns it. */
async function injectLink(page: Page, href: string, text: string) {
  await page.evaluate(
    ([href, text]) => {
      const link = document.createElement('a');
      link.href = href;
      link.textContent = text;
      document.querySelector('main')!.prepend(link);
    },
    [href, text],
  );
  return page.getByRole('link', { name: text, exact: true });
}

test('the client router leaves /.//evil.example/z to the browser, which stays on the site', async ({ page, baseURL }) => {
  const [first, second] = publishedPosts;
  const evilRequests = await blockEvil(page);
  await page.goto(postHref(first.slug));

  // Proof that the router is live: a plain link to another post navigates without a reload.
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  await (await injectLink(page, postHref(second.slug), '次の記事')).click();
  await expectPath(page, `/posts/${second.slug}`);
  await expect(page.locator('h1')).toHaveText(second.title);
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

  // Same origin as a URL, but its pathname `//evil.example/z` reads as protocol-relative.
  await (await injectLink(page, '/.//evil.example/z', '紛らわしいリンク')).click();
  await expect.poll(() => new URL(page.url()).pathname).not.toBe(`/posts/${second.slug}`);
  await page.waitForLoadState('load');
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  expect(evilRequests).toEqual([]);
});

for (const post of publishedPosts) {
  test(`@any-viewport ${post.slug}: no id repeats, and every id reference finds its element`, async ({ page }) => {
    await page.goto(postHref(post.slug));
    await page.waitForLoadState('networkidle');
    const { repeated, dangling, footnoteLabels } = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
      const references = [...document.querySelectorAll('[aria-describedby], [aria-labelledby], [aria-controls], label[for]')].flatMap((el) =>
        ['aria-describedby', 'aria-labelledby', 'aria-controls', 'for'].flatMap((name) => el.getAttribute(name)?.split(/\s+/).filter(Boolean) ?? []),
      );
      return {
        repeated: ids.filter((id, i) => ids.indexOf(id) !== i),
        dangling: references.filter((id) => !document.getElementById(id)),
        // Where each footnote reference's description resolves: the footnote section's own label.
        footnoteLabels: [...document.querySelectorAll('a[data-footnote-ref]')].map((ref) => {
          const label = document.getElementById(ref.getAttribute('aria-describedby') ?? '');
          return label?.parentElement?.matches('section[data-footnotes]') ? 'ok' : label?.outerHTML.slice(0, 80) ?? 'missing';
        }),
      };
    });
    expect(repeated).toEqual([]);
    expect(dangling).toEqual([]);
    expect(footnoteLabels.filter((label) => label !== 'ok')).toEqual([]);
  });

  test(`@any-viewport ${post.slug}: every article link that leaves the site has rel="noopener noreferrer" (and "sponsored" in a PR post) and the marker`, async ({ page }) => {
    await page.goto(postHref(post.slug));
    const links = await page.locator('.article-body a[href]').evaluateAll((anchors) =>
      anchors.map((a) => ({
        href: a.getAttribute('href')!,
        rel: a.getAttribute('rel'),
        marked: a.querySelector('.external-link__mark') !== null,
      })),
    );
    // Resolved as on the production site, whose origin the build was given.
    const offsite = links.filter(({ href }) => {
      const url = new URL(href, siteOrigin);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== siteOrigin;
    });
    const rel = post.sponsored ? 'sponsored noopener noreferrer' : 'noopener noreferrer';
    for (const link of offsite) expect(link, link.href).toMatchObject({ rel, marked: true });
  });
}
