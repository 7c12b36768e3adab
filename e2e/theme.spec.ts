import { expect, test, type Page } from '@playwright/test';
import { postHref } from './helpers';
import { showcasePost } from './reading-helpers';

const path = postHref(showcasePost().slug);
const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(17, 19, 24)';

/**
 * Records the theme at the moment <body> is created, i.e. before anything in
 * the body is parsed or painted and long before React hydrates.
 */
async function recordThemeBeforePaint(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __firstPaintTheme?: { theme: string | null; background: string } };
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      w.__firstPaintTheme = {
        theme: document.documentElement.getAttribute('data-theme'),
        background: getComputedStyle(document.body).backgroundColor,
      };
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

const firstPaint = (page: Page) =>
  page.evaluate(() => (window as unknown as { __firstPaintTheme?: { theme: string | null; background: string } }).__firstPaintTheme);

test('without a choice the theme follows the system, from the first paint', async ({ page }) => {
  await recordThemeBeforePaint(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(path);
  expect(await firstPaint(page)).toEqual({ theme: 'dark', background: DARK_BG });
  await expect(page.locator('body')).toHaveCSS('background-color', DARK_BG);

  await page.emulateMedia({ colorScheme: 'light' });
  await page.reload();
  expect(await firstPaint(page)).toEqual({ theme: 'light', background: LIGHT_BG });
  // A system change while reading is followed too.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the toggle switches theme, and the choice survives a reload without a flash', async ({ page }) => {
  await recordThemeBeforePaint(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(path);
  const toggle = page.getByRole('button', { name: 'ダークモード' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('body')).toHaveCSS('background-color', DARK_BG);
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');

  await page.reload();
  expect(await firstPaint(page)).toEqual({ theme: 'dark', background: DARK_BG });
  await expect(page.getByRole('button', { name: 'ダークモード' })).toHaveAttribute('aria-pressed', 'true');

  // The stored choice wins over the system on other pages too.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('button', { name: 'ダークモード' }).click();
  await page.goto('/archive');
  expect(await firstPaint(page)).toEqual({ theme: 'light', background: LIGHT_BG });
  await expect(page.locator('body')).toHaveCSS('background-color', LIGHT_BG);
});

test('the stored theme is applied by the inline script, before any bundle runs', async ({ page }) => {
  await recordThemeBeforePaint(page);
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  // No Next.js bundle at all: nothing but the inline <head> script can set the theme.
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  expect(await firstPaint(page)).toEqual({ theme: 'dark', background: DARK_BG });
  await expect(page.locator('body')).toHaveCSS('background-color', DARK_BG);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });

  test('the system dark theme still applies through CSS', async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    await expect(page.locator('body')).toHaveCSS('background-color', DARK_BG);
    // Code colours switch with the theme as well.
    const span = page.locator('.article-body pre.shiki span[style]').first();
    const dark = await span.evaluate((el) => el.style.getPropertyValue('--shiki-dark').toLowerCase());
    const rgb = await span.evaluate((el) => getComputedStyle(el).color);
    const [r, g, b] = dark.match(/[0-9a-f]{2}/g)!.map((h) => parseInt(h, 16));
    expect(rgb).toBe(`rgb(${r}, ${g}, ${b})`);
  });
});
