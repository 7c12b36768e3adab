import { getTranslations } from 'next-intl/server';
import { getClientMessages } from '@/i18n/get-client-messages';
import { shareLinks } from '@/lib/seo/share-links';
import { CopyButton } from './copy-button';

const shareButton =
  'inline-block cursor-pointer rounded-full border border-border bg-bg px-3.5 py-1.5 text-[0.875rem] text-text hover:border-accent hover:text-accent';

/** Plain links to each service's share page (no third-party script), and copy-link. */
export async function ShareLinks({ url, title }: { url: string; title: string }) {
  const t = await getTranslations('article');
  const { copy } = await getClientMessages();
  return (
    <section className="mt-6" aria-label={t('share')}>
      <p className="mb-2 text-[0.875rem] font-bold text-muted" aria-hidden="true">
        {t('share')}
      </p>
      <ul className="flex flex-wrap gap-2">
        {shareLinks(url, title).map((link) => (
          <li key={link.service}>
            <a
              href={link.href}
              className={shareButton}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={`${t('shareOn', { service: link.name })}${t('newTab')}`}
            >
              {link.name}
            </a>
          </li>
        ))}
        <li>
          <CopyButton text={url} label={t('copyLink')} messages={copy} className={shareButton} />
        </li>
      </ul>
    </section>
  );
}
