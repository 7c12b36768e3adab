/**
 * Series (連載): posts that name the same `series:` belong together, read in
 * order of publication. Names that share a URL segment are one series, as
 * tags are (lib/posts/query.ts groupNames).
 */
import { compareNewestFirst, groupNames, type NameGroup, type PostSummary } from './query';
import { seriesSlug } from '../urls/segments';

export type Series = NameGroup;

type SeriesPost = Pick<PostSummary, 'series' | 'date' | 'slug'>;

/** Every series with its number of parts, the longest first. */
export function collectSeries(posts: readonly Pick<PostSummary, 'series'>[]): Series[] {
  return groupNames(
    posts.map((post) => (post.series ? [post.series] : [])),
    seriesSlug,
  );
}

/** The parts of one series, oldest first: part 1 is the first published. */
export function postsInSeries<T extends SeriesPost>(posts: readonly T[], slug: string): T[] {
  return posts.filter((post) => post.series !== undefined && seriesSlug(post.series) === slug).sort((a, b) => compareNewestFirst(b, a));
}

/** Every series' parts, in one pass over the posts: for the post pages' 「連載」 box. */
export function partsBySeries<T extends SeriesPost>(posts: readonly T[]): Map<string, T[]> {
  const parts = new Map<string, T[]>();
  for (const post of posts) {
    if (post.series === undefined) continue;
    const slug = seriesSlug(post.series);
    const list = parts.get(slug) ?? [];
    list.push(post);
    parts.set(slug, list);
  }
  for (const list of parts.values()) list.sort((a, b) => compareNewestFirst(b, a));
  return parts;
}
