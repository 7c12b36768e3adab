import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SearchButton } from '@/components/search/search-button';
import { siteConfig } from '@/lib/site';
import { termIndexPath } from '@/lib/routes';

export async function SiteHeader() {
  const t = await getTranslations();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__name">
          {siteConfig.name}
        </Link>
        <nav aria-label={t('layout.mainNavigation')}>
          <ul className="site-nav">
            <li>
              <Link href="/">{t('nav.home')}</Link>
            </li>
            <li>
              <Link href={termIndexPath('categories')}>{t('nav.categories')}</Link>
            </li>
            <li>
              <Link href={termIndexPath('tags')}>{t('nav.tags')}</Link>
            </li>
          </ul>
        </nav>
        <SearchButton />
      </div>
    </header>
  );
}
