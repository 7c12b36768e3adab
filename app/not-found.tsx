import Link from 'next/link';
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
        <Link href="/" className="button-link">
          {t('home')}
        </Link>
      </p>
    </>
  );
}

export const metadata = { title: 'ページが見つかりません' };
