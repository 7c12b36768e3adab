import { getTranslations } from 'next-intl/server';
import { archivePath, authorIndexPath, feedPath } from '@/lib/routes';
import { siteConfig } from '@/lib/site';

export async function SiteFooter() {
  const t = await getTranslations();
  return (
    <footer className="site-footer">
      <nav aria-label={t('layout.footerNavigation')}>
        <ul className="site-footer__links">
          <li>
            <a href={archivePath()}>{t('nav.archive')}</a>
          </li>
          <li>
            <a href={authorIndexPath()}>{t('nav.authors')}</a>
          </li>
          <li>
            <a href={feedPath('rss')} type="application/rss+xml">
              {t('layout.feed')}
            </a>
          </li>
        </ul>
      </nav>
      <p>{t('layout.copyright', { year: new Date().getFullYear(), siteName: siteConfig.name })}</p>
    </footer>
  );
}
