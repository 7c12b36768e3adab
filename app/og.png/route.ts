import { renderDefaultOgImage } from '@/lib/og/image';

export const dynamic = 'force-static';

/** The share image of every page that is not a post. */
export function GET() {
  return renderDefaultOgImage();
}
