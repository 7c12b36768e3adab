/**
 * The <head> every page shares: canonical URL, description, Open Graph and
 * Twitter cards, and the feeds. Next merges metadata shallowly (a page's
 * `openGraph` replaces the layout's whole object), so each page gets the
 * complete set from here rather than relying on inheritance.
 */
import type { Metadata } from 'next';
import { toJstIsoString } from '../posts/dates';
import { lastChange, type PostSummary } from '../posts/query';
import { DEFAULT_OG_IMAGE_PATH, feedPath } from '../urls/routes';
import { absoluteUrl } from '../urls/absolute-url';
import { siteConfig } from '../config';

export type FeedLink = { title: string; url: string };

export type SiteFeeds = { rss: FeedLink; atom: FeedLink };

export type ArticleFacts = {
  /** UTC ISO 8601, as stored. */
  publishedAt: string;
  modifiedAt?: string;
  authors: string[];
  section?: string;
  tags: string[];
};

export type PageMetadataInput = {
  /** Site-relative path of the page itself (its canonical URL). */
  path: string;
  /** The page's own title; the layout's template adds the site name for the tab. Omit on the home page. */
  title?: string;
  description: string;
  /** Site-relative path of the share image; the site's default image when omitted. */
  imagePath?: string;
  imageAlt?: string;
  /** Feeds advertised with <link rel="alternate">: the site's, plus e.g. the tag's own. */
  feeds: SiteFeeds;
  extraFeeds?: FeedLink[];
  article?: ArticleFacts;
};

/** What Open Graph says about a post; the author is the desk (編集部) when the front matter names none, as in JSON-LD. */
export function postArticleFacts(post: Pick<PostSummary, 'date' | 'lastModifiedAt' | 'author' | 'categories' | 'tags'>): ArticleFacts {
  return {
    publishedAt: post.date,
    modifiedAt: post.lastModifiedAt,
    authors: [post.author ?? siteConfig.defaultAuthor],
    section: post.categories[0],
    tags: post.tags,
  };
}

export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Absolute feed links for the site-wide feeds, given their (translated) titles. */
export function siteFeeds(titles: { rss: string; atom: string }): SiteFeeds {
  return {
    rss: { title: titles.rss, url: absoluteUrl(feedPath('rss')) },
    atom: { title: titles.atom, url: absoluteUrl(feedPath('atom')) },
  };
}

function feedAlternates(feeds: SiteFeeds, extra: FeedLink[] = []): NonNullable<Metadata['alternates']>['types'] {
  return {
    'application/rss+xml': [...extra, feeds.rss].map(({ title, url }) => ({ title, url })),
    'application/atom+xml': [{ title: feeds.atom.title, url: feeds.atom.url }],
  };
}

type ShareCard = {
  /** Absolute URL of the page; omitted where the page has no address of its own. */
  url?: string;
  title: string;
  description: string;
  imagePath: string;
  imageAlt: string;
  article?: ArticleFacts;
};

/** Open Graph and the Twitter card: one image, one title, one description for both. */
function shareCards(card: ShareCard): Pick<Metadata, 'openGraph' | 'twitter'> {
  const image = { url: absoluteUrl(card.imagePath), ...OG_IMAGE_SIZE, alt: card.imageAlt };
  const common = {
    siteName: siteConfig.name,
    locale: siteConfig.ogLocale,
    ...(card.url ? { url: card.url } : {}),
    title: card.title,
    description: card.description,
    images: [image],
  };
  const { article } = card;
  return {
    openGraph: article
      ? {
          ...common,
          type: 'article',
          publishedTime: toJstIsoString(article.publishedAt),
          modifiedTime: toJstIsoString(lastChange({ date: article.publishedAt, lastModifiedAt: article.modifiedAt })),
          authors: article.authors,
          section: article.section,
          tags: article.tags,
        }
      : { ...common, type: 'website' },
    twitter: {
      card: 'summary_large_image',
      site: siteConfig.social.x.handle,
      title: card.title,
      description: card.description,
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}

/** What the layout gives every page; pages without an address of their own (the 404 page) keep it. */
export function baseMetadata(feeds: SiteFeeds): Metadata {
  return {
    metadataBase: new URL(siteConfig.url),
    title: { default: siteConfig.name, template: `%s | ${siteConfig.name}` },
    description: siteConfig.description,
    applicationName: siteConfig.name,
    alternates: { types: feedAlternates(feeds) },
    ...shareCards({
      title: siteConfig.name,
      description: siteConfig.description,
      imagePath: DEFAULT_OG_IMAGE_PATH,
      imageAlt: siteConfig.name,
    }),
  };
}

export function pageMetadata(input: PageMetadataInput): Metadata {
  const url = absoluteUrl(input.path);
  const shareTitle = input.title ?? siteConfig.name;
  return {
    ...(input.title === undefined ? {} : { title: input.title }),
    description: input.description,
    alternates: { canonical: url, types: feedAlternates(input.feeds, input.extraFeeds) },
    ...shareCards({
      url,
      title: shareTitle,
      description: input.description,
      imagePath: input.imagePath ?? DEFAULT_OG_IMAGE_PATH,
      imageAlt: input.imageAlt ?? shareTitle,
      article: input.article,
    }),
  };
}
