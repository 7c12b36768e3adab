import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { PostList } from '@/components/post-list';
import { homePagePath } from '@/lib/routes';
import { getHomePage } from '@/lib/posts';

export default async function HomePage() {
  const t = await getTranslations('list');
  const { items, page, totalPages } = getHomePage(1);
  return (
    <>
      <PageHeader title={t('latest')} />
      <PostList posts={items} />
      <Pagination page={page} totalPages={totalPages} pathFor={homePagePath} />
    </>
  );
}
