import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { homePagePath } from '@/lib/routes';

export async function Pagination({ page, totalPages }: { page: number; totalPages: number }) {
  if (totalPages <= 1) return null;
  const t = await getTranslations('pagination');
  return (
    <nav aria-label={t('label')} className="pagination">
      {page > 1 ? (
        <Link href={homePagePath(page - 1)} rel="prev">
          ← {t('newer')}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{t('status', { page, total: totalPages })}</span>
      {page < totalPages ? (
        <Link href={homePagePath(page + 1)} rel="next">
          {t('older')} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
