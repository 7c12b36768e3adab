import path from 'node:path';
import { compareNewestFirst } from '../../posts/query';
import { postPath } from '../../urls/routes';

/** A post page as `next build` wrote it, and the URL readers reach it at. */
export type BuiltPostPage = { slug: string; url: string; htmlFile: string };

export const POST_ROUTE = '/posts/[slug]';

type PrerenderManifest = { routes?: Record<string, { srcRoute?: string | null }> };

/**
 * The post pages of a production build, read from Next's prerender manifest: exactly
 * the pages that were generated, so drafts and scheduled posts (which lib/posts
 * leaves out of generateStaticParams) can never reach the index. Routes are listed
 * decoded (`/posts/日本語`), which is also how the HTML files are named.
 */
export function builtPostPages(manifest: unknown, distDir: string): BuiltPostPage[] {
  const routes = (manifest as PrerenderManifest)?.routes;
  if (!routes || typeof routes !== 'object') throw new Error('prerender-manifest.json に routes がありません');
  const prefix = `${path.posix.dirname(POST_ROUTE)}/`;
  return Object.entries(routes)
    .filter(([route, info]) => info?.srcRoute === POST_ROUTE && route.startsWith(prefix))
    .map(([route]) => {
      const slug = route.slice(prefix.length);
      return { slug, url: postPath(slug), htmlFile: path.join(distDir, 'server', 'app', `${route.slice(1)}.html`) };
    })
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/**
 * The pages in the site's newest-first order (lib/post-query), by the content
 * step's documents; pages without one come last. The index is cut into shards in
 * this order (./build-index), which keeps a date-sorted search in order across shards.
 */
export function newestFirst(pages: BuiltPostPage[], documents: { slug: string; date: string }[]): BuiltPostPage[] {
  const place = new Map([...documents].sort(compareNewestFirst).map((doc, index) => [doc.slug, index]));
  const placeOf = (page: BuiltPostPage) => place.get(page.slug) ?? documents.length;
  return [...pages].sort((a, b) => placeOf(a) - placeOf(b) || a.slug.localeCompare(b.slug));
}
