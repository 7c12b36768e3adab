import type { PostUpdate } from '../content/newsroom-fields';
import type { TocHeading } from '../markdown/headings';
import { categorySlug, tagSlug } from '../urls/segments';

/** A post as the pages see it: published data only, no Contentlayer internals. */
export type Post = {
  slug: string;
  title: string;
  /** UTC ISO 8601. */
  date: string;
  lastModifiedAt?: string;
  categories: string[];
  tags: string[];
  author?: string;
  excerpt: string;
  readingTime: number;
  draft: boolean;
  /** Dated after the build: only `npm run dev` shows it. */
  scheduled: boolean;
  /** Corrections and additions, oldest first; the newest one is already in lastModifiedAt. */
  updates?: PostUpdate[];
  /** The 連載 the post belongs to. */
  series?: string;
  /** A PR article: labelled everywhere it is listed, its outside links `rel="sponsored"`. */
  sponsored?: boolean;
  /** False when the post turns the investment notice off. */
  disclaimer?: boolean;
  html: string;
  /** h2/h3 of the body, for the table of contents. */
  headings: TocHeading[];
};

export type PostSummary = Omit<Post, 'html' | 'headings'>;

export type Visibility = {
  /** Build time: posts dated later are scheduled, not published. */
  now: Date;
  /** `npm run dev` shows drafts and scheduled posts so writers can preview them. */
  includeUnpublished: boolean;
};

export function isPublic(post: Pick<Post, 'draft' | 'date'>, now: Date): boolean {
  return !post.draft && new Date(post.date).getTime() <= now.getTime();
}

/** Newest first; posts published at the same instant keep a stable order by slug. */
export function compareNewestFirst(a: Pick<Post, 'date' | 'slug'>, b: Pick<Post, 'date' | 'slug'>): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}

/** The one place that decides which posts readers see, and in which order. */
export function selectPublishedPosts<T extends Pick<Post, 'draft' | 'date' | 'slug'>>(posts: readonly T[], visibility: Visibility): T[] {
  return posts
    .filter((post) => visibility.includeUnpublished || isPublic(post, visibility.now))
    .sort(compareNewestFirst);
}

/** When the post last changed: its `last_modified_at`, or its publication if it was never updated. */
export function lastChange(post: Pick<Post, 'date' | 'lastModifiedAt'>): string {
  return post.lastModifiedAt && post.lastModifiedAt > post.date ? post.lastModifiedAt : post.date;
}

/** A link to a post as a post page shows it (related, previous/next, series parts): title, date and the PR label. */
export type PostLink = Pick<PostSummary, 'slug' | 'title' | 'date' | 'sponsored'>;

export function toPostLink({ slug, title, date, sponsored }: PostLink): PostLink {
  return { slug, title, date, sponsored };
}

export type Page<T> = { items: T[]; page: number; totalPages: number };

export function paginate<T>(items: readonly T[], page: number, perPage: number): Page<T> {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  return { items: items.slice((page - 1) * perPage, page * perPage), page, totalPages };
}

/** Page `page` of a list, or undefined when the list has no such page (an empty list still has page 1). */
export function pageOf<T>(items: readonly T[], page: number, perPage: number): Page<T> | undefined {
  const found = paginate(items, page, perPage);
  return Number.isInteger(page) && page >= 1 && page <= found.totalPages ? found : undefined;
}

/**
 * The page number a `/page/<n>` segment asks for, or undefined when that URL
 * is not a page: page 1 lives at the list's own URL, so `/page/1` is not one.
 * No segment (the list's own URL) is page 1. Without `totalPages`, any later page
 * number is read (the list's query, getListPage, knows where the list ends).
 */
export function pageNumberFromSegment(segment: string | undefined, totalPages = Number.POSITIVE_INFINITY): number | undefined {
  if (segment === undefined) return 1;
  if (!/^[1-9]\d*$/.test(segment)) return undefined;
  const page = Number(segment);
  return page >= 2 && page <= totalPages ? page : undefined;
}

/** Static params for pages 2…n of a list (page 1 is the list's own route), or only up to page `upTo`. */
export function laterPageNumbers(totalPages: number, upTo = Number.POSITIVE_INFINITY): string[] {
  return Array.from({ length: Math.max(0, Math.min(totalPages, upTo) - 1) }, (_, i) => String(i + 2));
}

export type TermKind = 'tags' | 'categories';

export type Term = {
  kind: TermKind;
  /** URL segment: `/tags/<slug>`. */
  slug: string;
  /** The spelling writers use most (ties: the NFKC form, then code-point order). */
  name: string;
  count: number;
};

const segmentFor: Record<TermKind, (name: string) => string> = { tags: tagSlug, categories: categorySlug };

export function termSlug(kind: TermKind, name: string): string {
  return segmentFor[kind](name);
}

export type NameGroup = {
  slug: string;
  /** The spelling writers use most (ties: the NFKC form, then code-point order). */
  name: string;
  count: number;
};

/**
 * Names that share a URL segment are one thing (`ＡＩ` and `AI`; `佐藤 健一` with a
 * full-width space): counts them and picks the display spelling. Most used first.
 */
export function groupNames(nameLists: readonly (readonly string[])[], slugOf: (name: string) => string): NameGroup[] {
  const groups = new Map<string, Map<string, number>>();
  const counts = new Map<string, number>();
  for (const names of nameLists) {
    for (const name of names) {
      const slug = slugOf(name);
      const spellings = groups.get(slug) ?? new Map<string, number>();
      spellings.set(name, (spellings.get(name) ?? 0) + 1);
      groups.set(slug, spellings);
      counts.set(slug, (counts.get(slug) ?? 0) + 1);
    }
  }
  const named = [...groups].map(([slug, spellings]) => {
    const [name] = [...spellings].sort(
      ([a, countA], [b, countB]) =>
        countB - countA || Number(b === b.normalize('NFKC')) - Number(a === a.normalize('NFKC')) || (a < b ? -1 : a > b ? 1 : 0),
    )[0];
    return { slug, name, count: counts.get(slug) ?? 0 };
  });
  return named.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'ja'));
}

/** Every tag (or category) with its post count; spellings that share a URL segment are one term. */
export function collectTerms(posts: readonly Pick<Post, TermKind>[], kind: TermKind): Term[] {
  return groupNames(
    posts.map((post) => post[kind]),
    (name) => termSlug(kind, name),
  ).map((group) => ({ kind, ...group }));
}

export function postsWithTerm<T extends Pick<Post, TermKind>>(posts: readonly T[], kind: TermKind, slug: string): T[] {
  return posts.filter((post) => post[kind].some((name) => termSlug(kind, name) === slug));
}

/**
 * Writers spell one tag several ways (`ＡＩ`, `AI`); readers should see one name
 * everywhere, so each post's terms are replaced by the name its term uses.
 */
export function withCanonicalTermNames<T extends Pick<Post, TermKind>>(posts: readonly T[]): T[] {
  const names = (kind: TermKind) => new Map(collectTerms(posts, kind).map((term) => [term.slug, term.name]));
  const canonical = { tags: names('tags'), categories: names('categories') };
  const rename = (kind: TermKind, list: string[]) => list.map((name) => canonical[kind].get(termSlug(kind, name)) ?? name);
  return posts.map((post) => ({ ...post, tags: rename('tags', post.tags), categories: rename('categories', post.categories) }));
}
