import { expect, test, type Page } from '@playwright/test';
import { expectedTerms, hasTable, postHref, publishedPosts, richPost, siteConfig, termHref } from './helpers';

async function measure(page: Page) {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate((viewport) => {
    // Elements reaching past the configured viewport width, for the failure message.
    const offenders = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > viewport + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} → ${Math.round(el.getBoundingClientRect().right)}px`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, offenders };
  }, page.viewportSize()!.width);
}

const safetyPost = publishedPosts.find((p) => p.slug === 'markdown-safety-check');
const tablePost = publishedPosts.find((p) => hasTable(p) && p.slug !== 'markdown-safety-check');
const busiestTag = [...expectedTerms.tags].sort((a, b) => b.count - a.count)[0];

const overflowPages: [string, string | undefined][] = [
  ['home', '/'],
  ['post with a long URL', safetyPost && postHref(safetyPost.slug)],
  ['post with a table', tablePost && postHref(tablePost.slug)],
  ['post with a code block', richPost() && postHref(richPost()!.slug)],
  ['tag index', '/tags'],
  ['category index', '/categories'],
  ['tag page', busiestTag && termHref('tags', busiestTag.slug)],
];

// On the phone project this is the 375 px check; on desktop it checks the wide layout the same way.
test('no page is wider than the viewport (no horizontal scrolling)', async ({ page }, testInfo) => {
  for (const [label, path] of overflowPages) {
    await test.step(`${label}: ${path}`, async () => {
      expect(path, `the content provides a ${label}`).toBeDefined();
      const response = await page.goto(path!);
      expect(response?.status()).toBe(200);
      const { scrollWidth, innerWidth, offenders } = await measure(page);
      // A phone browser zooms out to fit content wider than the viewport, which grows innerWidth.
      expect(innerWidth, `${label}: the browser zoomed out to fit wide content (${offenders.join(', ')})`).toBe(page.viewportSize()!.width);
      if (testInfo.project.name === 'phone') expect(innerWidth).toBe(375);
      expect
        .soft(scrollWidth, `${label} is wider than the viewport; elements past the edge: ${offenders.join(', ')}`)
        .toBeLessThanOrEqual(innerWidth);
    });
  }
});

test('<html lang="ja"> on every page type', async ({ page }) => {
  const category = expectedTerms.categories[0];
  const pages = [
    '/',
    ...(publishedPosts.length > siteConfig.postsPerPage ? ['/page/2'] : []),
    postHref(publishedPosts[0].slug),
    '/tags',
    termHref('tags', expectedTerms.tags[0].slug),
    '/categories',
    termHref('categories', category.slug),
    '/posts/does-not-exist',
  ];
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'ja');
    await expect(page.locator('h1'), path).toHaveCount(1);
  }
});
