import type { MetadataRoute } from 'next';
import { getAllSeries, getAuthors, getPublishedPosts, getTerms } from '@/lib/posts/store';
import { siteConfig } from '@/lib/config';
import { sitemapEntries } from '@/lib/seo/sitemap';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries({
    posts: getPublishedPosts(),
    terms: { tags: getTerms('tags'), categories: getTerms('categories') },
    authors: getAuthors(),
    series: getAllSeries(),
    postsPerPage: siteConfig.postsPerPage,
    siteUrl: siteConfig.url,
  });
}
