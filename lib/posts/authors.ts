import { groupNames, type NameGroup, type PostSummary } from './query';
import { urlSegment } from '../urls/segments';

/** An author from the posts' front matter, with the URL segment of their page. */
export type Author = NameGroup;

export const authorSlug = urlSegment;

function authorsOf(post: Pick<PostSummary, 'author'>): string[] {
  return post.author ? [post.author] : [];
}

/** Every author with their post count, most prolific first. */
export function collectAuthors(posts: readonly Pick<PostSummary, 'author'>[]): Author[] {
  return groupNames(posts.map(authorsOf), authorSlug);
}

export function postsByAuthor<T extends Pick<PostSummary, 'author'>>(posts: readonly T[], slug: string): T[] {
  return posts.filter((post) => post.author !== undefined && authorSlug(post.author) === slug);
}
