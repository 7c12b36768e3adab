import { getBuildTime, getPublishedPosts } from '@/lib/posts/store';
import { renderNewsSitemap } from '@/lib/seo/news-sitemap';
import { siteConfig } from '@/lib/config';

// Written at build time: the two days before the build (the hourly scheduled build moves the window).
export const dynamic = 'force-static';

export function GET(): Response {
  const xml = renderNewsSitemap({
    posts: getPublishedPosts(),
    now: getBuildTime(),
    siteName: siteConfig.name,
    language: siteConfig.locale,
    siteUrl: siteConfig.url,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
