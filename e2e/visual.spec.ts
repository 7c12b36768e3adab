import { expect, test, type Page } from '@playwright/test';
import { pageTypePaths, postHref, siteConfig, publishedPosts } from './helpers';
import { showcasePost } from './reading-helpers';

/**
 * Screenshots of every page type, full page, in both themes, compared with
 * baselines taken from the build before the components moved from globals.css
 * classes to Tailwind utilities: restyling must not move anything. After a
 * deliberate design change, regenerate with `--update-snapshots` and review
 * the new PNGs in e2e/visual.spec.ts-snapshots/.
 */

const paths: Record<string, string> = {
  ...pageTypePaths(),
  // The post with the most kinds of Markdown output: TOC, code, table, footnotes, callout, image.
  post: postHref(showcasePost().slug),
  ...(publishedPosts.length > siteConfig.postsPerPage ? { 'home page 2': '/page/2' } : {}),
};

// Antialiasing of CJK glyphs may differ by a few pixels between runs; a real change (a margin,
// a colour, a border) touches far more pixels than this. VISUAL_MAX_DIFF_RATIO=0 lists every
// changed pixel, to check that a restyle moved nothing at all.
const tolerance = { fullPage: true, maxDiffPixelRatio: Number(process.env.VISUAL_MAX_DIFF_RATIO ?? 0.002), timeout: 60_000 } as const;

async function settle(page: Page): Promise<void> {
  // Lazy images below the fold are not fetched for a full-page capture unless asked for.
  await page.evaluate(async () => {
    const images = [...document.images];
    for (const image of images) image.loading = 'eager';
    await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
    await document.fonts.ready;
  });
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });
    // A full-page capture of a long post is taken until two in a row agree: slow on a shared 2-core machine.
    test.setTimeout(180_000);

    for (const [name, path] of Object.entries(paths)) {
      test(`${name} looks as designed`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        if (name === 'search') await expect(page.getByRole('status')).toHaveAttribute('data-status', 'ready');
        await settle(page);
        await expect(page).toHaveScreenshot(`${name.replaceAll(' ', '-')}-${theme}.png`, tolerance);
      });
    }

    test('the search dialog with results looks as designed', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('.search-button[data-shortcuts-ready]')).toHaveCount(1);
      await page.locator('.search-button').click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await dialog.getByRole('searchbox').fill('金利');
      await expect(dialog.getByRole('status')).toHaveAttribute('data-status', 'ready');
      await expect(dialog.locator('[data-search-result-link]').first()).toBeVisible();
      await settle(page);
      await expect(page).toHaveScreenshot(`search-dialog-${theme}.png`, { maxDiffPixelRatio: tolerance.maxDiffPixelRatio, timeout: tolerance.timeout });
    });
  });
}
