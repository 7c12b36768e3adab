import { renderPostOgImage } from '@/components/og-image';
import { getPostBySlug, getPublishedPosts } from '@/lib/posts';
import { decodeSegment } from '@/lib/segments';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getPublishedPosts().map((post) => ({ slug: post.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const post = getPostBySlug(decodeSegment((await params).slug));
  if (!post) return new Response('Not Found', { status: 404 });
  return renderPostOgImage(post);
}
