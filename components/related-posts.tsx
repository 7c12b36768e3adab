import { getTranslations } from 'next-intl/server';
import type { PostLink } from '@/lib/posts/store';
import { postPath } from '@/lib/urls/routes';
import { JstDate } from './jst-date';
import { isSponsored } from '@/lib/posts/notices';
import { Phrases } from './phrases';
import { SponsoredLabel } from './sponsored-label';

export async function RelatedPosts({ posts }: { posts: PostLink[] }) {
  if (posts.length === 0) return null;
  const t = await getTranslations('article');
  return (
    <section className="mt-10 max-w-2xl" aria-label={t('related')}>
      <h2 className="mb-3 text-[1.25rem] font-palt">{t('related')}</h2>
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {posts.map((post) => (
          <li key={post.slug} data-slug={post.slug}>
            <a href={postPath(post.slug)} className="flex h-full flex-col gap-1 rounded-lg border border-border px-4 py-3.5 text-text hover:border-accent">
              <span className="headline leading-[1.5] font-bold">
                {isSponsored(post) && <SponsoredLabel />}
                <Phrases text={post.title} />
              </span>
              <JstDate iso={post.date} className="text-[0.8125rem] text-muted" />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
