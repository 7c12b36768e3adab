import { getTranslations } from 'next-intl/server';
import type { PostSummary } from '@/lib/posts';
import { postPath } from '@/lib/routes';
import { JstDate } from './jst-date';
import { Phrases } from './phrases';

export async function RelatedPosts({ posts }: { posts: PostSummary[] }) {
  if (posts.length === 0) return null;
  const t = await getTranslations('article');
  return (
    <section className="related-posts" aria-label={t('related')}>
      <h2 className="section-title">{t('related')}</h2>
      <ul className="related-posts__list">
        {posts.map((post) => (
          <li key={post.slug} data-slug={post.slug}>
            <a href={postPath(post.slug)} className="related-posts__link">
              <span className="related-posts__title">
                <Phrases text={post.title} />
              </span>
              <JstDate iso={post.date} className="related-posts__date" />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
