import { renderOgImage } from '@/components/og-image';
import { siteConfig } from '@/lib/site';

export const dynamic = 'force-static';

/** The share image of every page that is not a post. */
export function GET() {
  return renderOgImage({ title: siteConfig.name, lead: siteConfig.description, siteName: siteConfig.name });
}
