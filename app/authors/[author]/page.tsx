import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { PostList } from '@/components/post-list';
import { getAuthor, getAuthors, getPostsByAuthor } from '@/lib/posts';
import { decodeSegment } from '@/lib/segments';

type Props = { params: Promise<{ author: string }> };

export const dynamicParams = false;

// Raw (unencoded) segments: Next encodes them itself when writing the pages.
export function generateStaticParams() {
  return getAuthors().map((author) => ({ author: author.slug }));
}

async function findAuthor(params: Props['params']) {
  const author = getAuthor(decodeSegment((await params).author));
  if (!author) notFound();
  return author;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await findAuthor(params);
  const t = await getTranslations('authors');
  return { title: t('authorTitle', { name: author.name }), description: t('authorDescription', { name: author.name, count: author.count }) };
}

export default async function AuthorPage({ params }: Props) {
  const author = await findAuthor(params);
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t('authors.authorTitle', { name: author.name })}>
        <p>{t('list.postCount', { count: author.count })}</p>
      </PageHeader>
      <PostList posts={getPostsByAuthor(author.slug)} />
    </>
  );
}
