/**
 * pageMetadata (lib/seo/metadata.ts) with the feed titles filled in from
 * messages/ja.json, for generateMetadata in the route files.
 */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { baseMetadata, pageMetadata, siteFeeds, type PageMetadataInput, type SiteFeeds } from './metadata';
import { absoluteUrl } from '../urls/absolute-url';
import { siteConfig } from '../config';

async function translatedSiteFeeds(): Promise<SiteFeeds> {
  const t = await getTranslations({ locale: siteConfig.locale, namespace: 'feeds' });
  return siteFeeds({ rss: t('rss', { siteName: siteConfig.name }), atom: t('atom', { siteName: siteConfig.name }) });
}

export async function getBaseMetadata(): Promise<Metadata> {
  return baseMetadata(await translatedSiteFeeds());
}

export async function getPageMetadata(
  input: Omit<PageMetadataInput, 'feeds' | 'extraFeeds'> & { termFeed?: { title: string; path: string } },
): Promise<Metadata> {
  const { termFeed, ...rest } = input;
  const t = await getTranslations({ locale: siteConfig.locale, namespace: 'feeds' });
  return pageMetadata({
    ...rest,
    feeds: await translatedSiteFeeds(),
    extraFeeds: termFeed ? [{ title: t('term', { title: termFeed.title }), url: absoluteUrl(termFeed.path) }] : [],
  });
}
