/**
 * Posts with their HTML: one post's page, and the newest posts for the feeds.
 * A server reads a post page's data from that post's own entry (lib/posts/generated.ts),
 * without loading the archive: the store (./store.ts) is imported only where a list of
 * posts is needed, so a first visit to an old post costs one small read, at any archive size.
 */
import { documentBody, loadPostPage, type PostPageData } from './generated';
import type { Post, TermKind } from './query';

/** Everything a published post's page shows, or undefined when no published post has the slug. */
export async function getPostPage(slug: string): Promise<PostPageData | undefined> {
  if (process.env.NODE_ENV !== 'development') return loadPostPage(slug);
  // `next dev` answers from Contentlayer's documents, which it rewrites when a post is saved.
  const [store, { allPosts }] = await Promise.all([import('./store'), import('contentlayer/generated')]);
  const summary = store.getPostSummary(slug);
  const doc = allPosts.find((post) => post.slug === slug);
  return summary && doc && { post: { ...summary, ...documentBody(doc) }, ...store.getNeighbourhood(summary) };
}

/** The newest posts with their HTML, for feeds: all of them, or those with one tag or category. */
export async function getLatestPosts(limit: number, term?: { kind: TermKind; slug: string }): Promise<Post[]> {
  const store = await import('./store');
  const posts = term ? store.getPostsWithTerm(term.kind, term.slug) : store.getPublishedPosts();
  const pages = await Promise.all(posts.slice(0, limit).map((post) => getPostPage(post.slug)));
  return pages.map((page, index) => {
    if (!page) throw new Error(`記事 ${posts[index].slug} のデータがありません。npm run content をやり直してください。`);
    return page.post;
  });
}
