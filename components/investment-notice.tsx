import { getTranslations } from 'next-intl/server';

/** The site's investment notice, above the text of posts in the investment categories (lib/posts/notices.ts). */
export async function InvestmentNotice() {
  const t = await getTranslations('newsroom');
  return (
    <aside
      className="investment-notice mb-6 rounded-md border-l-4 border-notice-border bg-notice-bg px-4 py-3 text-[0.875rem] leading-[1.7]"
      aria-label={t('investmentNoticeTitle')}
    >
      <p className="m-0 font-bold">{t('investmentNoticeTitle')}</p>
      <p className="m-0">{t('investmentNotice')}</p>
    </aside>
  );
}
