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

  // Scores live in one array reused for every post: tags shared × 2^16 + categories shared (both far below 2^16
  // by the content limits), and only the posts a tag or category reached are looked at again. Ranking every
  // candidate with a sort made the content step grow with the square of the archive (10,000 posts: 32 s).
  const scores = new Int32Array(eligible.length);
  const touched = new Int32Array(eligible.length);
  const TAG = 1 << 16;
  const indexBySlug = new Map(eligible.map((other, index) => [other.slug, index]));

  return (post: Candidate, limit = RELATED_POST_COUNT): T[] => {
    const self = indexBySlug.get(post.slug) ?? -1;
    let touchedCount = 0;
    for (const kind of ['tags', 'categories'] as const) {
      const weight = kind === 'tags' ? TAG : 1;
      for (const slug of uniqueSlugs(kind, post)) {
        const list = postsBy[kind].get(slug) ?? [];
        for (let i = 0; i < list.length; i++) {
          const index = list[i];
          if (scores[index] === 0) touched[touchedCount++] = index;
          scores[index] += weight;
        }
      }
    }
    // The best `limit` of the touched posts, kept in order: the higher score first, then the lower index
    // (indexes are in newest-first order, so the newer post breaks a tie).
    const best: number[] = [];
    const ahead = (a: number, b: number) => scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
    for (let i = 0; i < touchedCount; i++) {
      const index = touched[i];
      if (index === self) continue;
      if (best.length === limit && !ahead(index, best[limit - 1])) continue;
      let at = Math.min(best.length, limit - 1);
      best[at] = index;
      while (at > 0 && ahead(index, best[at - 1])) {
        best[at] = best[at - 1];
        best[at - 1] = index;
        at--;
      }
    }
    const ranked = best.map((index) => eligible[index]);
    for (let index = 0; ranked.length < limit && index < eligible.length; index++) {
      if (scores[index] === 0 && index !== self) ranked.push(eligible[index]);
    }
    for (let i = 0; i < touchedCount; i++) scores[touched[i]] = 0;
    return ranked;
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
