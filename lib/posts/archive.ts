import { jstYearMonth } from './dates';
import { compareNewestFirst, type PostSummary } from './query';

export type ArchiveMonth<T> = { year: number; month: number; posts: T[] };
export type ArchiveYear<T> = { year: number; count: number; months: ArchiveMonth<T>[] };

/** Posts grouped by the year and month they were published in Japan time, newest first. */
export function groupByJstMonth<T extends Pick<PostSummary, 'slug' | 'date'>>(posts: readonly T[]): ArchiveYear<T>[] {
  const years: ArchiveYear<T>[] = [];
  for (const post of [...posts].sort(compareNewestFirst)) {
    const { year, month } = jstYearMonth(post.date);
    let archiveYear = years.at(-1);
    if (archiveYear?.year !== year) {
      archiveYear = { year, count: 0, months: [] };
      years.push(archiveYear);
    }
    let archiveMonth = archiveYear.months.at(-1);
    if (archiveMonth?.month !== month) {
      archiveMonth = { year, month, posts: [] };
      archiveYear.months.push(archiveMonth);
    }
    archiveMonth.posts.push(post);
    archiveYear.count += 1;
  }
  return years;
}

/** `2025-11` — an anchor for a month section. */
export function archiveMonthId({ year, month }: { year: number; month: number }): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}
