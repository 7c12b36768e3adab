import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getPostsWithTerm, getTerm, getTerms, type TermKind } from '@/lib/posts';
import { decodeSegment } from '@/lib/segments';
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

  return {
    // Raw (unencoded) segments: Next encodes them itself when writing the pages.
    generateStaticParams: () => getTerms(kind).map((term) => ({ [param]: term.slug }) as Record<P, string>),

    async generateMetadata({ params }: Props): Promise<Metadata> {
      const term = await findTerm(params);
      const t = await getTranslations(kind);
      return {
        title: t('termTitle', { name: term.name }),
        description: t('termDescription', { name: term.name, count: term.count }),
      };
    },

    async TermPage({ params }: Props) {
      const term = await findTerm(params);
      const t = await getTranslations();
      return (
        <>
          <PageHeader title={t(`${kind}.termTitle`, { name: term.name })}>
            <p>{t('list.postCount', { count: term.count })}</p>
          </PageHeader>
          <PostList posts={getPostsWithTerm(kind, term.slug)} />
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
