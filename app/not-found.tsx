import type { Metadata } from 'next';
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notFound');
  return { title: t('title') };
}
