import Link from 'next/link';
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
            <Link href={archivePath()}>{t('nav.archive')}</Link>
          </li>
          <li>
            <Link href={authorIndexPath()}>{t('nav.authors')}</Link>
          </li>
          <li>
            {/* A file, not a page: a plain link, so the client router does not try to load it. */}
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
