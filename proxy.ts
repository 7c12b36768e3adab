import { NextResponse, type NextRequest } from 'next/server';
import { resolveDatedUrl, type DatedUrlTable } from '@/lib/legacy-urls';
// Written by the content step (scripts/content.ts) from the published posts; bundled into the proxy at build time.
import datedUrls from './.contentlayer/legacy-dated-urls.json';

/**
 * Old dated Jekyll URLs (`/<categories>/2025/11/28/<title>.html`) → /posts/<slug>, 308.
 * One table lookup here instead of a redirect rule per post (see lib/legacy-urls.ts).
 * Nothing else passes through this: the matcher only lets date-shaped paths in.
 */
export function proxy(request: NextRequest) {
  const destination = resolveDatedUrl(request.nextUrl.pathname, datedUrls as DatedUrlTable);
  if (!destination) return NextResponse.next();
  return NextResponse.redirect(new URL(destination, request.url), 308);
}

export const config = {
  matcher: ['/:legacy((?:[^/]+/)*\\d{4}/\\d{2}/\\d{2}/[^/]+)'],
};
