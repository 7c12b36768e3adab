import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Article } from '@/components/article';
import { JsonLd } from '@/components/json-ld';
import { breadcrumbJsonLd, newsArticleJsonLd, postBreadcrumbs } from '@/lib/seo/json-ld';
import { postArticleFacts } from '@/lib/seo/metadata';
import { getPageMetadata } from '@/lib/seo/page-metadata';
import { getPostPage } from '@/lib/posts/post-pages';
import { siteConfig } from '@/lib/config';
import { postOgImagePath, postPath } from '@/lib/urls/routes';
import { decodeSegment } from '@/lib/urls/segments';

type Props = { params: Promise<{ slug: string }> };

// The newest posts are built; older ones render on first request and are then cached. proxy.ts answers
// every slug no published post has (drafts and scheduled posts included) with an uncached 404 first.
export const dynamic = 'force-static';
export const dynamicParams = true;

export async function generateStaticParams() {
  // Imported here, at build time only: a server rendering one post reads that post's file, never the archive.
  const { getPublishedPosts } = await import('@/lib/posts/store');
  return getPublishedPosts()
    .slice(0, siteConfig.prerenderedPosts)
    .map((post) => ({ slug: post.slug }));
}

async function findPostPage(params: Props['params']) {
  const page = await getPostPage(decodeSegment((await params).slug));
  if (!page) notFound();
  return page;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { post } = await findPostPage(params);
  return getPageMetadata({
    path: postPath(post.slug),
    title: post.title,
    description: post.excerpt,
    imagePath: postOgImagePath(post.slug),
    article: postArticleFacts(post),
  });
}

export default async function PostPage({ params }: Props) {
  const { post, related, adjacent, series } = await findPostPage(params);
  const t = await getTranslations('nav');
  return (
    <>
      <JsonLd data={[newsArticleJsonLd(post), breadcrumbJsonLd(postBreadcrumbs(post, t('home')))]} />
      <Article post={post} related={related} adjacent={adjacent} series={series} />
    </>
  );
}
