/**
 * The share-image routes of a post, one per format of lib/og/formats.ts
 * (`/posts/<slug>/og.png`, `og-16x9.png`, `og-4x3.png`, `og-1x1.png`). Each route
 * file holds its segment config (Next reads it from the file itself) and takes
 * its params and handler from here.
 */
import { renderPostOgImage } from '@/lib/og/image';
import type { ShareImageFormat } from '@/lib/og/formats';
import { getPostPage } from '@/lib/posts/post-pages';
import { decodeSegment } from '@/lib/urls/segments';
import { siteConfig } from '@/lib/config';

export function shareImageRoute(format: ShareImageFormat) {
  return {
    /** The newest posts' images at build time, the others on first request (then cached). */
    async generateStaticParams() {
      // Build time only: an image rendered on request reads its post's own file (as the post page does), not the archive.
      const { getPublishedPosts } = await import('@/lib/posts/store');
      return getPublishedPosts()
        .slice(0, siteConfig.prerenderedShareImages)
        .map((post) => ({ slug: post.slug }));
    },

    // Next caches every answer of these routes, so proxy.ts turns away slugs no post has before they get here.
    async GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
      const post = (await getPostPage(decodeSegment((await params).slug)))?.post;
      // Reached only by a draft or a post not yet published (proxy.ts): browsers and CDNs must not keep the 404.
      if (!post) return new Response('Not Found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
      return renderPostOgImage(post, format);
    },
  };
}
