import { getTranslations } from 'next-intl/server';
import type { Author } from '@/lib/posts/store';
import { authorPath } from '@/lib/urls/routes';

export async function AuthorIndex({ authors }: { authors: Author[] }) {
  const t = await getTranslations('list');
  return (
    <ul className="term-index grid grid-cols-[repeat(auto-fill,minmax(13rem,1fr))] gap-3">
      {authors.map((author) => (
        <li key={author.slug}>
          <a className="flex justify-between gap-4 rounded-lg border border-border px-4 py-3" href={authorPath(author.slug)}>
            <span className="term-index__name">{author.name}</span>
            <span className="term-index__count text-[0.875rem] whitespace-nowrap text-muted">{t('postCount', { count: author.count })}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
