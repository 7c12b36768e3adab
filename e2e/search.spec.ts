/**
 * Search in real Chromium against the production build: the Pagefind index of the
 * posts in content/posts, the search page, the header dialog and its keyboard use.
 * Expected results are worked out from the Markdown files (e2e/helpers), not from
 * the code under test.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { decodedPath, draftPosts, expectPath, formatJstDate, postHref, publishedPosts, scheduledPosts, type ExpectedPost } from './helpers';

const NO_RESULTS = '該当する記事が見つかりませんでした';

const fold = (text: string) => text.normalize('NFKC').toLowerCase();
const isJapanese = (word: string) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u.test(word);

/** Whether a post's title or body contains the word: Japanese anywhere, other words where a word starts. */
function mentions(post: ExpectedPost, word: string): boolean {
  const text = fold(`${post.title}\n${post.body}`);
  const needle = fold(word);
  if (isJapanese(needle)) return text.includes(needle);
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<=^|[^\\p{L}\\p{N}]|[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー])${escaped}`, 'u').test(text);
}

function slugsMentioning(...words: string[]): string[] {
  return publishedPosts
    .filter((post) => words.every((word) => mentions(post, word)))
    .map((post) => post.slug)
    .sort();
}

function post(slug: string): ExpectedPost {
  const found = publishedPosts.find((p) => p.slug === slug);
  if (!found) throw new Error(`content/posts has no published post ${slug}`);
  return found;
}

/** Opens a page and waits until the header's search shortcuts are live (the page has hydrated). */
async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('.search-button[data-shortcuts-ready]')).toHaveCount(1);
}

function resultLinks(scope: Page | Locator): Locator {
  return scope.locator('[data-search-result-link]');
}

async function resultSlugs(scope: Page | Locator): Promise<string[]> {
  const hrefs = await resultLinks(scope).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => decodeURIComponent(href).replace(/^\/posts\//, '')).sort();
}

async function searchOnPage(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).toHaveAttribute('data-status', 'ready');
  return resultSlugs(page);
}

test.describe('Japanese queries', { tag: '@any-viewport' }, () => {
  test('a two-character word (金利) finds the articles that use it and no others', async ({ page }) => {
    const expected = slugsMentioning('金利');
    expect(expected).toEqual(expect.arrayContaining(['boj-september-meeting-etf-sales', 'fed-cut-boj-hold-yen-outlook']));
    expect(await searchOnPage(page, '金利')).toEqual(expected);
    expect(expected).not.toContain('tsmc-2nm-supply-chain-japan');
  });

  test('a katakana word (データセンター) and a word inside a katakana compound (センター)', async ({ page }) => {
    const expected = slugsMentioning('データセンター');
    expect(expected).toContain('genai-datacenter-power-bottleneck');
    expect(await searchOnPage(page, 'データセンター')).toEqual(expected);
    expect(await searchOnPage(page, 'センター')).toEqual(slugsMentioning('センター'));
    expect(expected).not.toContain('boj-september-meeting-etf-sales');
  });

  test('a word inside a longer compound (半導体 in 半導体メーカー)', async ({ page }) => {
    // The LLM article has 半導体 only as part of 「半導体メーカー各社」.
    const llm = post('llm-inference-cpp-optimization-qa');
    expect(fold(llm.body).match(/半導体/g)).toHaveLength(1);
    expect(llm.body).toContain('半導体メーカー');
    const results = await searchOnPage(page, '半導体');
    expect(results).toEqual(slugsMentioning('半導体'));
    expect(results).toContain(llm.slug);
    expect(results).not.toContain('new-nisa-autumn-checkpoints');
  });

  test('full-width and half-width spellings find the same articles (ＡＩ = AI, ｴﾇﾋﾞﾃﾞｨｱ = エヌビディア)', async ({ page }) => {
    const ai = await searchOnPage(page, 'AI');
    expect(ai).toContain('genai-datacenter-power-bottleneck');
    expect(ai).not.toContain('boj-september-meeting-etf-sales');
    expect(await searchOnPage(page, 'ＡＩ')).toEqual(ai);
    expect(await searchOnPage(page, 'ｴﾇﾋﾞﾃﾞｨｱ')).toEqual(slugsMentioning('エヌビディア'));
    expect(slugsMentioning('エヌビディア')).toEqual(['nvidia-q3-earnings-datacenter-record']);
  });

  test('a mixed query (NVIDIA 決算) needs both words', async ({ page }) => {
    const expected = slugsMentioning('NVIDIA', '決算');
    expect(expected).toContain('nvidia-q3-earnings-datacenter-record');
    expect(await searchOnPage(page, 'NVIDIA 決算')).toEqual(expected);
    // Articles with only one of the two words are not results.
    const onlyOne = slugsMentioning('決算').filter((slug) => !expected.includes(slug));
    expect(onlyOne.length).toBeGreaterThan(0);
  });

  test('a word no article contains says so, even when part of it is common', async ({ page }) => {
    expect(slugsMentioning('暗号資産')).toEqual([]);
    expect(slugsMentioning('資産').length).toBeGreaterThan(0);
    expect(await searchOnPage(page, '暗号資産')).toEqual([]);
    await expect(page.getByRole('status')).toHaveText(NO_RESULTS);
  });
});

test.describe('the index', { tag: '@any-viewport' }, () => {
  test('holds exactly the published posts: no drafts, no scheduled posts', async ({ page }) => {
    await page.goto('/search');
    const urls = await page.evaluate(async (moduleUrl) => {
      const pagefind = await import(moduleUrl);
      await pagefind.init();
      const response = await pagefind.search(null, { filters: {} });
      return Promise.all(response.results.map(async (result: { data: () => Promise<{ url: string }> }) => (await result.data()).url));
    }, '/pagefind/pagefind.js');
    expect(urls.map((url: string) => decodeURIComponent(url)).sort()).toEqual(publishedPosts.map((p) => decodeURIComponent(postHref(p.slug))).sort());
    for (const hidden of [...draftPosts, ...scheduledPosts]) expect(urls).not.toContain(postHref(hidden.slug));
  });

  test('does not find words that only a draft contains', async ({ page }) => {
    expect(draftPosts.length).toBeGreaterThan(0);
    const draftOnly = 'まだら模様';
    expect(draftPosts.some((draft) => mentions(draft, draftOnly))).toBe(true);
    expect(slugsMentioning(draftOnly)).toEqual([]);
    expect(await searchOnPage(page, draftOnly)).toEqual([]);
    await expect(page.getByRole('status')).toHaveText(NO_RESULTS);
  });
});

test.describe('the search page', () => {
  test('is a static page that reads the query in the browser', async ({ request }) => {
    const response = await request.get(`/search?q=${encodeURIComponent('金利')}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['x-nextjs-prerender']).toBeTruthy();
    expect(await response.text()).not.toContain('data-search-result-link');
  });

  test('shows title, JST date, categories and an excerpt with the words marked', async ({ page }) => {
    const expected = slugsMentioning('量子化');
    expect(expected).toEqual(['llm-inference-cpp-optimization-qa']);
    const llm = post(expected[0]);
    await searchOnPage(page, '量子化');
    const result = page.locator('.search-result');
    await expect(result).toHaveCount(1);
    await expect(result.getByRole('link')).toHaveText(llm.title);
    await expect(result.getByRole('link')).toHaveAttribute('href', postHref(llm.slug));
    await expect(result.locator('.search-result__meta')).toContainText(formatJstDate(llm.date));
    for (const category of llm.categories) await expect(result.locator('.search-result__meta')).toContainText(category);
    await expect(result.locator('.search-result__excerpt mark').first()).toHaveText('量子化');
    await expect(result.locator('.search-result__title mark')).toHaveText('量子化');
  });

  test('filters by category and tag, with the filter in the URL and Back undoing it', async ({ page }) => {
    const all = await searchOnPage(page, '金利');
    const category = 'マクロ経済';
    const inCategory = all.filter((slug) => post(slug).categories.includes(category));
    expect(inCategory.length).toBeGreaterThan(0);
    expect(inCategory.length).toBeLessThan(all.length);

    await page.getByLabel('カテゴリ', { exact: true }).selectOption(category);
    await expect.poll(() => new URL(page.url()).searchParams.get('category')).toBe(category);
    await expect.poll(() => resultSlugs(page)).toEqual(inCategory);

    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('category')).toBeNull();
    await expect.poll(() => resultSlugs(page)).toEqual(all);

    const tag = '日銀';
    const withTag = all.filter((slug) => post(slug).tags.includes(tag));
    expect(withTag.length).toBeGreaterThan(0);
    await page.getByLabel('タグ', { exact: true }).selectOption(tag);
    await expect.poll(() => resultSlugs(page)).toEqual(withTag);
    await expect.poll(() => new URL(page.url()).searchParams.get('tag')).toBe(tag);
  });

  test('keeps the typed query in the URL, so Back from an article returns to the results', async ({ page }) => {
    await openPage(page, '/search');
    await page.getByRole('searchbox', { name: '検索キーワード' }).fill('半導体');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('半導体');
    await expect.poll(() => resultSlugs(page)).toEqual(slugsMentioning('半導体'));

    const first = resultLinks(page).first();
    const href = (await first.getAttribute('href')) ?? '';
    await first.click();
    await expectPath(page, decodeURIComponent(href));
    await page.goBack();
    await expectPath(page, '/search');
    await expect(page.getByRole('searchbox', { name: '検索キーワード' })).toHaveValue('半導体');
    await expect.poll(() => resultSlugs(page)).toEqual(slugsMentioning('半導体'));
  });
});

