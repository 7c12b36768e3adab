import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { derivePostData } from '../content/prepare-post';
import { absolutizeHtml, renderFeed, type FeedInput } from './feed';
import { renderMarkdown } from '../markdown/render';
import type { Post } from '../posts/query';

const SITE = 'https://news.example.jp';

function post(overrides: Partial<Post> = {}): Post {
  return {
    slug: 'nvidia-q3',
    title: 'NVIDIA決算速報：売上が過去最高 <速報> & "引用"',
    // 23:30 UTC on the 20th is 08:30 on the 21st in Japan.
    date: '2025-11-20T23:30:00.000Z',
    lastModifiedAt: '2025-11-25T01:00:00.000Z',
    categories: ['テクノロジー'],
    tags: ['NVIDIA', 'C++'],
    author: '佐藤 健一',
    excerpt: 'データセンター部門が過去最高を更新した。',
    readingTime: 6,
    draft: false,
    scheduled: false,
    headings: [],
    html: '<p>本文 <a href="/tags/ai">AI</a> <a href="#note">注</a> <img src="/img/chart.png" alt="図"> ]]> の後</p>',
    ...overrides,
  };
}

function input(posts: Post[], overrides: Partial<FeedInput> = {}): FeedInput {
  return {
    title: 'テックと投資のニュースデスク',
    description: 'AI、半導体、投資のニュース',
    pageUrl: `${SITE}/`,
    feedUrls: { rss: `${SITE}/feed.xml`, atom: `${SITE}/atom.xml` },
    imageUrl: `${SITE}/og.png`,
    language: 'ja',
    copyright: '© 2025 テックと投資のニュースデスク',
    defaultAuthor: '編集部',
    siteUrl: SITE,
    posts,
    ...overrides,
  };
}

/** Fields rss-parser reads from RSS (content:encoded, dc:creator) and Atom (author, updated, published). */
type FeedItemExtras = { 'content:encoded'?: string; 'dc:creator'?: string; author?: string; updated?: string; published?: string };
const parser = new Parser<Record<string, unknown>, FeedItemExtras>({ customFields: { item: ['dc:creator', 'updated', 'published'] } });

describe('absolutizeHtml', () => {
  it('resolves relative links and images against the post URL, leaving absolute ones', () => {
    const html = absolutizeHtml(
      '<p><a href="/tags/ai">a</a><a href="#n">b</a><a href="https://x.example/">c</a><img src="img.png" alt=""></p>',
      `${SITE}/posts/x`,
    );
    expect(html).toBe(
      `<p><a href="${SITE}/tags/ai">a</a><a href="${SITE}/posts/x#n">b</a><a href="https://x.example/">c</a><img src="${SITE}/posts/img.png" alt=""></p>`,
    );
  });

  it('keeps text that only looks like an attribute', () => {
    expect(absolutizeHtml('<p>href="/x"</p>', `${SITE}/`)).toBe('<p>href="/x"</p>');
  });

  it('gives an edited post its new HTML, not what the same URL was given before', () => {
    const url = `${SITE}/posts/edited`;
    expect(absolutizeHtml('<p><a href="/tags/a">a</a></p>', url)).toBe(`<p><a href="${SITE}/tags/a">a</a></p>`);
    expect(absolutizeHtml('<p><a href="/tags/a">a</a></p>', url)).toBe(`<p><a href="${SITE}/tags/a">a</a></p>`);
    expect(absolutizeHtml('<p><a href="/tags/b">b</a></p>', url)).toBe(`<p><a href="${SITE}/tags/b">b</a></p>`);
    expect(absolutizeHtml('<p><a href="#n">n</a></p>', `${SITE}/posts/other`)).toBe(`<p><a href="${SITE}/posts/other#n">n</a></p>`);
  });
});

