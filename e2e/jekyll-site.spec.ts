/**
 * Moving from Jekyll, built for real: the mini Jekyll site of test/fixtures/jekyll-site,
 * imported into a project of its own and built with `npm run build`, served on
 * E2E_JEKYLL_PORT by scripts/e2e/jekyll-site-server.ts (the second web server of
 * playwright.config.ts). Its old URLs redirect to posts that answer, and its pages show
 * what the Jekyll site showed: highlighted code, post_url links and #id anchors that
 * land, included text, excerpts cut at `<!--more-->`, dates from file names, both
 * same-name posts, one h1 and no Liquid left in the text.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { importJekyllSite } from '../lib/content/jekyll-import';
import { siteConfig } from '../lib/config';
import { WARM_EDIT } from '../scripts/e2e/warm-edit';

const siteDir = path.resolve('test/fixtures/jekyll-site');
test.use({ baseURL: `http://127.0.0.1:${process.env.E2E_JEKYLL_PORT}` });

type UrlRow = { oldPath: string; newPath: string; file: string };

/**
 * The old → new URL table the importer writes (content/jekyll-urls.csv), made again from the
 * same site into a folder of this test's own: the server's copy is in its scratch project.
 */
function importedUrlTable(): UrlRow[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'jekyll-site-urls-'));
  try {
    const contentDir = path.join(dir, 'content');
    importJekyllSite({ siteDir, contentDir, publicDir: path.join(dir, 'public'), projectDir: dir });
    const lines = readFileSync(path.join(contentDir, 'jekyll-urls.csv'), 'utf8').trim().split('\n');
    if (lines[0] !== 'old_path,new_path,file') throw new Error(`jekyll-urls.csv の見出しが違います: ${lines[0]}`);
    return lines.slice(1).map((line) => {
      const [oldPath, newPath, file] = line.split(',');
      return { oldPath, newPath, file };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const urlRows = importedUrlTable();
const postPaths = [...new Set(urlRows.map((row) => row.newPath))];

/** The path as it arrives at the server, percent-encoded as a browser sends it. */
const sent = (p: string) => new URL(p, 'http://x').pathname;

/** Follows redirects by hand: every hop permanent (Next drops a trailing `/` first, then the proxy answers); returns where they end. */
async function followPermanentRedirects(request: APIRequestContext, from: string): Promise<string> {
  let current = sent(from);
  for (let hop = 0; hop < 3; hop += 1) {
    const response = await request.get(current, { maxRedirects: 0 });
    if (response.status() === 200) return decodeURIComponent(current);
    expect(response.status(), `${from} (at ${decodeURIComponent(current)})`).toBe(308);
    current = new URL(response.headers().location, 'http://x').pathname;
  }
  return decodeURIComponent(current);
}

/** The page's visible text outside code (<pre>, <code>), where Liquid shown as an example belongs. */
async function textOutsideCode(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (const element of document.querySelectorAll('pre, code')) element.remove();
    return document.body.innerText;
  });
}

/** The page scrolled so that the element is at the top of the window (or as near as the page's length allows). */
async function expectScrolledTo(page: Page, selector: string) {
  await expect
    .poll(() =>
      page.locator(selector).evaluate((element) => {
        const top = element.getBoundingClientRect().top;
        const atBottom = Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight;
        return top >= 0 && (top < 80 || atBottom) && window.scrollY > 0;
      }),
    )
    .toBe(true);
}

test.describe('the imported Jekyll site, built', () => {
  test('the URL table lists the published posts under the permalink pattern and their own permalink:', () => {
    // Ten published posts of twelve (one published: false, one in _drafts/).
    expect(urlRows).toHaveLength(10);
    // /:categories/:year/:month/:day/:title/, with the day Jekyll used (23:30:00 without an offset is UTC: the 8th in Tokyo).
    expect(urlRows).toContainEqual({ oldPath: '/日記/2014/07/08/tanabata/', newPath: '/posts/tanabata', file: '2014-07-07-tanabata.md' });
    expect(urlRows).toContainEqual({ oldPath: '/記事/古い住所/', newPath: '/posts/old-address', file: '2015-05-10-old-address.md' });
    expect(urlRows).toContainEqual({ oldPath: '/プログラミング/2013/01/05/ruby/', newPath: '/posts/ruby', file: '2013-01-05-ruby.markdown' });
    expect(urlRows).toContainEqual({
      oldPath: '/プログラミング/2014/03/01/ruby/',
      newPath: '/posts/ruby-2014-03-01',
      file: '2014-03-01-ruby.markdown',
    });
  });

  test('every old URL, in every spelling, answers 308 to its post, which answers 200', async ({ request }) => {
    for (const { oldPath, newPath } of urlRows) {
      const bare = oldPath.replace(/\/$/, '');
      const spellings = oldPath.endsWith('/') ? [oldPath, bare, `${bare}.html`, `${oldPath}index.html`] : [oldPath, `${oldPath}.html`];
      for (const from of spellings) {
        const first = await request.get(sent(from), { maxRedirects: 0 });
        expect(first.status(), from).toBe(308);
        expect(await followPermanentRedirects(request, from), from).toBe(newPath);
      }
      // The Japanese form as typed, sent by a browser and followed to the end.
      const response = await request.get(sent(oldPath));
      expect(response.status(), oldPath).toBe(200);
      expect(decodeURIComponent(new URL(response.url()).pathname), oldPath).toBe(newPath);
    }
  });

  test('what was not published has no page and no old URL', async ({ request }) => {
    for (const gone of ['/posts/unpublished', '/posts/書きかけの記事', '/2016/01/01/unpublished', '/2016/01/01/unpublished.html']) {
      expect((await request.get(sent(gone), { maxRedirects: 0 })).status(), gone).toBe(404);
    }
  });

  test('a highlight block is highlighted code with its language, its # comment not a heading', async ({ page }) => {
    await page.goto('/posts/liquid-highlight');
    const body = page.locator('.article-body');
    const block = body.locator('.code-block[data-language="ruby"]');
    await expect(block).toHaveCount(1);
    await expect(block.locator('.code-block__label')).toHaveText('Ruby');
    const code = block.locator('pre code.language-ruby');
    await expect(code).toContainText('# => 7 になります');
    await expect(code).toContainText('puts 3 + 4');
    // Highlighted: Shiki's coloured spans, one per token.
    expect(await code.locator('span[style*="--shiki-light"]').count()).toBeGreaterThan(2);
    await expect(body.locator('h1, h2, h3, h4, h5, h6').filter({ hasText: '7 になります' })).toHaveCount(0);
    // The raw example shows its Liquid literally, as code.
    await expect(body.locator('.code-block[data-language="liquid"] code')).toHaveText('{{ page.title }}');
  });

  test('an include is inlined, a comment dropped, site.url points here', async ({ page }) => {
    await page.goto('/posts/liquid-highlight');
    const body = page.locator('.article-body');
    await expect(body.getByText('コードは Ruby 2.1 で確かめました')).toBeVisible();
    await expect(body).not.toContainText('下書きのメモ');
    await expect(body).not.toContainText('blog.example.jp');
    // `{{ site.url }}` is this site's origin (siteConfig.url, as the server's build read it from the same environment).
    await expect(body.getByRole('link', { name: siteConfig.url, exact: true })).toHaveAttribute('href', siteConfig.url);
  });

  test('post_url links land on their posts, both same-name ones included', async ({ page }) => {
    const links: [string, string, string, string][] = [
      ['/posts/liquid-highlight', 'こちら', '/posts/kramdown-ial', 'kramdown の書き方のまとめ'],
      ['/posts/ruby-links', '最初の記事', '/posts/ruby', 'Ruby をはじめる'],
      ['/posts/ruby-links', '二つ目の記事', '/posts/ruby-2014-03-01', 'Ruby をもう一度はじめる'],
    ];
    for (const [from, text, to, title] of links) {
      await page.goto(from);
      const link = page.locator('.article-body').getByRole('link', { name: text, exact: true });
      await expect(link).toHaveAttribute('href', to);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${to}$`));
      await expect(page.locator('h1')).toHaveText(title);
    }
  });

  test('an IAL id is on its element, and another post’s link to it lands there', async ({ page }) => {
    await page.goto('/posts/kramdown-ial');
    const heading = page.locator('.article-body h2#intro');
    await expect(heading).toHaveText('はじめに');
    // `##設定` without a space is a kramdown heading too; the IAL's own line is not text.
    await expect(page.locator('.article-body h3')).toHaveText(['設定']);
    await expect(page.locator('.article-body')).not.toContainText('{:');

    // Followed from the other post (the site's client-side navigation), and opened directly (a link from elsewhere).
    await page.goto('/posts/ruby-links');
    const link = page.locator('.article-body').getByRole('link', { name: '最初の節', exact: true });
    await expect(link).toHaveAttribute('href', '/posts/kramdown-ial#intro');
    await link.click();
    await expect(page).toHaveURL(/\/posts\/kramdown-ial#intro$/);
    await expectScrolledTo(page, '#intro');
    await page.goto('about:blank');
    await page.goto('/posts/kramdown-ial#intro');
    await expectScrolledTo(page, '#intro');
  });

  test('the excerpt of a <!--more--> post ends at the separator, in the meta description and the list card', async ({ page }) => {
    const excerpt = '足し算の結果をコメントで書き添える書き方を紹介します。';
    await page.goto('/posts/liquid-highlight');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', excerpt);
    await page.goto('/');
    await expect(page.locator('article.post-card[data-slug="liquid-highlight"] .post-card__excerpt')).toHaveText(excerpt);
  });

  test('a post without date: is dated by its file name, shown as Jekyll dated it', async ({ page }) => {
    await page.goto('/posts/newsletter');
    await expect(page.locator('.article__header .post-meta time').first()).toHaveText('2019年10月2日');
    // …and one with 23:30:00 and no offset on the day Ruby's YAML gave it (UTC: the 8th in Japan).
    await page.goto('/posts/tanabata');
    await expect(page.locator('.article__header .post-meta time').first()).toHaveText('2014年7月8日');
  });

  test('both same-name posts are published, each with its own page and card', async ({ page, request }) => {
    for (const [slug, title] of [
      ['ruby', 'Ruby をはじめる'],
      ['ruby-2014-03-01', 'Ruby をもう一度はじめる'],
    ]) {
      expect((await request.get(`/posts/${slug}`)).status()).toBe(200);
      await page.goto(`/posts/${slug}`);
      await expect(page.locator('h1')).toHaveText(title);
    }
    await page.goto('/');
    await expect(page.locator('article.post-card[data-slug="ruby"] h2')).toHaveText('Ruby をはじめる');
    await expect(page.locator('article.post-card[data-slug="ruby-2014-03-01"] h2')).toHaveText('Ruby をもう一度はじめる');
  });

  test('the images the posts use are served from the same paths', async ({ page }) => {
    await page.goto('/posts/tanabata');
    const image = page.locator('.article-body img[alt="笹に吊るした短冊"]');
    await expect(image).toHaveAttribute('src', '/images/2014/tanabata.png');
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  });

  test('every page has one h1 and no Liquid in its text outside code', async ({ page }) => {
    for (const pagePath of ['/', '/archive', ...postPaths]) {
      const response = await page.goto(pagePath);
      expect(response?.status(), pagePath).toBe(200);
      await expect(page.locator('h1'), pagePath).toHaveCount(1);
      const text = await textOutsideCode(page);
      expect(text, pagePath).not.toMatch(/\{%|%\}|\{\{|\}\}/);
    }
  });

  test('an old post edited before a warm rebuild (a deploy with .next/cache only) shows the edit on its page and in search', async ({ page }) => {
    // The server built the site twice: the second build prepared this post alone (it checks the report).
    await page.goto(`/posts/${WARM_EDIT.slug}`);
    await expect(page.locator('article')).toContainText(WARM_EDIT.sentence);
    await page.goto(`/search?q=${encodeURIComponent(WARM_EDIT.word)}`);
    await expect(page.getByRole('status')).toHaveAttribute('data-status', 'ready');
    const hrefs = await page.locator('[data-search-result-link]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual([`/posts/${WARM_EDIT.slug}`]);
  });

  test('axe finds no violations on an imported post page', async ({ page }) => {
    // The post with the most of Jekyll in it: highlight, raw, include, gist, youtube.
    await page.goto('/posts/liquid-highlight');
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
