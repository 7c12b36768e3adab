import type { MetadataRoute } from 'next';
import { getAuthors, getPublishedPosts, getTerms } from '@/lib/posts';
import { siteConfig } from '@/lib/site';
import { sitemapEntries } from '@/lib/sitemap';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries({
    posts: getPublishedPosts(),
    terms: { tags: getTerms('tags'), categories: getTerms('categories') },
    authors: getAuthors(),
    postsPerPage: siteConfig.postsPerPage,
    siteUrl: siteConfig.url,
  });
}
