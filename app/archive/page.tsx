import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ArchiveList } from '@/components/archive-list';
import { PageHeader } from '@/components/page-header';
import { getPageMetadata } from '@/lib/seo/page-metadata';
import { getArchive, getPublishedPosts } from '@/lib/posts/store';
import { archivePath } from '@/lib/urls/routes';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('archive');
  return getPageMetadata({ path: archivePath(), title: t('title'), description: t('description') });
}

export default async function ArchivePage() {
  const t = await getTranslations('archive');
  return (
    <>
      <PageHeader title={t('title')}>
        <p>{t('description')}</p>
        <p>{t('total', { count: getPublishedPosts().length })}</p>
      </PageHeader>
      <ArchiveList years={getArchive()} />
    </>
  );
}
