import { getTranslations } from 'next-intl/server';
import type { AdjacentPosts as Adjacent } from '@/lib/posts/navigation';
import type { PostLink } from '@/lib/posts/store';
import { postPath } from '@/lib/urls/routes';
import { isSponsored } from '@/lib/posts/notices';
import { Phrases } from './phrases';
import { SponsoredLabel } from './sponsored-label';

/** 「前の記事」 (published before) and 「次の記事」 (published after). */
export async function AdjacentPosts({ previous, next }: Adjacent<PostLink>) {
  if (!previous && !next) return null;
  const t = await getTranslations('article');
  const item = (post: PostLink, direction: 'previous' | 'next') => (
    <a href={postPath(post.slug)} rel={direction === 'previous' ? 'prev' : 'next'} className={`block rounded-lg border border-border px-4 py-3.5 text-text hover:border-accent ${direction === 'next' ? 'text-right' : ''}`} data-slug={post.slug}>
      <span className={`block text-[0.8125rem] text-muted ${direction === 'previous' ? "before:content-['←_'_/_'']" : "after:content-['_→'_/_'']"}`}>{t(direction)}</span>
      <span className="headline leading-[1.5] font-bold">
        {isSponsored(post) && <SponsoredLabel />}
        <Phrases text={post.title} />
      </span>
    </a>
  );
  return (
    <nav aria-label={t('adjacent')} className="mt-10 grid max-w-2xl grid-cols-1 gap-3 sm:grid-cols-2">
      {previous ? item(previous, 'previous') : <span />}
      {next ? item(next, 'next') : <span />}
    </nav>
  );
}
