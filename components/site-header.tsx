import { getTranslations } from 'next-intl/server';
import { SearchButton } from '@/components/search/search-button';
import { getClientMessages } from '@/i18n/client-messages';
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
  const { search, theme } = await getClientMessages();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a href="/" className="site-header__name">
          {siteConfig.name}
        </a>
        <div className="site-header__tools">
          <nav aria-label={t('layout.mainNavigation')}>
            <ul className="site-nav">
              {navItems.map((item) => (
                <li key={item.key}>
                  <a href={item.href}>{t(`nav.${item.key}`)}</a>
                </li>
              ))}
            </ul>
          </nav>
          <SearchButton messages={search} />
          <ThemeToggle messages={theme} />
        </div>
      </div>
    </header>
  );
}
