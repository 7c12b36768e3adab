import { expect, test } from '@playwright/test';
import { expectedTerms, expectPath, publishedPosts, siteConfig, termHref } from './helpers';

// Later list pages are rendered on first request (siteConfig.prerenderedListPages), so a page past the end must still be a 404.
const unknownPaths = [
  '/posts/does-not-exist',
  '/tags/存在しないタグ',
  '/categories/存在しないカテゴリ',
  '/no-such-page',
  '/page/999',
  '/tags/存在しないタグ/page/2',
  `${termHref('categories', expectedTerms.categories[0].name)}/page/999`,
  '/authors/存在しない著者/page/2',
];

test('unknown paths answer 404 with a Japanese "not found" page', async ({ page }) => {
  for (const path of unknownPaths) {
    await test.step(path, async () => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveText('ページが見つかりません');
      await expect(page).toHaveTitle(/ページが見つかりません/);
      await expect(page.locator('main')).toContainText('お探しのページは');
      await expect(page.locator('main a[href="/"]')).toHaveText('ホームへ戻る');
    });
  }
});

test('the 404 page links back home', async ({ page }) => {
  await page.goto('/posts/does-not-exist');
  await page.locator('main').getByRole('link', { name: 'ホームへ戻る' }).click();
  await expectPath(page, '/');
  await expect(page.locator('h1')).toHaveText('新着記事');
  await expect(page.locator('.post-card')).toHaveCount(Math.min(publishedPosts.length, siteConfig.postsPerPage));
});
