import { getTranslations } from 'next-intl/server';
import type { PostSummary } from '@/lib/posts/store';
import { postPath } from '@/lib/urls/routes';
import { isSponsored } from '@/lib/posts/notices';
import { Phrases } from './phrases';
import { PostMeta } from './post-meta';
import { SponsoredLabel } from './sponsored-label';
import { TermLinks } from './term-links';

export async function PostCard({ post }: { post: PostSummary }) {
  const t = await getTranslations('post');
  return (
    <article className="post-card py-6" data-slug={post.slug}>
      <TermLinks kind="categories" names={post.categories} label={t('categories')} />
      {/* Beside the title, not in it: the heading stays the title alone. */}
      {isSponsored(post) && (
        <p className="mt-1 mb-0">
          <SponsoredLabel />
        </p>
      )}
      <h2 className="headline my-1 text-[1.25rem] leading-[1.5] font-bold">
        <a href={postPath(post.slug)} className="text-text hover:text-accent hover:underline">
          <Phrases text={post.title} />
        </a>
      </h2>
      <PostMeta post={post} />
      <p className="post-card__excerpt my-2 text-muted">{post.excerpt}</p>
      <TermLinks kind="tags" names={post.tags} label={t('tags')} />
    </article>
  );
}
