import { getTranslations } from 'next-intl/server';

/** The 「PR」 label beside a sponsored post's title, on its page and on every card; read out as a sentence. */
export async function SponsoredLabel() {
  const t = await getTranslations('newsroom');
  return (
    <span className="sponsored-label mr-2 inline-block rounded bg-pr px-1.5 align-[0.15em] text-[0.75rem] leading-[1.5] font-bold text-bg">
      <span aria-hidden="true">{t('sponsoredLabel')}</span>
      <span className="sr-only">{t('sponsoredDescription')}</span>
    </span>
  );
}
