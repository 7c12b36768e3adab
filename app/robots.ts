import type { MetadataRoute } from 'next';
import { NEWS_SITEMAP_PATH, SITEMAP_PATH } from '@/lib/urls/routes';
import { absoluteUrl } from '@/lib/urls/absolute-url';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: '/' }], sitemap: [absoluteUrl(SITEMAP_PATH), absoluteUrl(NEWS_SITEMAP_PATH)] };
}
