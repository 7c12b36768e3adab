/**
 * Feeds, sitemap, robots, <head> metadata, JSON-LD, share images and old
 * Jekyll URLs, checked against the production build. What should be listed is
 * derived from content/posts (lib/content/files + validate + post-query), never hard-coded.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { readPostFiles } from '../lib/content/files';
import { validatePosts } from '../lib/content/validate';
import { jstDateParts, toJstIsoString } from '../lib/posts/dates';
import { selectPublishedPosts } from '../lib/posts/query';
import { urlSegment } from '../lib/urls/segments';
import { expectedTerms, postHref, siteConfig, slugFor, termHref, type ExpectedTerm } from './helpers';
import { authorHref, expectedAuthors } from './reading-helpers';

const site = siteConfig.url;
const contentDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'content');

const { posts: validPosts } = validatePosts(readPostFiles(contentDir));
const allFrontMatter = validPosts.map((post) => ({ ...post.frontMatter, file: post.file }));
const published = selectPublishedPosts(allFrontMatter, { now: new Date(), includeUnpublished: false });
const unpublished = allFrontMatter.filter((post) => !published.includes(post));
/** Tags and categories only drafts or scheduled posts use: no page, feed or sitemap entry may exist for them. */
const unpublishedOnlyTerms = (['tags', 'categories'] as const).flatMap((kind) =>
  [...new Set(unpublished.flatMap((post) => post[kind]).map((name) => slugFor(kind, name)))]
    .filter((slug) => !expectedTerms[kind].some((term) => term.slug === slug))
    .map((slug) => ({ kind, slug })),
);
const pageCount = Math.max(1, Math.ceil(published.length / siteConfig.postsPerPage));

const abs = (href: string) => new URL(href, `${site}/`).toString();
/** Site URLs point at SITE_URL (localhost:3000 by default); the test server listens elsewhere. */
const localPath = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
};
const lastChange = (post: { date: string; lastModifiedAt?: string }) =>
  post.lastModifiedAt && post.lastModifiedAt > post.date ? post.lastModifiedAt : post.date;

/** Fields rss-parser reads from RSS (content:encoded, dc:creator) and Atom (author, updated, published). */
type FeedItemExtras = { 'content:encoded'?: string; 'dc:creator'?: string; author?: string; updated?: string; published?: string };
const feedParser = new Parser<Record<string, unknown>, FeedItemExtras>({ customFields: { item: ['updated', 'published', 'dc:creator'] } });

async function fetchText(request: APIRequestContext, url: string, contentType: RegExp): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'], url).toMatch(contentType);
  return response.text();
}

async function meta(page: Page, attribute: 'name' | 'property', key: string): Promise<string[]> {
  return page.locator(`head meta[${attribute}="${key}"]`).evaluateAll((els) => els.map((el) => el.getAttribute('content') ?? ''));
}

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.flatMap((text) => {
    const value = JSON.parse(text) as Record<string, unknown> | Record<string, unknown>[];
    return Array.isArray(value) ? value : [value];
  });
}

/** Every string under a "url", "item", "@id" or "image" key of the JSON-LD. */
function jsonLdUrls(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(jsonLdUrls);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [
    ...(['url', 'item', '@id', 'image'].includes(key) ? [inner].flat().filter((v): v is string => typeof v === 'string') : []),
    ...jsonLdUrls(inner),
  ]);
}

type PageCase = { name: string; path: string; jsonLdTypes: string[]; termFeed?: string };

