/**
 * The index pages of the lists' owners: every tag (/tags), every category
 * (/categories) and every author (/authors), each with its post count. The route
 * files under app/ are one line each and get their metadata and page here.
 */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AuthorIndex } from '@/components/author-index';
import { SeriesIndex } from '@/components/series-index';
import { JsonLd } from '@/components/json-ld';
import { PageHeader } from '@/components/page-header';
import { TermIndex } from '@/components/term-index';
import { breadcrumbJsonLd, collectionPageJsonLd, termBreadcrumbs } from '@/lib/seo/json-ld';
import { getPageMetadata } from '@/lib/seo/page-metadata';
import { getAllSeries, getAuthors, getTerms, type TermKind } from '@/lib/posts/store';
import { authorIndexPath, homePagePath, seriesIndexPath, termIndexPath } from '@/lib/urls/routes';

type IndexKind = TermKind | 'authors' | 'series';

const indexPath = (kind: IndexKind) => (kind === 'authors' ? authorIndexPath() : kind === 'series' ? seriesIndexPath() : termIndexPath(kind));

export function indexRoute(kind: IndexKind) {
  const path = indexPath(kind);

  return {
    async generateMetadata(): Promise<Metadata> {
      const t = await getTranslations(kind);
      return getPageMetadata({ path, title: t('indexTitle'), description: t('indexDescription') });
    },

    async IndexPage() {
      const t = await getTranslations();
      const title = t(`${kind}.indexTitle`);
      const description = t(`${kind}.indexDescription`);
      return (
        <>
          {kind !== 'authors' && (
            // CollectionPage, and ホーム › タグ一覧 (› 連載一覧).
            <JsonLd
              data={[
                collectionPageJsonLd({ name: title, description, path }),
                breadcrumbJsonLd(
                  kind === 'series'
                    ? [
                        { name: t('nav.home'), path: homePagePath(1) },
                        { name: title, path },
                      ]
                    : termBreadcrumbs(kind, { home: t('nav.home'), index: title }),
                ),
              ]}
            />
          )}
          <PageHeader title={title}>
            <p>{description}</p>
          </PageHeader>
          {kind === 'authors' ? (
            <AuthorIndex authors={getAuthors()} />
          ) : kind === 'series' ? (
            <SeriesIndex series={getAllSeries()} />
          ) : (
            <TermIndex terms={getTerms(kind)} />
          )}
        </>
      );
    },
  };
}
