/**
 * RSS 2.0 and Atom feeds, written with the site's own XML writer (lib/seo/xml.ts):
 * every value is escaped, never put in CDATA, so no text from a post can end a
 * section early and add elements to the feed. Dates are in Japan time, where
 * the desk's readers live: RSS `Fri, 21 Nov 2025 08:30:00 +0900` (RFC 822 has
 * no colon in the zone), Atom `2025-11-21T08:30:00+09:00` (RFC 3339).
 */
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { toJstIsoString, toRfc822JstString } from '../posts/dates';
import { lastChange, termSlug, type Post, type TermKind } from '../posts/query';
import { postPath, termIndexPath, type FeedFormat } from '../urls/routes';
import { absoluteUrl } from '../urls/absolute-url';
import { element, renderXmlDocument, textElement, type XmlElement } from './xml';

export type FeedInput = {
  title: string;
  description: string;
  /** Absolute URL of the HTML page the feed mirrors (home, a tag page, ...). */
  pageUrl: string;
  /** Absolute URLs of the feeds themselves (rel="self" and the sibling format). */
  feedUrls: Partial<Record<FeedFormat, string>>;
  /** Absolute URL of the feed's image (the site's default share image). */
  imageUrl?: string;
  language: string;
  copyright: string;
  defaultAuthor: string;
  siteUrl: string;
  /** Newest first, already limited to what the feed should carry. */
  posts: readonly Post[];
};

const htmlProcessor = unified().use(rehypeParse, { fragment: true }).use(rehypeStringify);
const URL_ATTRIBUTES = ['href', 'src'] as const;

/**
 * Feed readers show the HTML outside the site, where `/posts/x` or `#note`
 * would resolve against the reader's own address: make every link absolute.
 * The input is the already-sanitised article HTML; only attribute values change.
 */
export function absolutizeHtml(html: string, baseUrl: string): string {
  const known = absolutized.get(baseUrl);
  if (known?.html === html) return known.absolute;
  const absolute = absolutizeTree(html, baseUrl);
  if (absolutized.size >= ABSOLUTIZED_MAX) absolutized.clear();
  absolutized.set(baseUrl, { html, absolute });
  return absolute;
}

/**
 * Feed HTML already made absolute, by post URL. A post is an item of the site's two
 * feeds and of the feed of each of its tags and categories: at 10,000 posts the build
 * made about 1,400 items out of a few hundred posts, each a parse and a serialisation
 * of the whole article (3.7 s of a 26 s build worker, BENCHMARKS.md). The HTML is
 * compared too, so an edited post is never answered from an old entry.
 */
const absolutized = new Map<string, { html: string; absolute: string }>();
const ABSOLUTIZED_MAX = 2000;

function absolutizeTree(html: string, baseUrl: string): string {
  const tree = htmlProcessor.parse(html) as Root;
  visit(tree, 'element', (node) => {
    for (const name of URL_ATTRIBUTES) {
      const value = node.properties[name];
      if (typeof value !== 'string' || value === '' || /^[a-z][a-z0-9+.-]*:/i.test(value)) continue;
      try {
        node.properties[name] = new URL(value, baseUrl).toString();
      } catch {
        // A value URL cannot parse stays as written.
      }
    }
  });
  return htmlProcessor.stringify(tree);
}

type FeedCategory = { name: string; term: string; scheme: string };

function categoriesOf(post: Post, siteUrl: string): FeedCategory[] {
  const kinds: TermKind[] = ['categories', 'tags'];
  return kinds.flatMap((kind) =>
    post[kind].map((name) => ({
      name,
      // Atom needs `term`; the URL segment is the stable identifier of a tag (`ＡＩ` and `AI` are one).
      term: termSlug(kind, name),
      scheme: absoluteUrl(termIndexPath(kind), siteUrl),
    })),
  );
}

/** Elements whose value may be empty are left out rather than written empty. */
function optional(value: string | undefined, make: (value: string) => XmlElement): XmlElement[] {
  return value ? [make(value)] : [];
}