const firstPost = published[0];
const tag = expectedTerms.tags[0];
const category = expectedTerms.categories[0];
const pageCases: PageCase[] = [
  { name: 'home', path: '/', jsonLdTypes: ['WebSite'] },
  ...Array.from({ length: pageCount - 1 }, (_, i) => ({ name: `home page ${i + 2}`, path: `/page/${i + 2}`, jsonLdTypes: ['CollectionPage'] })),
  { name: 'post', path: postHref(firstPost.slug), jsonLdTypes: ['NewsArticle', 'BreadcrumbList'] },
  { name: 'tag', path: termHref('tags', tag.slug), jsonLdTypes: ['CollectionPage', 'BreadcrumbList'], termFeed: `${termHref('tags', tag.slug)}/feed.xml` },
  {
    name: 'category',
    path: termHref('categories', category.slug),
    jsonLdTypes: ['CollectionPage', 'BreadcrumbList'],
    termFeed: `${termHref('categories', category.slug)}/feed.xml`,
  },
  { name: 'tag index', path: '/tags', jsonLdTypes: ['CollectionPage', 'BreadcrumbList'] },
  { name: 'category index', path: '/categories', jsonLdTypes: ['CollectionPage', 'BreadcrumbList'] },
];

test.describe('metadata in <head>', () => {
  for (const pageCase of pageCases) {
    test(`${pageCase.name}: canonical, Open Graph, Twitter card, feeds and JSON-LD with absolute URLs`, async ({ page }) => {
      await page.goto(pageCase.path);
      const canonical = abs(pageCase.path);
      // Next writes the root without its slash (http://host); the same URL either way.
      const canonicalHref = await page.locator('head link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonicalHref ?? '').href).toBe(canonical);
      expect(await meta(page, 'name', 'description')).toEqual([expect.stringMatching(/\S/)]);

      expect((await meta(page, 'property', 'og:url')).map((url) => new URL(url).href)).toEqual([canonical]);
      expect(await meta(page, 'property', 'og:locale')).toEqual(['ja_JP']);
      expect(await meta(page, 'property', 'og:site_name')).toEqual([siteConfig.name]);
      expect(await meta(page, 'property', 'og:title')).toEqual([expect.stringMatching(/\S/)]);
      expect(await meta(page, 'property', 'og:description')).toEqual([expect.stringMatching(/\S/)]);
      const [ogImage] = await meta(page, 'property', 'og:image');
      expect(ogImage.startsWith(`${site}/`)).toBe(true);
      expect(await meta(page, 'property', 'og:image:width')).toEqual(['1200']);
      expect(await meta(page, 'property', 'og:image:height')).toEqual(['630']);

      expect(await meta(page, 'name', 'twitter:card')).toEqual(['summary_large_image']);
      expect(await meta(page, 'name', 'twitter:image')).toEqual([ogImage]);
      expect(await meta(page, 'name', 'twitter:site')).toEqual([siteConfig.social.x.handle]);

      const rss = await page.locator('head link[rel="alternate"][type="application/rss+xml"]').evaluateAll((els) =>
        els.map((el) => el.getAttribute('href')),
      );
      const atom = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').evaluateAll((els) =>
        els.map((el) => el.getAttribute('href')),
      );
      expect(rss).toEqual(pageCase.termFeed ? [abs(pageCase.termFeed), abs('/feed.xml')] : [abs('/feed.xml')]);
      expect(atom).toEqual([abs('/atom.xml')]);

      const data = await jsonLd(page);
      expect(data.map((d) => d['@type'])).toEqual(pageCase.jsonLdTypes);
      for (const url of jsonLdUrls(data)) expect(url.startsWith(`${site}/`), url).toBe(true);
      const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList')?.itemListElement as { item: string }[] | undefined;
      if (crumbs) expect(crumbs.at(-1)?.item).toBe(canonical);
    });
  }

  for (const post of published) {
    test(`post ${post.slug}: article times in Japan time, tags, NewsArticle and ホーム › カテゴリ › 記事`, async ({ page }) => {
      await page.goto(postHref(post.slug));
      expect(await meta(page, 'property', 'og:type')).toEqual(['article']);
      expect(await meta(page, 'property', 'article:published_time')).toEqual([toJstIsoString(post.date)]);
      expect(await meta(page, 'property', 'article:modified_time')).toEqual([toJstIsoString(lastChange(post))]);
      expect((await meta(page, 'property', 'article:published_time'))[0]).toMatch(/\+09:00$/);
      expect(await meta(page, 'property', 'article:author')).toEqual([post.author ?? siteConfig.defaultAuthor]);
      const tags = await meta(page, 'property', 'article:tag');
      expect(tags.map((name) => termHref('tags', name))).toEqual(post.tags.map((name) => termHref('tags', name)));
      expect(await meta(page, 'property', 'og:image')).toEqual([abs(`${postHref(post.slug)}/og.png`)]);

      const [article, breadcrumbs] = await jsonLd(page);
      expect(article).toMatchObject({
        '@type': 'NewsArticle',
        headline: post.title,
        datePublished: toJstIsoString(post.date),
        url: abs(postHref(post.slug)),
      });
      const items = (breadcrumbs.itemListElement as { name: string; item: string }[]).map((c) => c.item);
      expect(items).toEqual([
        abs('/'),
        ...(post.categories.length > 0 ? [abs(termHref('categories', post.categories[0]))] : []),
        abs(postHref(post.slug)),
      ]);
    });
  }

  test('the JSON-LD cannot be closed early: no "<" inside it', async ({ request }) => {
    const html = await fetchText(request, postHref(firstPost.slug), /text\/html/);
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).not.toContain('<');
  });
});

