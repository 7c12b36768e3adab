/**
 * The news desk's obligations, checked on the production build against the
 * sample posts' front matter: the investment notice, the 「PR」 label and
 * `rel="sponsored"`, the series box and pages, the 訂正・更新履歴, the complete
 * NewsArticle JSON-LD, the Google News sitemap and robots.txt; axe in both
 * themes and valid HTML on the pages that show them.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { HtmlValidate } from 'html-validate';
import { formatJstDate, postHref, publishedPosts, siteConfig, siteHtmlValidator, termHref, type ExpectedPost } from './helpers';

const investmentCategories = new Set(siteConfig.investmentCategories);
const isInvestment = (post: ExpectedPost) => post.categories.some((category) => investmentCategories.has(category));

const sponsoredPost = publishedPosts.find((post) => post.sponsored)!;
const correctedPost = publishedPosts.find((post) => post.updates?.some((update) => update.type === '訂正'))!;
const seriesParts = publishedPosts
  .filter((post) => post.series === '金利と為替を読む')
  .sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
const plainPost = publishedPosts.find((post) => !isInvestment(post) && !post.sponsored && !post.series && !post.updates?.length)!;
const seriesPath = `/series/${encodeURIComponent('金利と為替を読む')}`;

test('the sample content has what these tests need', () => {
  expect(sponsoredPost).toBeDefined();
  expect(correctedPost).toBeDefined();
  expect(seriesParts.length).toBeGreaterThanOrEqual(2);
  expect(plainPost).toBeDefined();
});

function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function articleJsonLd(page: Page): Promise<Record<string, unknown>> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const objects = scripts.flatMap((text) => [JSON.parse(text)].flat()) as Record<string, unknown>[];
  return objects.find((object) => object['@type'] === 'NewsArticle')!;
}

test.describe('investment notice', () => {
  test('is shown above the text of every post in an investment category, and on no other post', async ({ page }) => {
    for (const post of [sponsoredPost, ...seriesParts, plainPost]) {
      await page.goto(postHref(post.slug));
      const notice = page.getByRole('complementary', { name: '投資に関するご注意' });
      if (isInvestment(post) && post.disclaimer !== false) {
        await expect(notice, post.slug).toBeVisible();
        await expect(notice).toContainText('投資助言ではありません');
        await expect(notice).toContainText('最終的な投資判断は、ご自身の責任で');
      } else {
        await expect(notice, post.slug).toHaveCount(0);
      }
    }
  });
});

test.describe('sponsored post', () => {
  test('has a visible 「PR」 label by its title, read out as a sentence', async ({ page }) => {
    await page.goto(postHref(sponsoredPost.slug));
    const label = page.locator('.article__header .sponsored-label');
    await expect(label).toBeVisible();
    await expect(label).toHaveText(/^PR/);
    await expect(label.locator('.sr-only')).toHaveText('この記事は広告（PR）です。');
    // Directly before the title.
    expect(await page.locator('.article__header p:has(.sponsored-label) + h1').count()).toBe(1);
  });

  test('is labelled on every card that lists it, and no other card is', async ({ page }) => {
    for (const list of ['/', termHref('categories', sponsoredPost.categories[0])]) {
      await page.goto(list);
      const card = page.locator(`.post-card[data-slug="${sponsoredPost.slug}"]`);
      await expect(card.locator('.sponsored-label'), list).toBeVisible();
      await expect(page.locator('.post-card .sponsored-label'), list).toHaveCount(1);
    }
  });

  test('is labelled in search results too, and no other result is', async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent('NISA')}`);
    const result = page.locator('.search-result', { has: page.locator(`a[href*="${postHref(sponsoredPost.slug)}"]`) });
    await expect(result.locator('.sponsored-label')).toBeVisible();
    await expect(result.locator('.sponsored-label .sr-only')).toHaveText('この記事は広告（PR）です。');
    await expect(page.locator('.search-result .sponsored-label')).toHaveCount(1);
  });

  test('marks its links to other sites rel="sponsored", and only its own', async ({ page }) => {
    await page.goto(postHref(sponsoredPost.slug));
    const external = page.locator('.article-body a.external-link');
    expect(await external.count()).toBeGreaterThan(0);
    for (const rel of await external.evaluateAll((links) => links.map((link) => link.getAttribute('rel')))) {
      expect(rel).toBe('sponsored noopener noreferrer');
    }
    await page.goto(postHref(plainPost.slug));
    const plainRels = await page.locator('.article-body a.external-link').evaluateAll((links) => links.map((link) => link.getAttribute('rel')));
    expect(plainRels.every((rel) => rel === 'noopener noreferrer')).toBe(true);
  });

  test('serves its share image (the 「PR」 drawn on it is checked in lib/og/og-image.test.ts) @any-viewport', async ({ request }) => {
    const image = await request.get(`${postHref(sponsoredPost.slug)}/og.png`);
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
    expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });
  });
});

test.describe('series', () => {
  test('each part shows 「連載：<name>（全N回）」 with every part in order, its own marked', async ({ page }) => {
    for (const [index, post] of seriesParts.entries()) {
      await page.goto(postHref(post.slug));
      const box = page.getByRole('navigation', { name: `連載：金利と為替を読む（全${seriesParts.length}回）` });
      await expect(box).toBeVisible();
      await expect(box.getByRole('link', { name: `連載：金利と為替を読む（全${seriesParts.length}回）` })).toHaveAttribute('href', seriesPath);
      const parts = box.locator('ol a');
      await expect(parts).toHaveCount(seriesParts.length);
      expect(await parts.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(seriesParts.map((part) => postHref(part.slug)));
      await expect(box.locator('[aria-current="page"]')).toHaveCount(1);
      await expect(parts.nth(index)).toHaveAttribute('aria-current', 'page');
      await expect(box.locator('li').nth(index)).toContainText(`第${index + 1}回`);
    }
  });

  test('/series lists the series, and /series/<name> its parts, the first published first', async ({ page }) => {
    await page.goto('/series');
    await expect(page.getByRole('heading', { level: 1, name: '連載一覧' })).toBeVisible();
    const link = page.getByRole('link', { name: /金利と為替を読む/ });
    await expect(link).toHaveAttribute('href', seriesPath);
    await expect(link).toContainText(`全${seriesParts.length}回`);
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: '連載「金利と為替を読む」' })).toBeVisible();
    const slugs = await page.locator('.post-card').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-slug')));
    expect(slugs).toEqual(seriesParts.map((part) => part.slug));
  });

  test('the footer links to /series', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('footer').getByRole('link', { name: '連載' })).toHaveAttribute('href', '/series');
  });
});

test.describe('corrections and updates', () => {
  test('the post shows a dated 「訂正・更新履歴」, newest first, and 更新日 is the newest change', async ({ page }) => {
    await page.goto(postHref(correctedPost.slug));
    const history = page.locator('.update-history');
    await expect(history.getByRole('heading', { level: 2, name: '訂正・更新履歴' })).toBeVisible();
    const newestFirst = [...correctedPost.updates!].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
    const entries = history.locator('li');
    await expect(entries).toHaveCount(newestFirst.length);
    for (const [i, update] of newestFirst.entries()) {
      await expect(entries.nth(i)).toContainText(update.type);
      await expect(entries.nth(i)).toContainText(update.note);
      await expect(entries.nth(i)).toContainText(formatJstDate(update.date));
    }
    // The header's 更新日 is the later of last_modified_at and the newest update (derived in the content step).
    await expect(page.locator('.article__header .post-meta')).toContainText(`更新日 ${formatJstDate(correctedPost.lastModifiedAt!)}`);
    const newestUpdate = newestFirst[0].date;
    expect(Date.parse(correctedPost.lastModifiedAt!)).toBeGreaterThanOrEqual(Date.parse(newestUpdate));
  });
});

test.describe('NewsArticle JSON-LD @any-viewport', () => {
  test('has three share images (16:9, 4:3, 1:1) that exist at their sizes', async ({ page, request }) => {
    await page.goto(postHref(correctedPost.slug));
    const article = await articleJsonLd(page);
    const images = article.image as string[];
    expect(images.map((url) => new URL(url).pathname)).toEqual(['og-16x9.png', 'og-4x3.png', 'og-1x1.png'].map((file) => `${postHref(correctedPost.slug)}/${file}`));
    const sizes = [];
    for (const url of images) {
      const response = await request.get(new URL(url).pathname);
      expect(response.status(), url).toBe(200);
      sizes.push(pngSize(await response.body()));
    }
    expect(sizes).toEqual([
      { width: 1200, height: 675 },
      { width: 1200, height: 900 },
      { width: 1200, height: 1200 },
    ]);
  });

  test('the share images of a made-up slug are 404s nothing may cache, in every format', async ({ request }) => {
    for (const file of ['og-16x9.png', 'og-4x3.png', 'og-1x1.png']) {
      const response = await request.get(`/posts/no-such-post-7c2e/${file}`);
      expect(response.status(), file).toBe(404);
      expect(response.headers()['cache-control'], file).toBe('no-store');
    }
  });

  test('dates in +09:00, the newest update as dateModified, the author with a URL, the publisher with its logo', async ({ page, request }) => {
    await page.goto(postHref(correctedPost.slug));
    const article = await articleJsonLd(page);
    expect(article.datePublished).toMatch(/\+09:00$/);
    expect(article.dateModified).toMatch(/\+09:00$/);
    expect(Date.parse(article.dateModified as string)).toBe(Date.parse(correctedPost.lastModifiedAt!));
    const [author] = article.author as { '@type': string; name: string; url: string }[];
    expect(author).toMatchObject({ '@type': 'Person', name: correctedPost.author });
    const authorPage = await request.get(new URL(author.url).pathname);
    expect(authorPage.status()).toBe(200);
    const publisher = article.publisher as { '@type': string; logo: { '@type': string; url: string } };
    expect(publisher['@type']).toBe('NewsMediaOrganization');
    expect(publisher.logo['@type']).toBe('ImageObject');
    const logo = await request.get(new URL(publisher.logo.url).pathname);
    expect(logo.status()).toBe(200);
    expect(logo.headers()['content-type']).toBe('image/png');
  });

  test('a 訂正 is a CorrectionComment; a series part is isPartOf its series', async ({ page }) => {
    await page.goto(postHref(correctedPost.slug));
    const corrected = await articleJsonLd(page);
    const corrections = correctedPost.updates!.filter((update) => update.type === '訂正');
    expect(corrected.correction).toEqual(
      corrections.map((update) => ({ '@type': 'CorrectionComment', text: update.note, datePublished: expect.stringMatching(/\+09:00$/) })),
    );
    await page.goto(postHref(seriesParts[0].slug));
    const part = await articleJsonLd(page);
    expect(part.isPartOf).toMatchObject({ '@type': 'CreativeWorkSeries', name: '金利と為替を読む' });
    expect(new URL((part.isPartOf as { url: string }).url).pathname).toBe(seriesPath);
    expect(part).not.toHaveProperty('correction');
  });
});

/** When `npm run build` wrote this build: the news sitemap's window ends there. */
function buildTime(): number {
  return statSync(path.join('.next', 'BUILD_ID')).mtimeMs;
}

