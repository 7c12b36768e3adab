import { getTranslations } from 'next-intl/server';
import type { Author } from '@/lib/posts';
import { authorPath } from '@/lib/routes';

export async function AuthorIndex({ authors }: { authors: Author[] }) {
  const t = await getTranslations('list');
  return (
    <ul className="term-index">
      {authors.map((author) => (
        <li key={author.slug}>
          <a href={authorPath(author.slug)}>
            <span className="term-index__name">{author.name}</span>
            <span className="term-index__count">{t('postCount', { count: author.count })}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
