import type { Metadata } from 'next';
import { getPageMetadata } from '@/lib/seo/page-metadata';
import { SEARCH_PATH } from '@/lib/urls/routes';
import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { getClientMessages } from '@/i18n/get-client-messages';
import { PageHeader } from '@/components/page-header';
import { SearchForm, SearchPage } from '@/components/search/search-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('search');
  // Result pages are for readers, not search engines: keep them out of indexes.
  const metadata = await getPageMetadata({ path: SEARCH_PATH, title: t('pageTitle'), description: t('pageDescription') });
  return { ...metadata, robots: { index: false, follow: true } };
}

// Static: the query is read in the browser. Until then (and without JavaScript) the plain form shows.
export default async function Search() {
  const t = await getTranslations('search');
  const { search } = await getClientMessages();
  return (
    <>
      <PageHeader title={t('pageTitle')} />
      {/* Filters and results appear only once the browser has read the query: reserve
          a screen's height for them so that the footer does not jump (CLS). */}
      <div className="min-h-svh">
        <Suspense fallback={<SearchForm messages={search} />}>
          <SearchPage messages={search} />
        </Suspense>
      </div>
    </>
  );
}
