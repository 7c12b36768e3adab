import { getTranslations } from 'next-intl/server';

export type Crumb = { name: string; href?: string };

/** ホーム › カテゴリ › 記事; the last item is the current page and is not a link. */
export async function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = await getTranslations('article');
  return (
    <nav aria-label={t('breadcrumbs')} className="breadcrumbs">
      <ol>
        {items.map((item, index) => (
          <li key={`${index}-${item.name}`}>
            {index === items.length - 1 || !item.href ? (
              <span aria-current={index === items.length - 1 ? 'page' : undefined}>{item.name}</span>
            ) : (
              <a href={item.href}>{item.name}</a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
