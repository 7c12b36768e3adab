import { getTranslations } from 'next-intl/server';
import type { Series } from '@/lib/posts/store';
import { seriesPath } from '@/lib/urls/routes';
import { IndexList } from './index-list';

/** /series: every 連載 with its number of parts. */
export async function SeriesIndex({ series }: { series: Series[] }) {
  const t = await getTranslations('series');
  const items = series.map((item) => ({ key: item.slug, href: seriesPath(item.slug), name: item.name, count: t('partCount', { count: item.count }) }));
  return <IndexList items={items} />;
}
