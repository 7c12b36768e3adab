import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { breadcrumbJsonLd, collectionPageJsonLd, termBreadcrumbs } from '@/lib/json-ld';
import { getPageMetadata } from '@/lib/page-metadata';
import { getPostsWithTerm, getTerm, getTerms, type Term, type TermKind } from '@/lib/posts';
import { termFeedPath, termIndexPath, termPath } from '@/lib/routes';
import { decodeSegment } from '@/lib/segments';
import { JsonLd } from './json-ld';
import { PageHeader } from './page-header';
import { PostList } from './post-list';
import { TermIndex } from './term-index';

/**
 * Tags and categories behave identically; the route files under app/tags and
 * app/categories are one line each and get their page, params and metadata here.
 */
export function termRoutes<P extends string>(kind: TermKind, param: P) {
  type Props = { params: Promise<Record<P, string>> };

  async function findTerm(params: Props['params']) {
    const term = getTerm(kind, decodeSegment((await params)[param]));
    if (!term) notFound();
    return term;
  }

  /** CollectionPage and ホーム › タグ一覧 (› #タグ) for the index page, or for one term's page. */
  async function TermJsonLd({ term }: { term?: Term }) {
    const t = await getTranslations();
    const page = term
      ? {
          name: t(`${kind}.termTitle`, { name: term.name }),
          description: t(`${kind}.termDescription`, { name: term.name, count: term.count }),
          path: termPath(kind, term.slug),
        }
      : { name: t(`${kind}.indexTitle`), description: t(`${kind}.indexDescription`), path: termIndexPath(kind) };
    const crumbs = termBreadcrumbs(kind, { home: t('nav.home'), index: t(`${kind}.indexTitle`) }, term);
    return <JsonLd data={[collectionPageJsonLd(page), breadcrumbJsonLd(crumbs)]} />;
  }

  return {
    // Raw (unencoded) segments: Next encodes them itself when writing the pages.
    generateStaticParams: () => getTerms(kind).map((term) => ({ [param]: term.slug }) as Record<P, string>),

    async generateMetadata({ params }: Props): Promise<Metadata> {
      const term = await findTerm(params);
      const t = await getTranslations(kind);
      const title = t('termTitle', { name: term.name });
      return getPageMetadata({
        path: termPath(kind, term.slug),
        title,
        description: t('termDescription', { name: term.name, count: term.count }),
        termFeed: { title, path: termFeedPath(kind, term.slug) },
      });
    },

    async TermPage({ params }: Props) {
      const term = await findTerm(params);
      const t = await getTranslations();
      return (
        <>
          <TermJsonLd term={term} />
          <PageHeader title={t(`${kind}.termTitle`, { name: term.name })}>
            <p>{t('list.postCount', { count: term.count })}</p>
          </PageHeader>
          <PostList posts={getPostsWithTerm(kind, term.slug)} />
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
