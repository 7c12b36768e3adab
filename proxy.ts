import { NextResponse, type NextRequest } from 'next/server';
import { resolveDatedUrl, type DatedUrlTable } from '@/lib/legacy-urls';
import { isUnknownShareImage } from '@/lib/og/share-image-paths';
// Written by the content step (scripts/content.ts) from the published posts; bundled into the proxy at build time.
import datedUrls from './.contentlayer/legacy-dated-urls.json';
// Written by the content step too: the slugs of the posts that are not drafts.
import shareImageSlugs from './.contentlayer/share-image-slugs.json';

const knownShareImages: ReadonlySet<string> = new Set(shareImageSlugs);

/**
 * Two jobs, each limited by the matcher below:
 * - `/posts/<slug>/og.png` for a slug no post has: 404, uncached. The route renders
 *   older posts' images on first request and caches whatever it answers, 404s
 *   included, so made-up slugs would grow the cache without bound. (`next dev`
 *   caches nothing and may have posts newer than the table: it is left alone.)
 * - Old dated Jekyll URLs (`/<categories>/2025/11/28/<title>.html`) → /posts/<slug>, 308.
 *   One table lookup here instead of a redirect rule per post (see lib/legacy-urls.ts).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (process.env.NODE_ENV !== 'development' && isUnknownShareImage(pathname, knownShareImages)) {
    return new NextResponse('Not Found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  }
  const destination = resolveDatedUrl(pathname, datedUrls as DatedUrlTable);
  if (!destination) return NextResponse.next();
  return NextResponse.redirect(new URL(destination, request.url), 308);
}

export const config = {
  matcher: ['/posts/:slug/og.png', '/:legacy((?:[^/]+/)*\\d{4}/\\d{2}/\\d{2}/[^/]+)'],
};
