import { getTranslations } from 'next-intl/server';
import type { PostUpdate } from '@/lib/content/newsroom-fields';
import { formatJstDateTime, toJstIsoString } from '@/lib/posts/dates';

/** 「訂正・更新履歴」: every correction and addition, newest first, dated, above the text where readers see it. */
export async function UpdateHistory({ updates }: { updates: readonly PostUpdate[] }) {
  if (updates.length === 0) return null;
  const t = await getTranslations('newsroom');
  const newestFirst = [...updates].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section className="update-history mb-6 rounded-md border border-border bg-surface px-4 py-3 text-[0.875rem] leading-[1.7]">
      <h2 className="m-0 text-[0.9375rem] font-bold">{t('updatesTitle')}</h2>
      <ol className="m-0 mt-1 list-none p-0">
        {newestFirst.map((update, index) => (
          <li key={index} className="update-history__entry mt-1" data-type={update.type}>
            <time dateTime={toJstIsoString(update.date)} className="text-muted">
              {formatJstDateTime(update.date)}
            </time>
            <strong className="mx-2">{update.type}</strong>
            {update.note}
          </li>
        ))}
      </ol>
    </section>
  );
}