describe('renderFeed', () => {
  const posts = [post(), post({ slug: 'older', title: '古い記事', date: '2025-10-01T15:00:00.000Z', lastModifiedAt: undefined, author: undefined })];

  it('writes well-formed RSS 2.0 that a feed reader parses, in Japan time', async () => {
    const xml = renderFeed(input(posts), 'rss');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = await parser.parseString(xml);
    expect(feed.title).toBe('テックと投資のニュースデスク');
    expect(feed.items.map((i) => i.link)).toEqual([`${SITE}/posts/nvidia-q3`, `${SITE}/posts/older`]);
    const [first, second] = feed.items;
    expect(first.title).toBe(posts[0].title);
    expect(first.pubDate).toBe('Fri, 21 Nov 2025 08:30:00 +0900');
    expect(second.pubDate).toBe('Thu, 02 Oct 2025 00:00:00 +0900');
    // rss-parser keeps the domain attribute: { _: name, $: { domain } }.
    expect(first.categories).toEqual([
      { _: 'テクノロジー', $: { domain: `${SITE}/categories` } },
      { _: 'NVIDIA', $: { domain: `${SITE}/tags` } },
      { _: 'C++', $: { domain: `${SITE}/tags` } },
    ]);
    expect(first['dc:creator']).toBe('佐藤 健一');
    expect(second['dc:creator']).toBe('編集部');
    expect(first['content:encoded']).toContain(`<a href="${SITE}/tags/ai">AI</a>`);
    expect(first['content:encoded']).toContain(`<img src="${SITE}/img/chart.png" alt="図">`);
    expect(first['content:encoded']).toContain(']]> の後');
    expect(first.content).toBe(posts[0].excerpt);
    // The channel's date is the newest change (a last_modified_at), not the build time.
    expect(xml).toContain('<lastBuildDate>Tue, 25 Nov 2025 10:00:00 +0900</lastBuildDate>');
    expect(xml).not.toMatch(/GMT|Z<\//);
  });

  it('writes well-formed Atom with +09:00 dates, updated from last_modified_at', async () => {
    const xml = renderFeed(input(posts), 'atom');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = await parser.parseString(xml);
    expect(feed.items).toHaveLength(2);
    const [first, second] = feed.items;
    expect(first.link).toBe(`${SITE}/posts/nvidia-q3`);
    expect(first.published).toBe('2025-11-21T08:30:00+09:00');
    expect(first.updated).toBe('2025-11-25T10:00:00+09:00');
    expect(second.updated).toBe('2025-10-02T00:00:00+09:00');
    expect(first.author).toBe('佐藤 健一');
    expect(xml).toContain('<updated>2025-11-25T10:00:00+09:00</updated>');
    expect(xml).toContain('<link rel="self" href="https://news.example.jp/atom.xml"/>');
    // Atom requires a term on every category: the URL segment.
    expect(xml).toContain('<category label="C++" scheme="https://news.example.jp/tags" term="c--"/>');
  });

  it('gives an empty feed a fixed date rather than the build time', () => {
    expect(renderFeed(input([]), 'atom')).toContain('<updated>1970-01-01T09:00:00+09:00</updated>');
  });
});

describe('renderFeed with hostile text', () => {
  /** A fixture post as the content step makes it: front matter, excerpt and sanitised HTML from the same code. */
  async function hostilePost(name: string): Promise<Post> {
    const file = `test/fixtures/hostile/${name}`;
    const data = derivePostData(file, readFileSync(file, 'utf8'));
    const { html, headings } = await renderMarkdown(data.body);
    return { ...data, html, headings, draft: false, scheduled: false };
  }

  const xmlParser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'entry', 'title'].includes(name) });

  /** The posts a real XML parser finds: RSS items or Atom entries. */
  function entriesOf(xml: string, format: 'rss' | 'atom') {
    expect(XMLValidator.validate(xml)).toBe(true);
    const document = xmlParser.parse(xml);
    return format === 'rss' ? document.rss.channel.item : document.feed.entry;
  }

  it('writes `]]>` in a title, an excerpt and a raw-HTML alt as text: each post stays one RSS item', async () => {
    const hostile = await hostilePost('feeds-cdata-injection-rss.md');
    // Twice in each value: one `]]>` a CDATA writer might escape, then the one that would end the section.
    for (const value of [hostile.title, hostile.excerpt]) expect(value.match(/]]>/g)).toHaveLength(2);
    expect(hostile.html).toContain(']]></content:encoded></item><item><title>INJECTED</title>');

    const items = entriesOf(renderFeed(input([hostile, post()]), 'rss'), 'rss');
    expect(items).toHaveLength(2);
    expect(items[0].title).toEqual([hostile.title]);
    expect(items[0].description).toBe(hostile.excerpt);
    expect(items[0]['content:encoded']).toContain('alt="図]]>一]]></content:encoded></item><item><title>INJECTED</title>');
    expect(items[0]['content:encoded']).toContain('<script>alert(1)</script>');
    expect(items.flatMap((item: { title: string[] }) => item.title)).not.toContain('INJECTED');
  });

  it('writes `]]>` in a title and a raw-HTML alt as text: each post stays one Atom entry', async () => {
    const hostile = await hostilePost('feeds-cdata-injection-atom.md');
    expect(hostile.html).toContain(']]></content></entry><entry><title>INJECTED</title>');

    const entries = entriesOf(renderFeed(input([hostile, post()]), 'atom'), 'atom');
    expect(entries).toHaveLength(2);
    expect(entries[0].title).toEqual([{ '#text': hostile.title, '@_type': 'html' }]);
    expect(entries[0].content['#text']).toContain('alt="図]]>一]]></content></entry><entry><title>INJECTED</title>');
  });

  it('keeps either hostile post one entry in the other format too, with no CDATA and no raw <script> anywhere', async () => {
    const posts = [await hostilePost('feeds-cdata-injection-rss.md'), await hostilePost('feeds-cdata-injection-atom.md'), post()];
    for (const format of ['rss', 'atom'] as const) {
      const xml = renderFeed(input(posts), format);
      expect(entriesOf(xml, format)).toHaveLength(3);
      expect(xml).not.toContain('<![CDATA[');
      expect(xml).not.toContain('<script');
    }
  });

  it('drops characters XML 1.0 forbids, so one bad character cannot make the whole feed unreadable', () => {
    const xml = renderFeed(input([post({ title: 'ベル\u0007とヌル\u0000と\u001b[31m色\ud800', author: '記者\ufffe' })]), 'rss');
    expect(XMLValidator.validate(xml)).toBe(true);
    const item = xmlParser.parse(xml).rss.channel.item[0];
    expect(item.title).toEqual(['ベルとヌルと[31m色']);
    expect(item['dc:creator']).toBe('記者');
  });
});
