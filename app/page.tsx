import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { JsonLd } from '@/components/json-ld';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { PostList } from '@/components/post-list';
import { websiteJsonLd } from '@/lib/json-ld';
import { getPageMetadata } from '@/lib/page-metadata';
import { getHomePage } from '@/lib/posts';
import { homePagePath } from '@/lib/routes';
import { siteConfig } from '@/lib/site';

export function generateMetadata(): Promise<Metadata> {
  return getPageMetadata({ path: homePagePath(1), description: siteConfig.description });
}

export default async function HomePage() {
  const t = await getTranslations('list');
  const { items, page, totalPages } = getHomePage(1);
  return (
    <>
      <JsonLd data={websiteJsonLd()} />
      <PageHeader title={t('latest')} />
      <PostList posts={items} />
      <Pagination page={page} totalPages={totalPages} pathFor={homePagePath} />
    </>
  );
}
