import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Article } from '@/components/article';
import { JsonLd } from '@/components/json-ld';
import { breadcrumbJsonLd, newsArticleJsonLd, postBreadcrumbs } from '@/lib/seo/json-ld';
import { postArticleFacts } from '@/lib/seo/metadata';
import { getPageMetadata } from '@/lib/seo/page-metadata';
import { getAdjacentPosts, getPostBySlug, getPublishedPosts, getRelatedPosts, getSeriesOf } from '@/lib/posts/store';
import { siteConfig } from '@/lib/config';
import { postOgImagePath, postPath } from '@/lib/urls/routes';
import { decodeSegment } from '@/lib/urls/segments';

type Props = { params: Promise<{ slug: string }> };

// The newest posts are built; older ones render on first request and are then cached. proxy.ts answers
// every slug no published post has (drafts and scheduled posts included) with an uncached 404 first.
export const dynamic = 'force-static';
export const dynamicParams = true;

export function generateStaticParams() {
  return getPublishedPosts()
    .slice(0, siteConfig.prerenderedPosts)
    .map((post) => ({ slug: post.slug }));
}

async function findPost(params: Props['params']) {
  const post = await getPostBySlug(decodeSegment((await params).slug));
  if (!post) notFound();
  return post;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await findPost(params);
  return getPageMetadata({
    path: postPath(post.slug),
    title: post.title,
    description: post.excerpt,
    imagePath: postOgImagePath(post.slug),
    article: postArticleFacts(post),
  });
}

export default async function PostPage({ params }: Props) {
  const post = await findPost(params);
  const t = await getTranslations('nav');
  return (
    <>
      <JsonLd data={[newsArticleJsonLd(post), breadcrumbJsonLd(postBreadcrumbs(post, t('home')))]} />
      <Article post={post} related={getRelatedPosts(post.slug)} adjacent={getAdjacentPosts(post.slug)} series={getSeriesOf(post)} />
    </>
  );
}
