import type { Metadata, Viewport } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ClientSideLinks } from '@/components/client-side-links';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { getBaseMetadata } from '@/lib/page-metadata';
import { pageIds } from '@/lib/page-ids';
import { siteConfig } from '@/lib/site';
import { themeInitScript } from '@/lib/theme';
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
    <html lang="ja" suppressHydrationWarning>
      <head>
        {/* Static and tiny: picks the stored or system theme before the first paint (no flash). */}
        <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />
      </head>
      <body>
        <a href={`#${pageIds.main}`} className="skip-link">
          {t('skipToContent')}
        </a>
        {/* No NextIntlClientProvider: client components get their texts as props (lib/client-messages.ts). */}
        <SiteHeader />
        <main id={pageIds.main} tabIndex={-1} className="site-main">
          {children}
        </main>
        <SiteFooter />
        <ClientSideLinks />
      </body>
    </html>
  );
}
