import { getTranslations } from 'next-intl/server';
import type { Term } from '@/lib/posts/store';
import { termPath } from '@/lib/urls/routes';

export async function TermIndex({ terms }: { terms: Term[] }) {
  const t = await getTranslations('list');
  return (
    <ul className="term-index grid grid-cols-[repeat(auto-fill,minmax(13rem,1fr))] gap-3">
      {terms.map((term) => (
        <li key={term.slug}>
          <a className="flex justify-between gap-4 rounded-lg border border-border px-4 py-3" href={termPath(term.kind, term.slug)}>
            <span className="term-index__name">{term.kind === 'tags' ? `#${term.name}` : term.name}</span>
            <span className="term-index__count text-[0.875rem] whitespace-nowrap text-muted">{t('postCount', { count: term.count })}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
