import { getTranslations } from 'next-intl/server';
import type { PostSummary } from '@/lib/posts/store';
import { PostCard } from './post-card';

export async function PostList({ posts }: { posts: PostSummary[] }) {
  const t = await getTranslations('list');
  if (posts.length === 0) return <p>{t('empty')}</p>;
  return (
    <ol className="divide-y divide-border">
      {posts.map((post) => (
        <li key={post.slug}>
          <PostCard post={post} />
        </li>
      ))}
    </ol>
  );
}
