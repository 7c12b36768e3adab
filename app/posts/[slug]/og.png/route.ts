import { renderPostOgImage } from '@/lib/og/image';
import { getPostBySlug, getPublishedPosts } from '@/lib/posts/store';
import { decodeSegment } from '@/lib/urls/segments';
import { siteConfig } from '@/lib/config';

// Static once rendered: the newest posts' images at build time, the others on first request (then cached).
// Next caches every answer of this route, so proxy.ts turns away slugs no post has before they get here.
export const dynamic = 'force-static';
export const dynamicParams = true;

export function generateStaticParams() {
  return getPublishedPosts()
    .slice(0, siteConfig.prerenderedShareImages)
    .map((post) => ({ slug: post.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const post = getPostBySlug(decodeSegment((await params).slug));
  // Reached only by a draft or a post not yet published (proxy.ts): browsers and CDNs must not keep the 404.
  if (!post) return new Response('Not Found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  return renderPostOgImage(post);
}
