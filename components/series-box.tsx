import { getTranslations } from 'next-intl/server';
import type { PostLink, Series } from '@/lib/posts/store';
import { postPath, seriesPath } from '@/lib/urls/routes';
import { Phrases } from './phrases';

/** 「連載：<name>（全N回）」 with every part in order; the post being read is marked (aria-current). */
export async function SeriesBox({ series, parts, currentSlug }: { series: Series; parts: readonly PostLink[]; currentSlug: string }) {
  const t = await getTranslations('series');
  const title = t('boxTitle', { name: series.name, count: parts.length });
  return (
    <nav className="series-box mb-6 rounded-md border border-border px-4 py-3 text-[0.9375rem] leading-[1.7]" aria-label={title}>
      <p className="m-0 font-bold">
        <a href={seriesPath(series.slug)} className="text-text underline hover:text-accent">
          {title}
        </a>
      </p>
      <ol className="m-0 mt-1 list-none p-0">
        {parts.map((part, index) => {
          const current = part.slug === currentSlug;
          return (
            <li key={part.slug} className="mt-1 flex gap-2">
              <span className="shrink-0 text-muted">{t('part', { number: index + 1 })}</span>
              <a
                href={postPath(part.slug)}
                aria-current={current ? 'page' : undefined}
                className={current ? 'font-bold text-text no-underline' : 'text-accent underline'}
              >
                <Phrases text={part.title} />
                {current && <span className="ml-1 font-normal text-muted">{t('current')}</span>}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
