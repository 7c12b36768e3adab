import { getTranslations } from 'next-intl/server';
import { getClientMessages } from '@/i18n/client-messages';
import { shareLinks } from '@/lib/share';
import { CopyButton } from './copy-button';

/** Plain links to each service's share page (no third-party script), and copy-link. */
export async function ShareLinks({ url, title }: { url: string; title: string }) {
  const t = await getTranslations('article');
  const { copy } = await getClientMessages();
  return (
    <section className="share" aria-label={t('share')}>
      <p className="share__title" aria-hidden="true">
        {t('share')}
      </p>
      <ul className="share__list">
        {shareLinks(url, title).map((link) => (
          <li key={link.service}>
            <a
              href={link.href}
              className={`share__link share__link--${link.service}`}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={`${t('shareOn', { service: link.name })}${t('newTab')}`}
            >
              {link.name}
            </a>
          </li>
        ))}
        <li>
          <CopyButton text={url} label={t('copyLink')} messages={copy} className="share__link share__copy" />
        </li>
      </ul>
    </section>
  );
}
