import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { JsonLd } from '@/components/json-ld';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { PostList } from '@/components/post-list';
import { collectionPageJsonLd } from '@/lib/json-ld';
import { getPageMetadata } from '@/lib/page-metadata';
import { laterPageNumbers, pageNumberFromSegment } from '@/lib/post-query';
import { getHomePage, getHomePageCount } from '@/lib/posts';
import { homePagePath } from '@/lib/routes';
import { siteConfig } from '@/lib/site';

type Props = { params: Promise<{ page: string }> };

// Pages up to siteConfig.prerenderedListPages are built; later ones render on first request, then stay cached.
export const dynamic = 'force-static';
export const dynamicParams = true;

// Page 1 is the home page itself; /page/2 onwards are generated here.
export function generateStaticParams() {
  return laterPageNumbers(getHomePageCount(), siteConfig.prerenderedListPages).map((page) => ({ page }));
}

async function pageNumber(params: Props['params']): Promise<number> {
  return pageNumberFromSegment((await params).page, getHomePageCount()) ?? notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('home');
  const page = await pageNumber(params);
  return getPageMetadata({ path: homePagePath(page), title: t('pageTitle', { page }), description: siteConfig.description });
}

export default async function HomePaginatedPage({ params }: Props) {
  const t = await getTranslations('home');
  const { items, page, totalPages } = getHomePage(await pageNumber(params));
  return (
    <>
      <JsonLd data={collectionPageJsonLd({ name: t('pageTitle', { page }), description: siteConfig.description, path: homePagePath(page) })} />
      <PageHeader title={t('pageTitle', { page })} />
      <PostList posts={items} />
      <Pagination page={page} totalPages={totalPages} pathFor={homePagePath} />
    </>
  );
}
