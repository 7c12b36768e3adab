import { getTranslations } from 'next-intl/server';
import type { PostSummary } from '@/lib/posts';
import { authorPath } from '@/lib/routes';
import { JstDate } from './jst-date';

export async function PostMeta({ post, showAuthor = false }: { post: PostSummary; showAuthor?: boolean }) {
  const t = await getTranslations('post');
  return (
    <p className="post-meta">
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
          <a href={authorPath(post.author)} rel="author" className="post-meta__author">
            {post.author}
          </a>
        </span>
      )}
      <span>{t('readingTime', { minutes: post.readingTime })}</span>
      {post.draft && <span className="draft-badge">{t('draft')}</span>}
      {post.scheduled && <span className="draft-badge">{t('scheduled')}</span>}
    </p>
  );
}
