import { expect, test } from '@playwright/test';
import { cardSlugs, publishedPosts, siteConfig } from './helpers';
import { authorHref, expectedArchive, expectedAuthors } from './reading-helpers';

test('/archive lists every published post by year and month (Japan time) with counts', async ({ page }) => {
  await page.goto('/archive');
  await expect(page.locator('h1')).toHaveText('アーカイブ');
  await expect(page.locator('.page-header')).toContainText(`全${publishedPosts.length}件`);
  const months = expectedArchive();
  await expect(page.locator('.archive__month-title')).toHaveText(months.map((m) => `${m.label}${m.slugs.length}件の記事`));
  for (const month of months) {
    const section = page.locator(`section[id="${month.id}"]`);
    const slugs = await section.locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-slug')));
    expect(slugs).toEqual(month.slugs);
  }
  const years = [...new Set(months.map((m) => m.id.slice(0, 4)))];
  for (const year of years) {
    const count = months.filter((m) => m.id.startsWith(year)).reduce((n, m) => n + m.slugs.length, 0);
    await expect(page.locator(`section[data-year="${year}"] > h2`)).toHaveText(`${year}年${count}件の記事`);
  }
  const allListed = await page.locator('.archive li').count();
  expect(allListed).toBe(publishedPosts.length);
});

test('each author has a page listing their posts, newest first', async ({ page }) => {
  const authors = expectedAuthors();
  expect(authors.length).toBeGreaterThan(1);
  for (const author of authors) {
    await page.goto(authorHref(author.segment));
    await expect(page.locator('h1')).toHaveText(`${author.names[0]}の記事`);
    await expect(page.locator('.page-header')).toContainText(`${author.slugs.length}件の記事`);
    expect(await cardSlugs(page)).toEqual(author.slugs);
  }
});

test('/authors lists every author with a count', async ({ page }) => {
  await page.goto('/authors');
  const authors = expectedAuthors();
  const links = page.locator('.term-index a');
  await expect(links).toHaveCount(authors.length);
  for (const author of authors) {
    await expect(page.locator(`.term-index a[href="${authorHref(author.segment)}"]`)).toContainText(`${author.slugs.length}件の記事`);
  }
});

test('the header navigates to ホーム, カテゴリ, タグ and アーカイブ; the footer has copyright and feed', async ({ page }) => {
  await page.goto('/archive');
  const nav = page.getByRole('navigation', { name: 'メインメニュー' });
  await expect(nav.getByRole('link')).toHaveText(['ホーム', 'カテゴリ', 'タグ', 'アーカイブ']);
  await nav.getByRole('link', { name: 'タグ' }).click();
  await expect(page.locator('h1')).toHaveText('タグ一覧');
  await nav.getByRole('link', { name: 'カテゴリ' }).click();
  await expect(page.locator('h1')).toHaveText('カテゴリ一覧');
  await nav.getByRole('link', { name: 'アーカイブ' }).click();
  await expect(page.locator('h1')).toHaveText('アーカイブ');
  await nav.getByRole('link', { name: 'ホーム' }).click();
  await expect(page.locator('h1')).toHaveText('新着記事');
  const footer = page.locator('footer.site-footer');
  await expect(footer).toContainText(`© ${new Date().getFullYear()} ${siteConfig.name}`);
  await expect(footer.getByRole('link', { name: 'RSSフィード' })).toHaveAttribute('href', '/feed.xml');
});
