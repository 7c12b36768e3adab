import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { derivePostData } from '../content/prepare-post';
import { toJekyllJstDate } from '../posts/dates';
import { NEWS_SITEMAP_MAX_URLS, newsSitemapPosts, renderNewsSitemap } from './news-sitemap';

const site = 'https://news.example.jp';
const HOUR = 60 * 60 * 1000;
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' });

type Parsed = { urlset: { '@_xmlns:news': string; url?: { loc: string; 'news:news': Record<string, unknown> }[] } };

function render(posts: { slug: string; title: string; date: string }[], now: Date) {
  return renderNewsSitemap({ posts, now, siteName: 'テックと投資のニュースデスク', language: 'ja', siteUrl: site });
}

const dir = mkdtempSync(path.join(tmpdir(), 'news-sitemap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('news sitemap', () => {
  it('lists a post written now, as the content step reads it, with publication, +09:00 date and title', () => {
    // A post file dated an hour ago, written at test time and read by the same code as the build.
    const now = new Date();
    const file = path.join(dir, '2025-12-09-breaking.md');
    const date = toJekyllJstDate(new Date(now.getTime() - HOUR));
    const source = `---\ntitle: "日銀が追加利上げ、円相場は一時140円台に <速報>"\ndate: ${date}\n---\n本文。\n`;
    writeFileSync(file, source, 'utf8');
    const post = derivePostData(file, readFileSync(file, 'utf8'));
    const old = { slug: 'old', title: '三日前の記事', date: new Date(now.getTime() - 72 * HOUR).toISOString() };

    const xml = render([post, old], now);
    const parsed = parser.parse(xml) as Parsed;
    expect(parsed.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(parsed.urlset.url).toHaveLength(1);
    const [entry] = parsed.urlset.url!;
    expect(entry.loc).toBe(`${site}/posts/breaking`);
    expect(entry['news:news']).toEqual({
      'news:publication': { 'news:name': 'テックと投資のニュースデスク', 'news:language': 'ja' },
      'news:publication_date': expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/),
      'news:title': '日銀が追加利上げ、円相場は一時140円台に <速報>',
    });
    expect(Date.parse(entry['news:news']['news:publication_date'] as string)).toBe(Date.parse(post.date));
    // The title is escaped by the XML writer, never raw.
    expect(xml).toContain('&lt;速報&gt;');
  });

  it('keeps only the two days before the build: nothing older, nothing from the future', () => {
    const now = new Date('2025-12-09T03:00:00Z');
    const at = (hoursAgo: number) => ({ slug: `h${hoursAgo}`, title: 't', date: new Date(now.getTime() - hoursAgo * HOUR).toISOString() });
    const kept = newsSitemapPosts([at(-1), at(0), at(47), at(48), at(49)], now).map((post) => post.slug);
    expect(kept).toEqual(['h0', 'h47']);
  });

  it('has at most 1,000 URLs, the newest', () => {
    const now = new Date('2025-12-09T03:00:00Z');
    const posts = Array.from({ length: 1200 }, (_, i) => ({ slug: `p${i}`, title: 't', date: new Date(now.getTime() - i * 60_000).toISOString() }));
    const kept = newsSitemapPosts(posts, now);
    expect(kept).toHaveLength(NEWS_SITEMAP_MAX_URLS);
    expect(kept[0].slug).toBe('p0');
    expect((parser.parse(render(posts, now)) as Parsed).urlset.url).toHaveLength(1000);
  });

  it('is a valid empty urlset when nothing was published in the window', () => {
    const parsed = parser.parse(render([], new Date())) as Parsed;
    expect(parsed.urlset['@_xmlns:news']).toBeDefined();
    expect(parsed.urlset.url).toBeUndefined();
  });
});
