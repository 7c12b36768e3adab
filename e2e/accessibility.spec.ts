import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pageTypePaths, postHref } from './helpers';
import { showcasePost } from './reading-helpers';

// Every page type, with the post that uses the most Markdown features (code, callouts, footnotes, tables).
const pages = { ...pageTypePaths(), post: postHref(showcasePost().slug) };

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((value) => localStorage.setItem('theme', value), theme);
    });

    for (const [name, path] of Object.entries(pages)) {
      test(`axe finds no violations on the ${name} page`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        // Let hydration finish (client components add the copy buttons and the TOC state).
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}

test('keyboard: the first Tab reaches a visible skip link that moves focus to the content', async ({ page }) => {
  await page.goto(pages.post);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '本文へ移動' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  const focusedInMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
  expect(focusedInMain).toBe(true);
});

test('keyboard: focus is always visible', async ({ page }) => {
  await page.goto(pages.post);
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style, `focus ring on ${outline.tag}`).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
});
