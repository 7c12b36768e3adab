import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getTerm, getTermPage, getTerms, type TermKind } from '@/lib/posts';
import { termPath } from '@/lib/routes';
import { decodeSegment } from '@/lib/segments';
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
    const requested = resolved.page === undefined ? 1 : Number(resolved.page);
    const list = getTermPage(kind, term.slug, requested);
    // /page/1 is the term's own URL, so paged routes start at 2.
    if (!Number.isInteger(requested) || requested < 1 || requested > list.totalPages || resolved.page === '1') notFound();
    return { term, list };
  }

  async function pageTitle(name: string, page: number) {
    const t = await getTranslations();
    const title = t(`${kind}.termTitle`, { name });
    return page > 1 ? t('list.pagedTitle', { title, page }) : title;
  }

  return {
    // Raw (unencoded) segments: Next encodes them itself when writing the pages.
    generateStaticParams: () => getTerms(kind).map((term) => ({ [param]: term.slug }) as Params),

    generatePagedStaticParams: () =>
      getTerms(kind).flatMap((term) =>
        Array.from({ length: getTermPage(kind, term.slug, 1).totalPages - 1 }, (_, i) => ({ [param]: term.slug, page: String(i + 2) }) as Params),
      ),

    async generateMetadata({ params }: Props): Promise<Metadata> {
      const { term, list } = await findTermPage(params);
      const t = await getTranslations(kind);
      return {
        title: await pageTitle(term.name, list.page),
        description: t('termDescription', { name: term.name, count: term.count }),
      };
    },

    async TermPage({ params }: Props) {
      const { term, list } = await findTermPage(params);
      const t = await getTranslations('list');
      return (
        <>
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
      return { title: t('indexTitle'), description: t('indexDescription') };
    },

    async IndexPage() {
      const t = await getTranslations(kind);
      return (
        <>
          <PageHeader title={t('indexTitle')}>
            <p>{t('indexDescription')}</p>
          </PageHeader>
          <TermIndex terms={getTerms(kind)} />
        </>
      );
    },
  };
}
