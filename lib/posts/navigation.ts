/**
 * Where a reader goes after an article: related posts and the posts before and
 * after it. Pure functions over post summaries; lib/posts/store.ts binds them.
 */
import { compareNewestFirst, termSlug, type PostSummary } from './query';

type Candidate = Pick<PostSummary, 'slug' | 'date' | 'tags' | 'categories' | 'draft'>;

export const RELATED_POST_COUNT = 4;

function uniqueSlugs(kind: 'tags' | 'categories', post: Candidate): string[] {
  return [...new Set(post[kind].map((name) => termSlug(kind, name)))];
}

/**
 * Ranks related posts for every post of a site with one pass over the posts:
 * an index from each tag and category to the posts that carry it, so a post
 * page looks only at posts sharing something with it (a full scan per page
 * made a 10,000-post build quadratic). Fill-ins with nothing shared are the newest.
 */
export function createRelatedPostsIndex<T extends Candidate>(candidates: readonly T[]) {
  const eligible = candidates.filter((other) => !other.draft).sort(compareNewestFirst);
  const postsBy = { tags: new Map<string, number[]>(), categories: new Map<string, number[]>() };
  eligible.forEach((other, index) => {
    for (const kind of ['tags', 'categories'] as const) {
      for (const slug of uniqueSlugs(kind, other)) {
        const list = postsBy[kind].get(slug);
        if (list) list.push(index);
        else postsBy[kind].set(slug, [index]);
      }
    }
  });

  return (post: Candidate, limit = RELATED_POST_COUNT): T[] => {
    const scores = new Map<number, { tags: number; categories: number }>();
    for (const kind of ['tags', 'categories'] as const) {
      for (const slug of uniqueSlugs(kind, post)) {
        for (const index of postsBy[kind].get(slug) ?? []) {
          const score = scores.get(index) ?? { tags: 0, categories: 0 };
          score[kind] += 1;
          scores.set(index, score);
        }
      }
    }
    // Indexes are in newest-first order, so a lower index breaks ties.
    const ranked = [...scores]
      .filter(([index]) => eligible[index].slug !== post.slug)
      .sort(([ia, a], [ib, b]) => b.tags - a.tags || b.categories - a.categories || ia - ib)
      .map(([index]) => eligible[index]);
    for (let index = 0; ranked.length < limit && index < eligible.length; index++) {
      if (!scores.has(index) && eligible[index].slug !== post.slug) ranked.push(eligible[index]);
    }
    return ranked.slice(0, limit);
  };
}

/**
 * Up to `limit` other posts: most shared tags first, then most shared
 * categories, then the newest. Never the post itself, never a draft (even in
 * `npm run dev`, where drafts are listed elsewhere for preview).
 */
export function relatedPosts<T extends Candidate>(post: Candidate, candidates: readonly T[], limit = RELATED_POST_COUNT): T[] {
  return createRelatedPostsIndex(candidates)(post, limit);
}

export type AdjacentPosts<T> = {
  /** 「前の記事」: the one published just before. */
  previous?: T;
  /** 「次の記事」: the one published just after. */
  next?: T;
};

/** The neighbours of every post in publication order, sorted and indexed once. */
export function createAdjacentPostsIndex<T extends Pick<PostSummary, 'slug' | 'date'>>(posts: readonly T[]) {
  const newestFirst = [...posts].sort(compareNewestFirst);
  const indexBySlug = new Map(newestFirst.map((post, index) => [post.slug, index]));
  return (slug: string): AdjacentPosts<T> => {
    const index = indexBySlug.get(slug);
    if (index === undefined) return {};
    return { previous: newestFirst[index + 1], next: index > 0 ? newestFirst[index - 1] : undefined };
  };
}

/** The neighbours of a post in publication order. */
export function adjacentPosts<T extends Pick<PostSummary, 'slug' | 'date'>>(slug: string, posts: readonly T[]): AdjacentPosts<T> {
  return createAdjacentPostsIndex(posts)(slug);
}
