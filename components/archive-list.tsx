import { getTranslations } from 'next-intl/server';
import { archiveMonthId, type ArchiveYear } from '@/lib/archive';
import type { PostSummary } from '@/lib/posts';
import { postPath } from '@/lib/routes';
import { JstDate } from './jst-date';

export async function ArchiveList({ years }: { years: ArchiveYear<PostSummary>[] }) {
  const t = await getTranslations();
  if (years.length === 0) return <p>{t('list.empty')}</p>;
  return (
    <div className="archive">
      {years.map((year) => (
        <section key={year.year} className="archive__year" data-year={year.year}>
          <h2 className="archive__year-title">
            {t('archive.year', { year: year.year })}
            <span className="archive__count">{t('list.postCount', { count: year.count })}</span>
          </h2>
          {year.months.map((month) => (
            <section key={month.month} id={archiveMonthId(month)} className="archive__month" data-month={archiveMonthId(month)}>
              <h3 className="archive__month-title">
                {t('archive.month', { year: month.year, month: month.month })}
                <span className="archive__count">{t('list.postCount', { count: month.posts.length })}</span>
              </h3>
              <ul className="archive__posts">
                {month.posts.map((post) => (
                  <li key={post.slug} data-slug={post.slug}>
                    <JstDate iso={post.date} className="archive__date" />
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
