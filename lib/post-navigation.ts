/**
 * Where a reader goes after an article: related posts and the posts before and
 * after it. Pure functions over post summaries; lib/posts.ts binds them.
 */
import { compareNewestFirst, termSlug, type PostSummary } from './post-query';

type Candidate = Pick<PostSummary, 'slug' | 'date' | 'tags' | 'categories' | 'draft'>;

export const RELATED_POST_COUNT = 4;

function sharedCount(kind: 'tags' | 'categories', a: Candidate, b: Candidate): number {
  const mine = new Set(a[kind].map((name) => termSlug(kind, name)));
  return new Set(b[kind].map((name) => termSlug(kind, name)).filter((slug) => mine.has(slug))).size;
}

/**
 * Up to `limit` other posts: most shared tags first, then most shared
 * categories, then the newest. Never the post itself, never a draft (even in
 * `npm run dev`, where drafts are listed elsewhere for preview).
 */
export function relatedPosts<T extends Candidate>(post: Candidate, candidates: readonly T[], limit = RELATED_POST_COUNT): T[] {
  return candidates
    .filter((other) => other.slug !== post.slug && !other.draft)
    .map((other) => ({ other, tags: sharedCount('tags', post, other), categories: sharedCount('categories', post, other) }))
    .sort((a, b) => b.tags - a.tags || b.categories - a.categories || compareNewestFirst(a.other, b.other))
    .map(({ other }) => other)
    .slice(0, limit);
}

export type AdjacentPosts<T> = {
  /** 「前の記事」: the one published just before. */
  previous?: T;
  /** 「次の記事」: the one published just after. */
  next?: T;
};

/** The neighbours of a post in publication order. */
export function adjacentPosts<T extends Pick<PostSummary, 'slug' | 'date'>>(slug: string, posts: readonly T[]): AdjacentPosts<T> {
  const newestFirst = [...posts].sort(compareNewestFirst);
  const index = newestFirst.findIndex((post) => post.slug === slug);
  if (index === -1) return {};
  return { previous: newestFirst[index + 1], next: index > 0 ? newestFirst[index - 1] : undefined };
}
