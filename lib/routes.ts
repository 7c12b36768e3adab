import type { TermKind } from './post-query';
import { termSlug } from './post-query';

/** Every internal URL is built here, so links and routes cannot drift apart. */
export function postPath(slug: string): string {
  return `/posts/${encodeURIComponent(slug)}`;
}

export function homePagePath(page: number): string {
  return page <= 1 ? '/' : `/page/${page}`;
}

export function termIndexPath(kind: TermKind): string {
  return `/${kind}`;
}

/** Accepts a display name (`生成 AI`) or an existing segment; both give `/tags/生成-ai` (percent-encoded). */
export function termPath(kind: TermKind, name: string): string {
  return `/${kind}/${encodeURIComponent(termSlug(kind, name))}`;
}
