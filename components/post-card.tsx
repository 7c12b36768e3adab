import { getTranslations } from 'next-intl/server';
import type { PostSummary } from '@/lib/posts';
import { postPath } from '@/lib/routes';
import { Phrases } from './phrases';
import { PostMeta } from './post-meta';
import { TermLinks } from './term-links';

export async function PostCard({ post }: { post: PostSummary }) {
  const t = await getTranslations('post');
  return (
    <article className="post-card" data-slug={post.slug}>
      <TermLinks kind="categories" names={post.categories} label={t('categories')} />
      <h2 className="post-card__title">
        <a href={postPath(post.slug)}>
          <Phrases text={post.title} />
        </a>
      </h2>
      <PostMeta post={post} />
      <p className="post-card__excerpt">{post.excerpt}</p>
      <TermLinks kind="tags" names={post.tags} label={t('tags')} />
    </article>
  );
}
