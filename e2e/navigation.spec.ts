import { expect, test } from '@playwright/test';
import { expectPath, expectedTerms, publishedPosts, slugFor, termLabels } from './helpers';

test('a reader goes home → post → tag → category, then back to the tag page', async ({ page }) => {
  // The newest post that has a tag whose page also lists a post with a category.
  const plan = publishedPosts
    .flatMap((post) =>
      post.tags.map((tag) => {
        const term = expectedTerms.tags.find((t) => t.slug === slugFor('tags', tag))!;
        const listed = term.postSlugs
          .map((slug) => publishedPosts.find((p) => p.slug === slug)!)
          .filter((p) => p.categories.length > 0);
        // Prefer continuing through a different post than the one we came from.
        const other = listed.find((p) => p.slug !== post.slug) ?? listed[0];
        return other ? { post, tag, term, other, category: other.categories[0] } : undefined;
      }),
    )
    .find((step) => step !== undefined);
  expect(plan, 'the content has a post with a tag and a category').toBeDefined();
  const { post, tag, term, other, category } = plan!;
  const tagPath = `/tags/${term.slug}`;
  const categoryPath = `/categories/${slugFor('categories', category)}`;
  const categoryTerm = expectedTerms.categories.find((t) => t.slug === slugFor('categories', category))!;

  await page.goto('/');
  await expectPath(page, '/');
  await expect(page.locator('h1')).toHaveText('新着記事');
  // Links are plain <a>; the client router must still handle them (no document reload).
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  const sameDocument = () => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument);

  await page.locator(`.post-card[data-slug=${JSON.stringify(post.slug)}] h2 a`).click();
  await expectPath(page, `/posts/${post.slug}`);
  await expect(page.locator('h1')).toHaveText(post.title);

  await page.locator('.article__footer .term-links--tags').getByRole('link', { name: `#${term.name}`, exact: true }).click();
  await expectPath(page, tagPath);
  await expect(page.locator('h1')).toHaveText(termLabels.tags.title(term.name));
  await expect(page.locator('.post-card')).toHaveCount(term.count);

  await page
    .locator(`.post-card[data-slug=${JSON.stringify(other.slug)}] .term-links--categories`)
    .getByRole('link', { name: categoryTerm.name, exact: true })
    .click();
  await expectPath(page, categoryPath);
  await expect(page.locator('h1')).toHaveText(termLabels.categories.title(categoryTerm.name));
  await expect(page.locator('.post-card')).toHaveCount(categoryTerm.count);

  await page.goBack();
  await expectPath(page, tagPath);
  await expect(page.locator('h1')).toHaveText(termLabels.tags.title(term.name));
  await expect(page.locator('.post-card')).toHaveCount(term.count);
  expect(await sameDocument(), 'every step was a client-side navigation').toBe(true);
});

test('the header and footer links navigate on the client, and open in a new tab when asked', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  await page.locator('.site-footer').getByRole('link', { name: 'アーカイブ' }).click();
  await expectPath(page, '/archive');
  await page.locator('.site-header__name').click();
  await expectPath(page, '/');
  await expect(page.locator('h1')).toHaveText('新着記事');
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

  // Ctrl/⌘-click is the browser's: a new tab with the page, this one unchanged.
  const opened = context.waitForEvent('page');
  await page.locator('.site-header').getByRole('link', { name: 'タグ' }).click({ modifiers: ['ControlOrMeta'] });
  const tab = await opened;
  await tab.waitForLoadState();
  await expectPath(tab, '/tags');
  await expectPath(page, '/');
});
