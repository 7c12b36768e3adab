import { getTranslations } from 'next-intl/server';

/** `pathFor(n)` is the URL of page n of this list (lib/urls/routes.ts builds them). */
export async function Pagination({ page, totalPages, pathFor }: { page: number; totalPages: number; pathFor: (page: number) => string }) {
  if (totalPages <= 1) return null;
  const t = await getTranslations('pagination');
  return (
    <nav aria-label={t('label')} className="pagination mt-8 flex items-center justify-between gap-4 text-[0.9375rem]">
      {page > 1 ? (
        <a href={pathFor(page - 1)} rel="prev">
          ← {t('newer')}
        </a>
      ) : (
        <span />
      )}
      <span aria-current="page">{t('status', { page, total: totalPages })}</span>
      {page < totalPages ? (
        <a href={pathFor(page + 1)} rel="next">
          {t('older')} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
