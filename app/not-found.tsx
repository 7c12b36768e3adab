import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <>
      <PageHeader title={t('title')}>
        <p>{t('body')}</p>
      </PageHeader>
      <p>
        <a href="/" className="inline-block rounded-md bg-accent px-5 py-2 text-bg">
          {t('home')}
        </a>
      </p>
    </>
  );
}

export const metadata = { title: 'ページが見つかりません' };
