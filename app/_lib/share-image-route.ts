/**
 * The share-image routes of a post, one per format of lib/og/formats.ts
 * (`/posts/<slug>/og.png`, `og-16x9.png`, `og-4x3.png`, `og-1x1.png`). Each route
 * file holds its segment config (Next reads it from the file itself) and takes
 * its params and handler from here.
 */
import { renderPostOgImage } from '@/lib/og/image';
import type { ShareImageFormat } from '@/lib/og/formats';
import { getPostSummary, getPublishedPosts } from '@/lib/posts/store';
import { decodeSegment } from '@/lib/urls/segments';
import { siteConfig } from '@/lib/config';

export function shareImageRoute(format: ShareImageFormat) {
  return {
    /** The newest posts' images at build time, the others on first request (then cached). */
    generateStaticParams: () =>
      getPublishedPosts()
        .slice(0, siteConfig.prerenderedShareImages)
        .map((post) => ({ slug: post.slug })),

    // Next caches every answer of these routes, so proxy.ts turns away slugs no post has before they get here.
    async GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
      const post = getPostSummary(decodeSegment((await params).slug));
      // Reached only by a draft or a post not yet published (proxy.ts): browsers and CDNs must not keep the 404.
      if (!post) return new Response('Not Found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
      return renderPostOgImage(post, format);
    },
  };
}
