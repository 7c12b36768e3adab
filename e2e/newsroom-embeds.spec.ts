/**
 * Figures, embeds and math in a post (issue 18, sections 6–8), against the
 * production server, on the desktop and 375 px projects: the figure and its
 * caption, the lite YouTube player that makes its iframe only on a click, the X
 * and link cards, KaTeX math with its stylesheet only where there is math, no
 * request to any other site while the page loads, axe in both themes, valid HTML.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { postHref, publishedPosts, siteHtmlValidator } from './helpers';

function embedsPost() {
  const post = publishedPosts.find(
    (p) => /^https:\/\/www\.youtube\.com\/watch\?v=\S+$/m.test(p.body) && /^https:\/\/x\.com\/\S+\/status\/\d+$/m.test(p.body) && /^\$\$$/m.test(p.body),
  );
  if (!post) throw new Error('content/posts needs a published post with a YouTube URL, an X post URL and $$ math on lines of their own');
  return post;
}

const path = postHref(embedsPost().slug);
const KATEX_CSS = '/katex/katex.min.css';

/** Every request the page makes to another host is recorded and answered here, never sent out. */
async function recordOtherHosts(page: Page, baseURL: string): Promise<string[]> {
  const origin = new URL(baseURL).origin;
  const requests: string[] = [];
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    requests.push(url);
    if (url.startsWith('https://www.youtube-nocookie.com/')) {
      // A stand-in for YouTube's player page, itself a complete page so that axe (which reads frames too) checks our part only.
      return route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><html lang="ja"><title>player</title><main><h1>player</h1></main></html>',
      });
    }
    return route.abort();
  });
  return requests;
}

test('the page asks no other site for anything while it loads, images and lazy parts included', async ({ page, baseURL }) => {
  const others = await recordOtherHosts(page, baseURL!);
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  expect(others).toEqual([]);
});

test('a figure shows its image with the caption line and the credit from the image title', async ({ page }) => {
  await page.goto(path);
  const figure = page.locator('.article-body figure.figure').first();
  await expect(figure.locator('img')).toBeVisible();
  await expect(figure.locator('figcaption .figure__caption')).toHaveText('日米の政策金利差（実線）とドル円相場（破線）の推移');
  await expect(figure.locator('figcaption .figure__credit')).toHaveText('出典: 各国中央銀行の公表値をもとに編集部作成');
  await expect(figure.locator('img')).not.toHaveAttribute('title', /.*/);
});

test('the lite player becomes a youtube-nocookie iframe only when the reader presses play', async ({ page, baseURL }) => {
  const others = await recordOtherHosts(page, baseURL!);
  await page.goto(path);
  const player = page.locator('.lite-youtube');
  const play = player.getByRole('button', { name: 'YouTube動画を再生' });
  await expect(play).toBeVisible();
  await expect(player.locator('iframe')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  expect(others).toEqual([]);

  await play.click();
  const iframe = player.locator('iframe');
  await expect(iframe).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1');
  await expect(iframe).toHaveAttribute('title', 'YouTube動画');
  await expect(iframe).toBeVisible();
  await expect(play).toHaveCount(0);
  await expect.poll(() => others).toEqual(['https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1']);
  // The CSP lets exactly that frame load: the stub player answered inside it.
  await expect(page.frameLocator('.lite-youtube iframe').locator('h1')).toHaveText('player');
});

test('the X post and the link card link to their pages, with no widget script', async ({ page }) => {
  await page.goto(path);
  const xCard = page.locator('.link-card--x a');
  await expect(xCard).toHaveAttribute('href', /^https:\/\/x\.com\/technewsdesk_jp\/status\/\d+$/);
  await expect(xCard).toContainText('@technewsdesk_jp さんのポストを X で読む');
  const card = page.locator('.link-card:not(.link-card--x) a');
  await expect(card).toHaveAttribute('href', 'https://www.boj.or.jp/mopo/mpmdeci/index.htm');
  await expect(card.locator('.link-card__title')).toHaveText('金融政策決定会合の決定内容');
  await expect(card.locator('.link-card__site')).toHaveText('日本銀行（www.boj.or.jp）');
  await expect(card.locator('img')).toHaveAttribute('src', /^\/embeds\/cards\//);
  await expect(page.locator('script[src*="widgets.js"], iframe')).toHaveCount(0);
});

test('math is typeset with KaTeX’s local fonts, and dollar amounts in the prose stay text', async ({ page }) => {
  await page.goto(path);
  await expect(page.locator(`link[rel="stylesheet"][href="${KATEX_CSS}"]`)).toHaveCount(1);
  const display = page.locator('.article-body .katex-display');
  await expect(display).toBeVisible();
  await expect(page.locator('.article-body .katex').first()).toBeVisible();
  expect(await page.locator('.article-body .katex').count()).toBeGreaterThanOrEqual(5);
  await expect
    .poll(() => page.evaluate(() => document.fonts.check('16px KaTeX_Main') && getComputedStyle(document.querySelector('.katex')!).fontFamily))
    .toContain('KaTeX_Main');
  await expect(page.locator('.article-body')).toContainText('$100と$200の債券を比べる');
  // A wide formula scrolls inside its own box instead of widening the page (375 px).
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a post without math or video links no KaTeX stylesheet and has no player', async ({ page }) => {
  const plain = publishedPosts.find((p) => !p.body.includes('$') && !/youtu/.test(p.body));
  expect(plain, 'a sample post without math or video').toBeDefined();
  await page.goto(postHref(plain!.slug));
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator(`link[href="${KATEX_CSS}"]`)).toHaveCount(0);
  await expect(page.locator('.lite-youtube')).toHaveCount(0);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the ${theme} theme, before and after the player starts`, async ({ page, baseURL }) => {
    await recordOtherHosts(page, baseURL!);
    await page.addInitScript((value) => localStorage.setItem('theme', value), theme);
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.waitForLoadState('networkidle');
    const summary = async () =>
      (await new AxeBuilder({ page }).include('.article').analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(await summary()).toEqual([]);
    await page.getByRole('button', { name: 'YouTube動画を再生' }).click();
    await expect(page.locator('.lite-youtube iframe')).toBeVisible();
    expect(await summary()).toEqual([]);
  });
}

test('the post is valid HTML @any-viewport', async ({ request }) => {
  const validator = siteHtmlValidator();
  const html = await (await request.get(path)).text();
  const report = await validator.validateString(html, 'post.html');
  const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
  expect(errors).toEqual([]);
});
