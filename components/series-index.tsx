import { getTranslations } from 'next-intl/server';
import type { Series } from '@/lib/posts/store';
import { seriesPath } from '@/lib/urls/routes';

/** /series: every 連載 with its number of parts, styled as the other index pages. */
export async function SeriesIndex({ series }: { series: Series[] }) {
  const t = await getTranslations('series');
  return (
    <ul className="term-index grid grid-cols-[repeat(auto-fill,minmax(13rem,1fr))] gap-3">
      {series.map((item) => (
        <li key={item.slug}>
          <a className="flex justify-between gap-4 rounded-lg border border-border px-4 py-3" href={seriesPath(item.slug)}>
            <span className="term-index__name">{item.name}</span>
            <span className="term-index__count text-[0.875rem] whitespace-nowrap text-muted">{t('partCount', { count: item.count })}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
