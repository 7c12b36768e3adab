import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AuthorIndex } from '@/components/author-index';
import { PageHeader } from '@/components/page-header';
import { getPageMetadata } from '@/lib/page-metadata';
import { getAuthors } from '@/lib/posts';
import { authorIndexPath } from '@/lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('authors');
  return getPageMetadata({ path: authorIndexPath(), title: t('indexTitle'), description: t('indexDescription') });
}

export default async function AuthorsPage() {
  const t = await getTranslations('authors');
  return (
    <>
      <PageHeader title={t('indexTitle')}>
        <p>{t('indexDescription')}</p>
      </PageHeader>
      <AuthorIndex authors={getAuthors()} />
    </>
  );
}
