import { getTranslations } from 'next-intl/server';
import { siteConfig } from '@/lib/site';

export async function SiteFooter() {
  const t = await getTranslations('layout');
  return (
    <footer className="site-footer">
      <p>{t('copyright', { year: new Date().getFullYear(), siteName: siteConfig.name })}</p>
    </footer>
  );
}