test.describe('feeds', () => {
  const expectedLinks = (posts: readonly { slug: string }[]) =>
    posts.slice(0, siteConfig.feedSize).map((post) => abs(postHref(post.slug)));

  test('/feed.xml is valid RSS 2.0 with the newest public posts, dated in Japan time', async ({ request }) => {
    const xml = await fetchText(request, '/feed.xml', /application\/rss\+xml/);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = await feedParser.parseString(xml);
    expect(feed.items.map((item) => item.link)).toEqual(expectedLinks(published));
    for (const [index, item] of feed.items.entries()) {
      const post = published[index];
      expect(item.title).toBe(post.title);
      expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0900$/);
      expect(Date.parse(item.pubDate ?? '')).toBe(Date.parse(post.date));
      expect(item['dc:creator']).toBe(post.author ?? siteConfig.defaultAuthor);
      expect(item['content:encoded']).toMatch(/<p>/);
      // Names may be the canonical spelling of a term (ＡＩ → AI): compare URL segments.
      const categories = (item.categories ?? []).map((c: string | { _: string }) => (typeof c === 'string' ? c : c._));
      expect(new Set(categories.map(urlSegment))).toEqual(new Set([...post.categories, ...post.tags].map(urlSegment)));
    }
  });

  test('/atom.xml is valid Atom with the same posts and +09:00 dates', async ({ request }) => {
    const xml = await fetchText(request, '/atom.xml', /application\/atom\+xml/);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = await feedParser.parseString(xml);
    expect(feed.items.map((item) => item.link)).toEqual(expectedLinks(published));
    for (const [index, item] of feed.items.entries()) {
      expect(item.published).toBe(toJstIsoString(published[index].date));
      expect(item.updated).toBe(toJstIsoString(lastChange(published[index])));
    }
  });

  const termCases: ExpectedTerm[] = [...expectedTerms.tags, ...expectedTerms.categories];
  test(`every tag and category feed (${termCases.length}) lists exactly its public posts, requested percent-encoded`, async ({ request }) => {
    for (const term of termCases) {
      const url = `${termHref(term.kind, term.slug)}/feed.xml`;
      expect(url).not.toMatch(/[^\x21-\x7e]/);
      const feed = await feedParser.parseString(await fetchText(request, url, /application\/rss\+xml/));
      expect(feed.items.map((item) => item.link), url).toEqual(expectedLinks(term.postSlugs.map((slug) => ({ slug }))));
      expect(feed.link).toBe(abs(termHref(term.kind, term.slug)));
    }
  });

  test('a Japanese tag feed and /tags/c--/feed.xml answer', async ({ request }) => {
    const japanese = expectedTerms.tags.find((t) => /[^\x00-\x7f]/.test(t.slug));
    const cpp = expectedTerms.tags.find((t) => t.slug === 'c--');
    for (const term of [japanese, cpp].filter((t): t is ExpectedTerm => t !== undefined)) {
      const feed = await feedParser.parseString(
        await fetchText(request, `/tags/${encodeURIComponent(term.slug)}/feed.xml`, /application\/rss\+xml/),
      );
      expect(feed.items).toHaveLength(Math.min(term.count, siteConfig.feedSize));
    }
  });

  test('no feed mentions a draft or a scheduled post', async ({ request }) => {
    // The sample content has both kinds, so the checks below are not vacuous.
    expect(unpublished.some((post) => post.draft)).toBe(true);
    expect(unpublished.some((post) => !post.draft && Date.parse(post.date) > Date.now())).toBe(true);
    const xml = (await fetchText(request, '/feed.xml', /xml/)) + (await fetchText(request, '/atom.xml', /xml/));
    for (const post of unpublished) expect(xml).not.toContain(postHref(post.slug));
  });

  test('a tag or category only unpublished posts use has neither a page nor a feed', async ({ request }) => {
    expect(unpublishedOnlyTerms.length).toBeGreaterThan(0);
    for (const { kind, slug } of unpublishedOnlyTerms) {
      const page = `/${kind}/${encodeURIComponent(slug)}`;
      for (const url of [page, `${page}/feed.xml`]) expect((await request.get(url)).status(), url).toBe(404);
    }
  });
});

