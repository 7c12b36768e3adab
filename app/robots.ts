import type { MetadataRoute } from 'next';
import { absoluteUrl, SITEMAP_PATH } from '@/lib/urls/routes';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: '/' }], sitemap: absoluteUrl(SITEMAP_PATH) };
}
