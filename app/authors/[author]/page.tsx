import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { PostList } from '@/components/post-list';
import { getPageMetadata } from '@/lib/page-metadata';
import { pageNumberFromSegment } from '@/lib/post-query';
import { getAuthor, getAuthorPage, getAuthors } from '@/lib/posts';
import { authorPath } from '@/lib/routes';
import { decodeSegment } from '@/lib/segments';

// Also serves /authors/<author>/page/<n> (app/authors/[author]/page/[page]/page.tsx).
export type AuthorPageProps = { params: Promise<{ author: string; page?: string }> };

export const dynamicParams = false;

// Raw (unencoded) segments: Next encodes them itself when writing the pages.
export function generateStaticParams() {
  return getAuthors().map((author) => ({ author: author.slug }));
}

async function findAuthorPage(params: AuthorPageProps['params']) {
  const resolved = await params;
  const author = getAuthor(decodeSegment(resolved.author)) ?? notFound();
  const page = pageNumberFromSegment(resolved.page, getAuthorPage(author.slug, 1).totalPages) ?? notFound();
  return { author, list: getAuthorPage(author.slug, page) };
}

async function pageTitle(name: string, page: number) {
  const t = await getTranslations();
  const title = t('authors.authorTitle', { name });
  return page > 1 ? t('list.pagedTitle', { title, page }) : title;
}

export async function generateMetadata({ params }: AuthorPageProps): Promise<Metadata> {
  const { author, list } = await findAuthorPage(params);
  const t = await getTranslations('authors');
  return getPageMetadata({
    path: authorPath(author.slug, list.page),
    title: await pageTitle(author.name, list.page),
    description: t('authorDescription', { name: author.name, count: author.count }),
  });
}

export default async function AuthorPage({ params }: AuthorPageProps) {
  const { author, list } = await findAuthorPage(params);
  const t = await getTranslations('list');
  return (
    <>
      <PageHeader title={await pageTitle(author.name, list.page)}>
        <p>{t('postCount', { count: author.count })}</p>
      </PageHeader>
      <PostList posts={list.items} />
      <Pagination page={list.page} totalPages={list.totalPages} pathFor={(page) => authorPath(author.slug, page)} />
    </>
  );
}
