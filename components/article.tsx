import { getTranslations } from 'next-intl/server';
import type { Post } from '@/lib/posts';
import { ArticleBody } from './article-body';
import { PostMeta } from './post-meta';
import { PostSearchData } from './post-search-data';
import { TermLinks } from './term-links';

export async function Article({ post }: { post: Post }) {
  const t = await getTranslations('post');
  return (
    <article className="article">
      <header className="article__header">
        <TermLinks kind="categories" names={post.categories} label={t('categories')} />
        {/* The title and the body are what the search index reads (scripts/search-index.ts). */}
        <h1 className="article__title" data-pagefind-body>
          {post.title}
        </h1>
        <PostMeta post={post} showAuthor />
      </header>
      <ArticleBody html={post.html} />
      <PostSearchData post={post} />
      <footer className="article__footer">
        <TermLinks kind="tags" names={post.tags} label={t('tags')} />
      </footer>
    </article>
  );
}
