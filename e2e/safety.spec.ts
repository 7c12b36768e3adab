import { expect, test } from '@playwright/test';
import { postHref, publishedPosts } from './helpers';

test('raw HTML in a post is sanitised: no script runs, no handlers, no javascript: links', async ({ page }) => {
  const post = publishedPosts.find((p) => p.slug === 'markdown-safety-check');
  expect(post, 'content/posts/2025-09-05-markdown-safety-check.md is published').toBeDefined();
  // The file really contains the dangerous HTML this test is about.
  expect(post!.body).toContain('<script>');
  expect(post!.body).toMatch(/onerror=/);
  expect(post!.body).toMatch(/\]\(javascript:/);

  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  const response = await page.goto(postHref(post!.slug), { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(post!.title);

  const body = page.locator('.article-body');
  await expect(body.getByText('生のHTMLの段落もテキストは残ります。')).toBeVisible();

  // The broken image is kept (without its handler) and has finished failing to load.
  const image = body.locator('img[alt="壊れた画像"]');
  await expect(image).toHaveCount(1);
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth === 0)).toBe(true);

  // The dangerous link keeps its text but goes nowhere; clicking it runs nothing.
  const dangerous = body.getByText('危険なリンク', { exact: true });
  await expect(dangerous).toBeVisible();
  await dangerous.click();
  await page.waitForLoadState('load');

  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  await expect(body.locator('script')).toHaveCount(0);
  await expect(body.locator('[onerror]')).toHaveCount(0);
  const handlerAttributes = await body.evaluate((root) =>
    [...root.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.tagName.toLowerCase()} ${a.name}>`),
    ),
  );
  expect(handlerAttributes).toEqual([]);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expect(body.locator('iframe, object, embed, [style]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
  expect(pageErrors).toEqual([]);
});