test.describe('sitemap and robots', () => {
  test('/sitemap.xml has the sitemap shape and lists exactly the public pages', async ({ request }) => {
    const xml = await fetchText(request, '/sitemap.xml', /xml/);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' }).parse(xml);
    expect(parsed.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const urls = parsed.urlset.url as { loc: string; lastmod?: string; [key: string]: unknown }[];
    for (const url of urls) {
      // The sitemap schema allows loc, lastmod, changefreq and priority only; loc is an absolute URL under 2,048 characters.
      expect(Object.keys(url).every((key) => ['loc', 'lastmod', 'changefreq', 'priority'].includes(key))).toBe(true);
      expect(url.loc.startsWith(`${site}/`) && url.loc.length < 2048).toBe(true);
      if (url.lastmod !== undefined) expect(url.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
    }
    const locs = urls.map((u) => u.loc);
    expect(new Set(locs).size).toBe(locs.length);
    const expected = [
      '/',
      ...Array.from({ length: pageCount - 1 }, (_, i) => `/page/${i + 2}`),
      '/tags',
      '/categories',
      '/archive',
      '/authors',
      '/series',
      // One page per series (連載), its Japanese name kept in the URL as a tag's is.
      ...[...new Set(published.flatMap((p) => (p.series ? [urlSegment(p.series)] : [])))].map((segment) => `/series/${encodeURIComponent(segment)}`),
      ...expectedAuthors().flatMap((a) =>
        Array.from({ length: Math.ceil(a.slugs.length / siteConfig.postsPerPage) }, (_, i) => authorHref(a.segment) + (i === 0 ? '' : `/page/${i + 1}`)),
      ),
      ...[...expectedTerms.tags, ...expectedTerms.categories].flatMap((t) =>
        Array.from({ length: Math.ceil(t.count / siteConfig.postsPerPage) }, (_, i) => termHref(t.kind, t.slug) + (i === 0 ? '' : `/page/${i + 1}`)),
      ),
      ...published.map((p) => postHref(p.slug)),
    ].map(abs);
    expect([...locs].sort()).toEqual([...expected].sort());

    const lastmod = new Map(urls.map((u) => [u.loc, u.lastmod]));
    for (const post of published) expect(lastmod.get(abs(postHref(post.slug)))).toBe(toJstIsoString(lastChange(post)));
    for (const post of unpublished) expect(xml).not.toContain(postHref(post.slug));
    for (const { kind, slug } of unpublishedOnlyTerms) expect(locs).not.toContain(abs(`/${kind}/${encodeURIComponent(slug)}`));
  });

  test('/robots.txt points to the sitemap', async ({ request }) => {
    const text = await fetchText(request, '/robots.txt', /text\/plain/);
    expect(text).toContain(`Sitemap: ${site}/sitemap.xml`);
    expect(text).toMatch(/User-Agent: \*\s+Allow: \//i);
  });
});

test.describe('share images', () => {
  function pngSize(bytes: Buffer) {
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }

  test('each post and the default image are 1200×630 PNGs', async ({ request }) => {
    for (const url of [...published.map((p) => abs(`${postHref(p.slug)}/og.png`)), abs('/og.png')]) {
      const response = await request.get(localPath(url));
      expect(response.status(), url).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      expect(pngSize(await response.body()), url).toEqual({ width: 1200, height: 630 });
    }
  });

  test('no image for a draft', async ({ request }) => {
    for (const post of unpublished) expect((await request.get(`${postHref(post.slug)}/og.png`)).status()).toBe(404);
  });
});

test.describe('old Jekyll URLs', () => {
  const pad = (n: number) => String(n).padStart(2, '0');
  /** Jekyll's default permalink: /:categories/:year/:month/:day/:title.html, categories lower-cased, date in Japan. */
  const jekyllUrl = (post: (typeof allFrontMatter)[number], withCategories: boolean) => {
    const d = jstDateParts(post.date);
    const title = path.basename(post.file).replace(/\.(md|markdown)$/, '').replace(/^\d{4}-\d{1,2}-\d{1,2}-/, '');
    const categories = withCategories ? post.categories.map((c) => `/${encodeURIComponent(c.toLowerCase())}`).join('') : '';
    return `${categories}/${d.year}/${pad(d.month)}/${pad(d.day)}/${title}.html`;
  };

  /** Follows the redirects by hand: every hop must be permanent, and the last must reach the post. */
  async function expectRedirect(request: APIRequestContext, from: string, to: string) {
    let current = from;
    for (let hop = 0; hop < 3 && current !== to; hop += 1) {
      const response = await request.get(current, { maxRedirects: 0 });
      expect([301, 308], `${from} (at ${current})`).toContain(response.status());
      current = new URL(response.headers().location, 'http://x').pathname;
    }
    expect(current, from).toBe(to);
  }

  test('the dated Jekyll URL of every public post redirects permanently to /posts/<slug>', async ({ request }) => {
    for (const post of published) {
      await expectRedirect(request, jekyllUrl(post, true), postHref(post.slug));
      await expectRedirect(request, jekyllUrl(post, false), postHref(post.slug));
    }
  });

  test('redirect_from and permalink front matter redirect too', async ({ request }) => {
    const sources = published.flatMap((post) =>
      [...post.redirectFrom, ...(post.permalink && !post.permalink.includes(':') ? [post.permalink] : [])].map((from) => ({ from, post })),
    );
    expect(sources.length).toBeGreaterThan(0);
    for (const { from, post } of sources) {
      await expectRedirect(request, new URL(from, 'http://x').pathname, postHref(post.slug));
    }
  });

  test('the redirect lands on the post', async ({ page }) => {
    await page.goto(jekyllUrl(firstPost, true));
    expect(new URL(page.url()).pathname).toBe(postHref(firstPost.slug));
    await expect(page.locator('h1')).toHaveText(firstPost.title);
  });

  test('the old URLs of drafts and scheduled posts do not redirect', async ({ request }) => {
    const sources = unpublished.flatMap((post) => [jekyllUrl(post, true), jekyllUrl(post, false), ...post.redirectFrom]);
    for (const source of sources) {
      expect((await request.get(new URL(source, 'http://x').pathname, { maxRedirects: 0 })).status(), source).toBe(404);
    }
  });
});