/** The newest change of any post: a feed with none still needs a stable date, not the build's own. */
function feedUpdated(input: FeedInput): Date {
  return new Date(input.posts.map(lastChange).sort().at(-1) ?? 0);
}

function rssItem(post: Post, input: FeedInput): XmlElement {
  const url = absoluteUrl(postPath(post.slug), input.siteUrl);
  return element(
    'item',
    {},
    ...optional(post.title, (title) => textElement('title', title)),
    textElement('link', url),
    textElement('guid', url, { isPermaLink: 'false' }),
    textElement('pubDate', toRfc822JstString(post.date)),
    ...optional(post.excerpt, (excerpt) => textElement('description', excerpt)),
    ...optional(absolutizeHtml(post.html, url), (html) => textElement('content:encoded', html)),
    ...categoriesOf(post, input.siteUrl).map((category) => textElement('category', category.name, { domain: category.scheme })),
    // RSS's <author> must be an e-mail address; a name belongs in <dc:creator>.
    textElement('dc:creator', post.author ?? input.defaultAuthor),
  );
}

function rss(input: FeedInput): XmlElement {
  return element(
    'rss',
    {
      version: '2.0',
      'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
      'xmlns:atom': 'http://www.w3.org/2005/Atom',
    },
    element(
      'channel',
      {},
      textElement('title', input.title),
      textElement('link', input.pageUrl),
      textElement('description', input.description),
      textElement('lastBuildDate', toRfc822JstString(feedUpdated(input))),
      textElement('docs', 'https://validator.w3.org/feed/docs/rss2.html'),
      textElement('language', input.language),
      ...optional(input.imageUrl, (url) =>
        element('image', {}, textElement('title', input.title), textElement('url', url), textElement('link', input.pageUrl)),
      ),
      ...optional(input.copyright, (copyright) => textElement('copyright', copyright)),
      ...optional(input.feedUrls.rss, (href) => element('atom:link', { href, rel: 'self', type: 'application/rss+xml' })),
      ...input.posts.map((post) => rssItem(post, input)),
    ),
  );
}

function atomEntry(post: Post, input: FeedInput): XmlElement {
  const url = absoluteUrl(postPath(post.slug), input.siteUrl);
  return element(
    'entry',
    {},
    textElement('title', post.title, { type: 'html' }),
    textElement('id', url),
    element('link', { href: url }),
    textElement('updated', toJstIsoString(lastChange(post))),
    ...optional(post.excerpt, (excerpt) => textElement('summary', excerpt, { type: 'html' })),
    ...optional(absolutizeHtml(post.html, url), (html) => textElement('content', html, { type: 'html' })),
    element('author', {}, textElement('name', post.author ?? input.defaultAuthor)),
    ...categoriesOf(post, input.siteUrl).map((category) =>
      element('category', { label: category.name, scheme: category.scheme, term: category.term }),
    ),
    textElement('published', toJstIsoString(post.date)),
  );
}

function atom(input: FeedInput): XmlElement {
  return element(
    'feed',
    { xmlns: 'http://www.w3.org/2005/Atom' },
    textElement('id', input.pageUrl),
    textElement('title', input.title),
    textElement('updated', toJstIsoString(feedUpdated(input))),
    element('author', {}, textElement('name', input.defaultAuthor), textElement('uri', new URL(input.siteUrl).toString())),
    element('link', { rel: 'alternate', href: input.pageUrl }),
    ...optional(input.feedUrls.atom, (href) => element('link', { rel: 'self', href })),
    ...optional(input.description, (description) => textElement('subtitle', description)),
    ...optional(input.imageUrl, (url) => textElement('logo', url)),
    ...optional(input.copyright, (copyright) => textElement('rights', copyright)),
    ...input.posts.map((post) => atomEntry(post, input)),
  );
}

/** One feed as XML, newest post first, dates in Japan time. */
export function renderFeed(input: FeedInput, format: FeedFormat): string {
  return renderXmlDocument(format === 'rss' ? rss(input) : atom(input));
}
