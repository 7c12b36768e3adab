import { NextResponse, type NextRequest } from 'next/server';
import { resolveLegacyUrl, type LegacyUrlTable } from '@/lib/urls/legacy-urls';
import { readOnDemandPathTable, unknownOnDemandPath, type OnDemandPathTable } from '@/lib/urls/on-demand-paths';
// Written by the content step (scripts/content.ts) from the published posts; bundled into the proxy at build time.
import legacyUrls from './.contentlayer/legacy-urls.json';
// Written by the content step too: the share images and list pages that exist (lib/urls/on-demand-paths.ts).
import onDemandPathTable from './.contentlayer/on-demand-paths.json';

const onDemandPaths = readOnDemandPathTable(onDemandPathTable as OnDemandPathTable);

// No route has this path, so Next answers it with the site's 404 page, uncached, and stores nothing.
const UNROUTED_PATH = '/_unknown-on-demand-path';

/**
 * Three jobs, each limited by the matcher below. The first two are for routes that
 * render on first request and cache whatever they answer, 404s included, so every
 * made-up URL would add a cache entry for good (lib/urls/on-demand-paths.ts). `next dev`
 * caches nothing and shows drafts and scheduled posts, which the table leaves out:
 * it is left alone.
 * - `/posts/<slug>` for a slug no published post has (none, a draft's, a scheduled
 *   post's): the site's 404 page, uncached. Older posts render on first request.
 * - `/posts/<slug>/og.png` (and its other formats, og-16x9.png…) for a slug no post has: 404, uncached.
 * - `/tags|categories/<segment>/feed.xml` for a term no published post has: 404, uncached.
 * - `/page/<n>`, `/tags|categories|authors/<segment>/page/<n>` past the end of the
 *   list or of a list that does not exist, and `/tags|categories/<segment>` for a term
 *   no published post has: the site's 404 page, uncached.
 * - Old Jekyll URLs (`/<categories>/2025/11/28/<title>.html`, or whatever the old site's
 *   permalink pattern or a post's `permalink:` made) → /posts/<slug>, 308. One table
 *   lookup here instead of a redirect rule per post (see lib/urls/legacy-urls.ts). The
 *   matcher leaves the site's own routes and files alone: an old URL never starts with one.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const unknown = process.env.NODE_ENV === 'development' ? undefined : unknownOnDemandPath(pathname, onDemandPaths);
  if (unknown === 'share-image' || unknown === 'feed') {
    return new NextResponse('Not Found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  }
  if (unknown === 'list-page' || unknown === 'post') {
    // `request.url` has the origin Next itself counts as its own, so the rewrite stays inside
    // the server, except under `next start -H <address>` (see playwright.config.ts, which leaves `-H` out).
    return NextResponse.rewrite(new URL(UNROUTED_PATH, request.url), { headers: { 'Cache-Control': 'no-store' } });
  }
  const destination = resolveLegacyUrl(pathname, legacyUrls as LegacyUrlTable);
  if (!destination) return NextResponse.next();
  return NextResponse.redirect(new URL(destination, request.url), 308);
}

export const config = {
  matcher: [
    // Post pages: older ones render on first request, so an unknown slug must not reach the route.
    '/posts/:slug',
    // The files of lib/og/formats.ts, spelt out because the matcher must be a literal (a unit test holds them together).
    '/posts/:slug/:image(og|og-16x9|og-4x3|og-1x1).png',
    '/page/:page',
    '/:kind(tags|categories|authors)/:list/page/:page',
    // Term pages (past the most used terms) and term feeds render on first request too.
    '/:kind(tags|categories)/:term',
    '/:kind(tags|categories)/:term/feed.xml',
    // Any other path: not `_…`, not under a route or file folder of this site, not one of its files.
    '/:legacy((?!_|(?:posts|tags|categories|authors|page|archive|search|pagefind|images|assets|img)(?:/|$)|(?:feed\\.xml|atom\\.xml|sitemap\\.xml|robots\\.txt|og\\.png|icon\\.svg|favicon\\.ico)$).+)',
  ],
};
