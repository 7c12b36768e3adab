import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { breadcrumbJsonLd, collectionPageJsonLd, termBreadcrumbs } from '@/lib/json-ld';
import { getPageMetadata } from '@/lib/page-metadata';
import { laterPageNumbers, pageNumberFromSegment } from '@/lib/post-query';
import { getTerm, getTermPage, getTerms, type Term, type TermKind } from '@/lib/posts';
import { termFeedPath, termIndexPath, termPath } from '@/lib/routes';
import { decodeSegment } from '@/lib/segments';
import { siteConfig } from '@/lib/site';
import { JsonLd } from './json-ld';
import { PageHeader } from './page-header';
import { Pagination } from './pagination';
import { PostList } from './post-list';
import { TermIndex } from './term-index';

/**
 * Tags and categories behave identically; the route files under app/tags and
 * app/categories are one line each and get their page, params and metadata here.
 * A term's list is paginated like the home page: `/tags/<tag>`, `/tags/<tag>/page/2`, …
 */
export function termRoutes<P extends string>(kind: TermKind, param: P) {
  type Params = Record<P, string> & { page?: string };
  type Props = { params: Promise<Params> };

  async function findTermPage(params: Props['params']) {
    const resolved = await params;
    const term = getTerm(kind, decodeSegment(resolved[param]));
    if (!term) notFound();
    const page = pageNumberFromSegment(resolved.page, getTermPage(kind, term.slug, 1).totalPages) ?? notFound();
    return { term, list: getTermPage(kind, term.slug, page) };
  }

  async function pageTitle(name: string, page: number) {
    const t = await getTranslations();
    const title = t(`${kind}.termTitle`, { name });
    return page > 1 ? t('list.pagedTitle', { title, page }) : title;
  }

  /** CollectionPage and ホーム › タグ一覧 (› #タグ) for the index page, or for one term's page. */
  async function TermJsonLd({ term, page = 1 }: { term?: Term; page?: number }) {
    const t = await getTranslations();
    const collection = term
      ? {
          name: await pageTitle(term.name, page),
          description: t(`${kind}.termDescription`, { name: term.name, count: term.count }),
          path: termPath(kind, term.slug, page),
        }
      : { name: t(`${kind}.indexTitle`), description: t(`${kind}.indexDescription`), path: termIndexPath(kind) };
    const crumbs = termBreadcrumbs(kind, { home: t('nav.home'), index: t(`${kind}.indexTitle`) }, term);
    return <JsonLd data={[collectionPageJsonLd(collection), breadcrumbJsonLd(crumbs)]} />;
  }

  return {
    // Raw (unencoded) segments: Next encodes them itself when writing the pages.
    generateStaticParams: () => getTerms(kind).map((term) => ({ [param]: term.slug }) as Params),

    generatePagedStaticParams: () =>
      getTerms(kind).flatMap((term) =>
        laterPageNumbers(getTermPage(kind, term.slug, 1).totalPages, siteConfig.prerenderedListPages).map((page) => ({ [param]: term.slug, page }) as Params),
      ),

    async generateMetadata({ params }: Props): Promise<Metadata> {
      const { term, list } = await findTermPage(params);
      const t = await getTranslations(kind);
      return getPageMetadata({
        path: termPath(kind, term.slug, list.page),
        title: await pageTitle(term.name, list.page),
        description: t('termDescription', { name: term.name, count: term.count }),
        termFeed: { title: t('termTitle', { name: term.name }), path: termFeedPath(kind, term.slug) },
      });
    },

    async TermPage({ params }: Props) {
      const { term, list } = await findTermPage(params);
      const t = await getTranslations('list');
      return (
        <>
          <TermJsonLd term={term} page={list.page} />
          <PageHeader title={await pageTitle(term.name, list.page)}>
            <p>{t('postCount', { count: term.count })}</p>
          </PageHeader>
          <PostList posts={list.items} />
          <Pagination page={list.page} totalPages={list.totalPages} pathFor={(page) => termPath(kind, term.slug, page)} />
        </>
      );
    },

    async indexMetadata(): Promise<Metadata> {
      const t = await getTranslations(kind);
      return getPageMetadata({ path: termIndexPath(kind), title: t('indexTitle'), description: t('indexDescription') });
    },

    async IndexPage() {
      const t = await getTranslations(kind);
      return (
        <>
          <TermJsonLd />
          <PageHeader title={t('indexTitle')}>
            <p>{t('indexDescription')}</p>
          </PageHeader>
          <TermIndex terms={getTerms(kind)} />
        </>
      );
    },
  };
}
