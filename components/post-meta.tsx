import { getTranslations } from 'next-intl/server';
import type { PostSummary } from '@/lib/posts/store';
import { authorPath } from '@/lib/urls/routes';
import { JstDate } from './jst-date';

const badge = 'rounded-full border border-current px-2 text-draft';

export async function PostMeta({ post, showAuthor = false }: { post: PostSummary; showAuthor?: boolean }) {
  const t = await getTranslations('post');
  return (
    <p className="post-meta my-1 flex flex-wrap gap-x-4 gap-y-1 text-[0.875rem] text-muted">
      <span className="sr-only">{t('publishedAt')}</span>
      <JstDate iso={post.date} />
      {post.lastModifiedAt && (
        <span>
          {t('updatedAt')} <JstDate iso={post.lastModifiedAt} />
        </span>
      )}
      {showAuthor && post.author && (
        <span>
          <span className="sr-only">{t('author')}</span>
          <a href={authorPath(post.author)} rel="author" className="text-inherit underline">
            {post.author}
          </a>
        </span>
      )}
      <span>{t('readingTime', { minutes: post.readingTime })}</span>
      {post.draft && <span className={badge}>{t('draft')}</span>}
      {post.scheduled && <span className={badge}>{t('scheduled')}</span>}
    </p>
  );
}
