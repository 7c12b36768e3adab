import { getTranslations } from 'next-intl/server';
import type { Term } from '@/lib/posts/store';
import { termPath } from '@/lib/urls/routes';
import { IndexList } from './index-list';

export async function TermIndex({ terms }: { terms: Term[] }) {
  const t = await getTranslations('list');
  const items = terms.map((term) => ({
    key: term.slug,
    href: termPath(term.kind, term.slug),
    name: term.kind === 'tags' ? `#${term.name}` : term.name,
    count: t('postCount', { count: term.count }),
  }));
  return <IndexList items={items} />;
}
