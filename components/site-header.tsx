import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SearchButton } from '@/components/search/search-button';
import { archivePath, termIndexPath } from '@/lib/routes';
import { siteConfig } from '@/lib/site';
import { ThemeToggle } from './theme-toggle';

/** The main menu, in order. Add an entry here (and its label under `nav` in messages/ja.json). */
const navItems = [
  { key: 'home', href: '/' },
  { key: 'categories', href: termIndexPath('categories') },
  { key: 'tags', href: termIndexPath('tags') },
  { key: 'archive', href: archivePath() },
] as const;

export async function SiteHeader() {
  const t = await getTranslations();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__name">
          {siteConfig.name}
        </Link>
        <div className="site-header__tools">
          <nav aria-label={t('layout.mainNavigation')}>
            <ul className="site-nav">
              {navItems.map((item) => (
                <li key={item.key}>
                  <Link href={item.href}>{t(`nav.${item.key}`)}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <SearchButton />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