test.describe('Google News sitemap @any-viewport', () => {
  test('robots.txt names it beside the sitemap', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/^Sitemap: \S+\/sitemap\.xml$/m);
    expect(robots).toMatch(/^Sitemap: \S+\/news-sitemap\.xml$/m);
  });

  test('lists exactly the posts published in the two days before the build, with publication, +09:00 date and title', async ({ request }) => {
    const response = await request.get('/news-sitemap.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('xml');
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' }).parse(await response.text()) as {
      urlset: { '@_xmlns': string; '@_xmlns:news': string; url?: { loc: string; 'news:news': Record<string, unknown> }[] };
    };
    expect(parsed.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(parsed.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const urls = parsed.urlset.url ?? [];
    expect(urls.length).toBeLessThanOrEqual(1000);

    // The build's pages were rendered a little before BUILD_ID was written: allow a few minutes either side.
    const end = buildTime();
    const slack = 10 * 60 * 1000;
    const start = end - 2 * 24 * 60 * 60 * 1000;
    const listed = urls.map((url) => decodeURIComponent(new URL(url.loc).pathname));
    const surelyIn = publishedPosts.filter((post) => Date.parse(post.date) > start + slack && Date.parse(post.date) <= end - slack);
    const maybeIn = publishedPosts.filter((post) => Date.parse(post.date) > start - slack && Date.parse(post.date) <= end + slack);
    for (const post of surelyIn) expect(listed).toContain(`/posts/${post.slug}`);
    for (const pathname of listed) expect(maybeIn.map((post) => `/posts/${post.slug}`)).toContain(pathname);

    for (const url of urls) {
      const post = publishedPosts.find((p) => `/posts/${p.slug}` === decodeURIComponent(new URL(url.loc).pathname))!;
      expect(url['news:news']).toEqual({
        'news:publication': { 'news:name': siteConfig.name, 'news:language': 'ja' },
        'news:publication_date': expect.stringMatching(/\+09:00$/),
        'news:title': post.title,
      });
    }
  });
});

