import type { Metadata } from 'next';
import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { SearchForm, SearchPage } from '@/components/search/search-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('search');
  return { title: t('pageTitle'), description: t('pageDescription') };
}

// Static: the query is read in the browser. Until then (and without JavaScript) the plain form shows.
export default async function Search() {
  const t = await getTranslations('search');
  return (
    <>
      <PageHeader title={t('pageTitle')} />
      <Suspense fallback={<SearchForm />}>
        <SearchPage />
      </Suspense>
    </>
  );
}
