import { getTranslations } from 'next-intl/server';

export type Crumb = { name: string; href?: string };

/** ホーム › カテゴリ › 記事; the last item is the current page and is not a link. */
export async function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = await getTranslations('article');
  return (
    <nav aria-label={t('breadcrumbs')} className="breadcrumbs">
      <ol className="mb-4 flex flex-wrap text-[0.8125rem] text-muted">
        {items.map((item, index) => (
          <li key={`${index}-${item.name}`} className="not-first:before:mx-[0.5em] not-first:before:content-['›'_/_''] last:flex last:min-w-0 last:flex-[1_1_0]">
            {index === items.length - 1 || !item.href ? (
              <span aria-current={index === items.length - 1 ? 'page' : undefined} className={index === items.length - 1 ? 'max-w-full truncate' : undefined}>{item.name}</span>
            ) : (
              <a href={item.href}>{item.name}</a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
