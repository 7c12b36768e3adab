/**
 * RSS 2.0 and Atom feeds, written by the `feed` library. The library writes
 * every date in UTC (`toUTCString()` / `toISOString()`); readers of this desk
 * live in Japan, so the dates are rewritten to Japan time afterwards:
 * RSS `Fri, 21 Nov 2025 08:30:00 +0900` (RFC 822 has no colon in the zone),
 * Atom `2025-11-21T08:30:00+09:00` (RFC 3339).
 */
import { Feed, type Category, type Item } from 'feed';
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { toJstIsoString, toRfc822JstString } from './dates';
import { lastChange, termSlug, type Post, type TermKind } from './post-query';
import { absoluteUrl, postPath, termIndexPath, type FeedFormat } from './routes';

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

/** Rewrites the UTC dates `feed` writes into Japan time (see the module comment). */
export function withJstDates(xml: string, format: FeedFormat): string {
  const elements = format === 'rss' ? ['pubDate', 'lastBuildDate'] : ['updated', 'published'];
  const toJst = format === 'rss' ? toRfc822JstString : toJstIsoString;
  const pattern = new RegExp(`<(${elements.join('|')})>([^<]+)</\\1>`, 'g');
  return xml.replace(pattern, (whole, element: string, value: string) => {
    const time = Date.parse(value);
    return Number.isNaN(time) ? whole : `<${element}>${toJst(new Date(time))}</${element}>`;
  });
}

function categoriesOf(post: Post, siteUrl: string): Category[] {
  const kinds: TermKind[] = ['categories', 'tags'];
  return kinds.flatMap((kind) =>
    post[kind].map((name) => ({
      name,
      // Atom needs `term`; the URL segment is the stable identifier of a tag (`ＡＩ` and `AI` are one).
      term: termSlug(kind, name),
      scheme: absoluteUrl(termIndexPath(kind), siteUrl),
      domain: absoluteUrl(termIndexPath(kind), siteUrl),
    })),
  );
}

function toItem(post: Post, input: FeedInput, format: FeedFormat): Item {
  const url = absoluteUrl(postPath(post.slug), input.siteUrl);
  const author = post.author ?? input.defaultAuthor;
  return {
    title: post.title,
    id: url,
    link: url,
    date: new Date(format === 'rss' ? post.date : lastChange(post)),
    published: new Date(post.date),
    description: post.excerpt,
    content: absolutizeHtml(post.html, url),
    category: categoriesOf(post, input.siteUrl),
    // RSS's <author> must be an e-mail address; a name belongs in <dc:creator>.
    ...(format === 'rss'
      ? { extensions: [{ name: 'dc:creator', objects: { _text: author } }] }
      : { author: [{ name: author }] }),
  };
}

/** One feed as XML, newest post first, dates in Japan time. */
export function renderFeed(input: FeedInput, format: FeedFormat): string {
  const updates = input.posts.map(lastChange).sort();
  const feed = new Feed({
    title: input.title,
    description: input.description,
    id: input.pageUrl,
    link: input.pageUrl,
    language: input.language,
    copyright: input.copyright,
    image: input.imageUrl,
    // A feed with no posts still needs a stable date: the build's own would change on every build.
    updated: new Date(updates.at(-1) ?? 0),
    feedLinks: input.feedUrls,
    author: { name: input.defaultAuthor, link: input.siteUrl },
    generator: false,
  });
  for (const post of input.posts) feed.addItem(toItem(post, input, format));
  return withJstDates(format === 'rss' ? feed.rss2() : feed.atom1(), format);
}
