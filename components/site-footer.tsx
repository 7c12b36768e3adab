import { getTranslations } from 'next-intl/server';
import { archivePath, authorIndexPath, feedPath, seriesIndexPath } from '@/lib/urls/routes';
import { siteConfig } from '@/lib/config';

export async function SiteFooter() {
  const t = await getTranslations();
  return (
    <footer className="site-footer border-t border-border px-4 py-6 text-center text-[0.875rem] text-muted">
      <nav aria-label={t('layout.footerNavigation')}>
        <ul className="mb-3 flex flex-wrap justify-center gap-x-6 gap-y-2">
          <li>
            <a href={archivePath()} className="text-muted">{t('nav.archive')}</a>
          </li>
          <li>
            <a href={authorIndexPath()} className="text-muted">{t('nav.authors')}</a>
          </li>
          <li>
            <a href={seriesIndexPath()} className="text-muted">{t('nav.series')}</a>
          </li>
          <li>
            <a href={feedPath('rss')} type="application/rss+xml" className="text-muted">
              {t('layout.feed')}
            </a>
          </li>
        </ul>
      </nav>
      <p>{t('layout.copyright', { year: new Date().getFullYear(), siteName: siteConfig.name })}</p>
    </footer>
  );
}
