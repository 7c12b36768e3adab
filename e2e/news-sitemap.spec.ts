/**
 * The Google News sitemap against a post written at run time: the build of the
 * imported Jekyll site (scripts/e2e/jekyll-site-server.ts) gets a post dated an hour
 * before it starts (scripts/e2e/fresh-post.ts). Its news sitemap lists that post, in
 * Japan time, and none of the site's old posts.
 */
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { siteConfig } from '../lib/config';
import { FRESH_POST } from '../scripts/e2e/fresh-post';

test.use({ baseURL: `http://127.0.0.1:${process.env.E2E_JEKYLL_PORT}` });

type NewsEntry = {
  loc: string;
  'news:news': {
    'news:publication': { 'news:name': string; 'news:language': string };
    'news:publication_date': string;
    'news:title': string;
  };
};

test('the news sitemap lists the post written an hour before the build, and no old post', async ({ request }) => {
  const response = await request.get('/news-sitemap.xml');
  expect(response.status()).toBe(200);
  const parsed = new XMLParser({ isArray: (name) => name === 'url' }).parse(await response.text()) as { urlset: { url?: NewsEntry[] } };
  const urls = parsed.urlset.url ?? [];
  expect(urls.map((url) => new URL(url.loc).pathname)).toEqual([`/posts/${FRESH_POST.slug}`]);
  const [entry] = urls;
  expect(entry['news:news']['news:publication']).toEqual({ 'news:name': siteConfig.name, 'news:language': 'ja' });
  expect(entry['news:news']['news:title']).toBe(FRESH_POST.title);
  const published = entry['news:news']['news:publication_date'];
  expect(published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
  // Written an hour before the build began; the build and this test follow within minutes.
  const age = Date.now() - Date.parse(published);
  expect(age).toBeGreaterThan(55 * 60 * 1000);
  expect(age).toBeLessThan(2 * 24 * 60 * 60 * 1000);

  // The post itself answers, and robots.txt names the news sitemap.
  expect((await request.get(`/posts/${FRESH_POST.slug}`)).status()).toBe(200);
  expect(await (await request.get('/robots.txt')).text()).toMatch(/^Sitemap: \S+\/news-sitemap\.xml$/m);
});
