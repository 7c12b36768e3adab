import { renderDefaultOgImage } from '@/components/og-image';

export const dynamic = 'force-static';

/** The share image of every page that is not a post. */
export function GET() {
  return renderDefaultOgImage();
}