test.describe('the search dialog', () => {
  const dialog = (page: Page) => page.getByRole('dialog', { name: '記事を検索' });

  test('loads nothing of the index, nor the search code, until search is opened', async ({ page }) => {
    const requests: string[] = [];
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) requests.push(request.url());
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    await openPage(page, postHref(publishedPosts[0].slug));
    await page.waitForLoadState('networkidle');
    expect(requests).toEqual([]);
    const scriptsBeforeSearch = new Set(scripts);

    await page.getByRole('link', { name: '記事を検索' }).click();
    await expect(dialog(page)).toBeVisible();
    await expect.poll(() => requests.map((url) => new URL(url).pathname)).toContain('/pagefind/pagefind.js');
    // The results code is its own chunk, fetched now rather than with every page.
    const fetchedForSearch = scripts.filter((path) => path.startsWith('/_next/') && !scriptsBeforeSearch.has(path));
    expect(fetchedForSearch.length).toBeGreaterThan(0);
  });

  test('if the search code cannot be fetched, the search page opens instead', async ({ page }) => {
    await openPage(page, '/');
    await page.waitForLoadState('networkidle');
    // Everything the page needs has loaded; what is fetched from now on is the dialog's results code.
    await page.route('**/_next/static/chunks/**', (route) => route.abort());
    await page.keyboard.press('/');
    await expectPath(page, '/search');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('記事の検索');
  });

  test('keyboard only: / opens it, ↓ moves through the results, Enter opens one', async ({ page }) => {
    await openPage(page, '/');
    await page.keyboard.press('/');
    await expect(dialog(page)).toBeVisible();
    const input = dialog(page).getByRole('searchbox');
    await expect(input).toBeFocused();
    await page.keyboard.type('金利');
    const expected = slugsMentioning('金利');
    await expect.poll(() => resultSlugs(dialog(page))).toEqual(expected);

    const links = resultLinks(dialog(page));
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(input).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');

    const href = (await links.nth(1).getAttribute('href')) ?? '';
    await page.keyboard.press('Enter');
    await expectPath(page, decodeURIComponent(href));
    await expect(dialog(page)).toBeHidden();
    const target = post(decodeURIComponent(href).replace('/posts/', ''));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title);
  });

  test('keyboard only: Ctrl+K opens it, Tab reaches a result, Enter opens it', async ({ page }) => {
    await openPage(page, postHref(publishedPosts[publishedPosts.length - 1].slug));
    await page.keyboard.press('Control+k');
    await expect(dialog(page).getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('NVIDIA 決算');
    await expect.poll(() => resultSlugs(dialog(page))).toEqual(slugsMentioning('NVIDIA', '決算'));
    await page.keyboard.press('Tab');
    const first = resultLinks(dialog(page)).first();
    await expect(first).toBeFocused();
    const href = (await first.getAttribute('href')) ?? '';
    await page.keyboard.press('Enter');
    await expectPath(page, decodeURIComponent(href));
  });

  test('traps focus, closes with Esc and gives focus back to the header button', async ({ page }) => {
    await openPage(page, '/');
    const button = page.getByRole('link', { name: '記事を検索' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toBeVisible();
    await page.keyboard.type('為替');
    await expect(resultLinks(dialog(page)).first()).toBeVisible();

    const focusable = await dialog(page).locator('a[href], button, input').count();
    for (let i = 0; i < focusable + 2; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    }
    for (let i = 0; i < focusable + 2; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    }

    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('Enter in the box opens the full results page for the query', async ({ page }) => {
    await openPage(page, '/');
    await page.keyboard.press('/');
    await page.keyboard.type('生成AI');
    await expect(resultLinks(dialog(page)).first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expectPath(page, '/search');
    expect(new URL(page.url()).searchParams.get('q')).toBe('生成AI');
    await expect.poll(() => resultSlugs(page)).toEqual(slugsMentioning('生成', 'AI'));
  });

  test('/ typed into a text field is just a character', async ({ page }) => {
    await openPage(page, '/search');
    const input = page.getByRole('searchbox', { name: '検索キーワード' });
    await input.click();
    await page.keyboard.type('AI/半導体');
    await expect(input).toHaveValue('AI/半導体');
    await expect(dialog(page)).toHaveCount(0);
    expect(decodedPath(page.url())).toBe('/search');
  });
});

test.describe('under the site\'s security headers', () => {
  test('search runs with the Content-Security-Policy (no eval) and logs no errors or failed requests', async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()} ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });

    const response = await page.goto(`/search?q=${encodeURIComponent('半導体')}`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(csp).not.toContain("'unsafe-eval'");
    await expect(page.getByRole('status')).toHaveAttribute('data-status', 'ready');
    expect(await resultSlugs(page)).toEqual(slugsMentioning('半導体'));

    // On the search page the shortcut moves to that page's box instead of opening the dialog.
    await expect(page.locator('.search-button[data-shortcuts-ready]')).toHaveCount(1);
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('searchbox', { name: '検索キーワード' })).toBeFocused();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await openPage(page, '/');
    await page.keyboard.press('/');
    await page.keyboard.type('NVIDIA 決算');
    await expect.poll(() => resultSlugs(page.getByRole('dialog'))).toEqual(slugsMentioning('NVIDIA', '決算'));
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
});

test.describe('on a phone-sized screen', () => {
  async function overflow(page: Page) {
    return page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      offenders: [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${String(el.className)}`),
    }));
  }

  test('the search page and the dialog fit the width, and the dialog\'s box and results can be reached', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await searchOnPage(page, '金利');
    await page.getByLabel('タグ', { exact: true }).selectOption('日銀');
    await expect(resultLinks(page).first()).toBeVisible();
    let measured = await overflow(page);
    expect(measured.innerWidth).toBe(375);
    expect(measured.scrollWidth, measured.offenders.join(', ')).toBeLessThanOrEqual(375);

    await openPage(page, '/');
    await page.getByRole('link', { name: '記事を検索' }).click();
    const dialog = page.getByRole('dialog', { name: '記事を検索' });
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('データセンター');
    await expect.poll(() => resultSlugs(dialog)).toEqual(slugsMentioning('データセンター'));
    const box = await dialog.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375.5);
    await expect(dialog.getByRole('button', { name: '閉じる' })).toBeInViewport();
    measured = await overflow(page);
    expect(measured.scrollWidth, measured.offenders.join(', ')).toBeLessThanOrEqual(375);

    await dialog.getByRole('button', { name: '閉じる' }).click();
    await expect(dialog).toBeHidden();
  });
});
