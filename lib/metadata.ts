/**
 * The <head> every page shares: canonical URL, description, Open Graph and
 * Twitter cards, and the feeds. Next merges metadata shallowly (a page's
 * `openGraph` replaces the layout's whole object), so each page gets the
 * complete set from here rather than relying on inheritance.
 */
import type { Metadata } from 'next';
import { toJstIsoString } from './dates';
import { absoluteUrl, DEFAULT_OG_IMAGE_PATH, feedPath } from './routes';
import { siteConfig } from './site';

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

/** Metadata every page without a canonical address of its own gets (the 404 page). */
export function baseMetadata(feeds: SiteFeeds): Metadata {
  const image = { url: absoluteUrl(DEFAULT_OG_IMAGE_PATH), ...OG_IMAGE_SIZE, alt: siteConfig.name };
  return {
    metadataBase: new URL(siteConfig.url),
    title: { default: siteConfig.name, template: `%s | ${siteConfig.name}` },
    description: siteConfig.description,
    applicationName: siteConfig.name,
    alternates: { types: feedAlternates(feeds) },
    openGraph: {
      type: 'website',
      siteName: siteConfig.name,
      locale: siteConfig.ogLocale,
      title: siteConfig.name,
      description: siteConfig.description,
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      site: siteConfig.social.x.handle,
      title: siteConfig.name,
      description: siteConfig.description,
      images: [image.url],
    },
  };
}

export function pageMetadata(input: PageMetadataInput): Metadata {
  const url = absoluteUrl(input.path);
  const shareTitle = input.title ?? siteConfig.name;
  const image = {
    url: absoluteUrl(input.imagePath ?? DEFAULT_OG_IMAGE_PATH),
    ...OG_IMAGE_SIZE,
    alt: input.imageAlt ?? shareTitle,
  };
  const common = {
    siteName: siteConfig.name,
    locale: siteConfig.ogLocale,
    url,
    title: shareTitle,
    description: input.description,
    images: [image],
  };
  const { article } = input;
  return {
    ...(input.title === undefined ? {} : { title: input.title }),
    description: input.description,
    alternates: { canonical: url, types: feedAlternates(input.feeds, input.extraFeeds) },
    openGraph: article
      ? {
          ...common,
          type: 'article',
          publishedTime: toJstIsoString(article.publishedAt),
          modifiedTime: toJstIsoString(article.modifiedAt ?? article.publishedAt),
          authors: article.authors,
          section: article.section,
          tags: article.tags,
        }
      : { ...common, type: 'website' },
    twitter: {
      card: 'summary_large_image',
      site: siteConfig.social.x.handle,
      title: shareTitle,
      description: input.description,
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}
