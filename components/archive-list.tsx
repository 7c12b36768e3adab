import { getTranslations } from 'next-intl/server';
import { archiveMonthId, type ArchiveYear } from '@/lib/posts/archive';
import type { PostSummary } from '@/lib/posts/store';
import { postPath } from '@/lib/urls/routes';
import { JstDate } from './jst-date';

const count = 'ml-[0.75em] text-[0.875rem] font-normal text-muted';

export async function ArchiveList({ years }: { years: ArchiveYear<PostSummary>[] }) {
  const t = await getTranslations();
  if (years.length === 0) return <p>{t('list.empty')}</p>;
  return (
    <div className="archive">
      {years.map((year) => (
        <section key={year.year} className="not-first:mt-10" data-year={year.year}>
          <h2 className="mb-2 border-b border-border text-[1.375rem]">
            {t('archive.year', { year: year.year })}
            <span className={count}>{t('list.postCount', { count: year.count })}</span>
          </h2>
          {year.months.map((month) => (
            <section key={month.month} id={archiveMonthId(month)} className="archive__month" data-month={archiveMonthId(month)}>
              <h3 className="archive__month-title mt-6 mb-2 text-[1.0625rem]">
                {t('archive.month', { year: month.year, month: month.month })}
                <span className={count}>{t('list.postCount', { count: month.posts.length })}</span>
              </h3>
              <ul>
                {month.posts.map((post) => (
                  <li key={post.slug} data-slug={post.slug} className="grid grid-cols-[7.5em_minmax(0,1fr)] gap-3 py-1.5">
                    <JstDate iso={post.date} className="text-[0.875rem] text-muted tabular-nums" />
                    <a href={postPath(post.slug)}>{post.title}</a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