const newsroomPages = {
  'sponsored post': postHref(sponsoredPost.slug),
  'corrected post': postHref(correctedPost.slug),
  'series part': postHref(seriesParts[0].slug),
  'series index': '/series',
  series: seriesPath,
};

test.describe('phone layout', () => {
  test('notice, series box and history fit the viewport without sideways scrolling', async ({ page }) => {
    for (const pagePath of Object.values(newsroomPages)) {
      await page.goto(pagePath);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, pagePath).toBeLessThanOrEqual(0);
    }
  });
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe, ${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((value) => localStorage.setItem('theme', value), theme);
    });

    for (const [name, pagePath] of Object.entries(newsroomPages)) {
      test(`no violations on the ${name} page`, async ({ page }) => {
        await page.goto(pagePath);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}

async function validateHtml(request: APIRequestContext, name: string, pagePath: string, validator: HtmlValidate): Promise<string[]> {
  const html = await (await request.get(pagePath)).text();
  const report = await validator.validateString(html, `${name}.html`);
  return report.results.flatMap((r) => r.messages.map((m) => `${name} ${pagePath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

test('the pages with notices, labels, series and history are valid HTML @any-viewport', async ({ request }) => {
  const validator = siteHtmlValidator();
  const errors: string[] = [];
  for (const [name, pagePath] of Object.entries({ ...newsroomPages, home: '/' })) errors.push(...(await validateHtml(request, name, pagePath, validator)));
  expect(errors).toEqual([]);
});
