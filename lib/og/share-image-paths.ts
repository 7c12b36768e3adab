/**
 * Which share image URLs exist. Older posts' images render on their first
 * request and are then cached for good (app/posts/[slug]/og.png/route.ts), so
 * a request for a slug no post has would add a cache entry per made-up URL.
 * proxy.ts answers those with an uncached 404 before the route is reached,
 * from the table of on-demand paths the content step writes (lib/urls/on-demand-paths.ts).
 */
import { decodeSegment } from '../urls/segments';
import { SHARE_IMAGE_FILES } from './formats';

const PREFIX = '/posts/';
const SUFFIXES = SHARE_IMAGE_FILES.map((file) => `/${file}`);

/** `/posts/<slug>/og.png` (or another format's file) → the slug, decoded as the route decodes it; any other path → undefined. */
export function shareImageSlug(pathname: string): string | undefined {
  const suffix = SUFFIXES.find((end) => pathname.endsWith(end));
  if (!pathname.startsWith(PREFIX) || suffix === undefined) return undefined;
  const segment = pathname.slice(PREFIX.length, pathname.length - suffix.length);
  if (segment === '' || segment.includes('/')) return undefined;
  return decodeSegment(segment);
}

/**
 * The slugs that may have a share image: every post that is not a draft. A
 * scheduled post is included, since it may be published by the time its image
 * is asked for; the route itself answers 404 while it is not.
 */
export function shareImageSlugs(posts: readonly { slug: string; draft?: boolean }[]): string[] {
  return posts.filter((post) => !post.draft).map((post) => post.slug);
}

/** Whether a request must be answered 404 without reaching the cached route. */
export function isUnknownShareImage(pathname: string, knownSlugs: ReadonlySet<string>): boolean {
  const slug = shareImageSlug(pathname);
  return slug !== undefined && !knownSlugs.has(slug);
}
