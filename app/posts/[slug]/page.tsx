import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Article } from '@/components/article';
import { getAdjacentPosts, getPostBySlug, getPublishedPosts, getRelatedPosts } from '@/lib/posts';
import { decodeSegment } from '@/lib/segments';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getPublishedPosts().map((post) => ({ slug: post.slug }));
}

async function findPost(params: Props['params']) {
  const post = getPostBySlug(decodeSegment((await params).slug));
  if (!post) notFound();
  return post;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await findPost(params);
  return { title: post.title, description: post.excerpt };
}

export default async function PostPage({ params }: Props) {
  const post = await findPost(params);
  return <Article post={post} related={getRelatedPosts(post.slug)} adjacent={getAdjacentPosts(post.slug)} />;
}
