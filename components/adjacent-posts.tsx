import { getTranslations } from 'next-intl/server';
import type { AdjacentPosts as Adjacent } from '@/lib/post-navigation';
import type { PostSummary } from '@/lib/posts';
import { postPath } from '@/lib/routes';
import { Phrases } from './phrases';

/** 「前の記事」 (published before) and 「次の記事」 (published after). */
export async function AdjacentPosts({ previous, next }: Adjacent<PostSummary>) {
  if (!previous && !next) return null;
  const t = await getTranslations('article');
  const item = (post: PostSummary, direction: 'previous' | 'next') => (
    <a href={postPath(post.slug)} rel={direction === 'previous' ? 'prev' : 'next'} className={`adjacent-posts__link adjacent-posts__link--${direction}`} data-slug={post.slug}>
      <span className="adjacent-posts__label">{t(direction)}</span>
      <span className="adjacent-posts__title">
        <Phrases text={post.title} />
      </span>
    </a>
  );
  return (
    <nav aria-label={t('adjacent')} className="adjacent-posts">
      {previous ? item(previous, 'previous') : <span />}
      {next ? item(next, 'next') : <span />}
    </nav>
  );
}
