import type { Metadata, Viewport } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ClientSideLinks } from '@/components/client-side-links';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { getBaseMetadata } from '@/lib/seo/page-metadata';
import { pageIds } from '@/lib/markdown/page-ids';
import { siteConfig } from '@/lib/config';
import { themeInitScript } from '@/lib/client/theme';
import './globals.css';

// Defaults for pages without their own address (the 404 page); every route sets the full set itself.
export function generateMetadata(): Promise<Metadata> {
  return getBaseMetadata();
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#111318' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations('layout');
  return (
    // The inline script sets data-theme on <html> before hydration, hence suppressHydrationWarning.
    // While the search dialog is open the page behind it does not scroll.
    <html lang="ja" suppressHydrationWarning className="has-[.search-dialog[open]]:overflow-hidden">
      <head>
        {/* Static and tiny: picks the stored or system theme before the first paint (no flash). */}
        <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />
      </head>
      <body>
        <a href={`#${pageIds.main}`} className="absolute -top-12 left-2 z-50 bg-accent px-4 py-2 text-bg focus:top-2">
          {t('skipToContent')}
        </a>
        {/* No NextIntlClientProvider: client components get their texts as props (lib/client/messages.ts). */}
        <SiteHeader />
        {/* A post page has room for the table of contents beside the article on wide screens. */}
        <main id={pageIds.main} tabIndex={-1} className="mx-auto max-w-[46rem] px-4 pt-6 pb-16 focus:outline-none has-[>.post-page]:max-w-[63rem]">
          {children}
        </main>
        <SiteFooter />
        <ClientSideLinks />
      </body>
    </html>
  );
}
