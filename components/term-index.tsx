import { getTranslations } from 'next-intl/server';
import type { Term } from '@/lib/posts';
import { termPath } from '@/lib/routes';

export async function TermIndex({ terms }: { terms: Term[] }) {
  const t = await getTranslations('list');
  return (
    <ul className="term-index">
      {terms.map((term) => (
        <li key={term.slug}>
          <a href={termPath(term.kind, term.slug)}>
            <span className="term-index__name">{term.kind === 'tags' ? `#${term.name}` : term.name}</span>
            <span className="term-index__count">{t('postCount', { count: term.count })}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
