import { getTranslations } from 'next-intl/server';
import { SearchButton } from '@/components/search/search-button';
import { getClientMessages } from '@/i18n/get-client-messages';
import { archivePath, termIndexPath } from '@/lib/urls/routes';
import { siteConfig } from '@/lib/config';
import { SearchButtonFace, ThemeToggleIcons } from './header-icons';
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
    <header className="site-header border-b border-border bg-bg">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <a href="/" className="site-header__name text-[1.125rem] font-bold text-text font-palt">
          {siteConfig.name}
        </a>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-3">
          <nav aria-label={t('layout.mainNavigation')}>
            <ul className="flex flex-wrap gap-x-5 gap-y-1">
              {navItems.map((item) => (
                <li key={item.key}>
                  <a href={item.href} className="text-[0.9375rem] text-text hover:text-accent">{t(`nav.${item.key}`)}</a>
                </li>
              ))}
            </ul>
          </nav>
          <SearchButton messages={search}>
            <SearchButtonFace label={search.button} />
          </SearchButton>
          <ThemeToggle messages={theme}>
            <ThemeToggleIcons />
          </ThemeToggle>
        </div>
      </div>
    </header>
  );
}
