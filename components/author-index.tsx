import { getTranslations } from 'next-intl/server';
import type { Author } from '@/lib/posts/store';
import { authorPath } from '@/lib/urls/routes';
import { IndexList } from './index-list';

export async function AuthorIndex({ authors }: { authors: Author[] }) {
  const t = await getTranslations('list');
  const items = authors.map((author) => ({ key: author.slug, href: authorPath(author.slug), name: author.name, count: t('postCount', { count: author.count }) }));
  return <IndexList items={items} />;
}
