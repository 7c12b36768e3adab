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

export const SEARCH_PATH = '/search';

/** `/search?q=金利&category=マクロ経済`: a search anyone can share; empty parameters are left out. */
export function searchPath(params: { q?: string; category?: string; tag?: string } = {}): string {
  const query = new URLSearchParams();
  for (const key of ['q', 'category', 'tag'] as const) {
    const value = params[key]?.trim();
    if (value) query.set(key, value);
  }
  const search = query.toString();
  return search ? `${SEARCH_PATH}?${search}` : SEARCH_PATH;
}
