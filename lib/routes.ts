import type { TermKind } from './post-query';
import { termSlug } from './post-query';

/** Every internal URL is built here, so links and routes cannot drift apart. */
export function postPath(slug: string): string {
  return `/posts/${encodeURIComponent(slug)}`;
}

/** Page 1 of a list is the list's own URL; later pages add `/page/<n>`. */
export function pagedPath(base: string, page: number): string {
  if (page <= 1) return base;
  return `${base === '/' ? '' : base}/page/${page}`;
}

export function homePagePath(page: number): string {
  return pagedPath('/', page);
}

export function termIndexPath(kind: TermKind): string {
  return `/${kind}`;
}

/** Accepts a display name (`生成 AI`) or an existing segment; both give `/tags/生成-ai` (percent-encoded). */
export function termPath(kind: TermKind, name: string, page = 1): string {
  return pagedPath(`/${kind}/${encodeURIComponent(termSlug(kind, name))}`, page);
}
