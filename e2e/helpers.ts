/**
 * Expectations for the end-to-end tests, derived from the Markdown files in
 * content/posts with the project's own front-matter parser. Ordering, term
 * grouping, counts and visibility are recomputed here independently of
 * lib/post-query, so the tests compare the built site against the content,
 * not against the code that built it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { readPostFiles } from '../lib/content/files';
import { validatePosts } from '../lib/content/validate';
import { derivePostData, type PostDocumentData } from '../lib/content/prepare-post';
import { formatJstDate } from '../lib/posts/dates';
import { categorySlug, tagSlug } from '../lib/urls/segments';
import { authorPath } from '../lib/urls/routes';
import { siteConfig } from '../lib/config';

export { formatJstDate, siteConfig };

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = path.join(projectRoot, 'content');

export type TermKind = 'tags' | 'categories';

/** A post as the content step derives it (lib/content/prepare-post), plus its file. */
export type ExpectedPost = PostDocumentData & { file: string };

export type ExpectedTerm = {
  kind: TermKind;
  slug: string;
  /** Display name: the spelling used by most posts (ties: the NFKC form, then code-point order). */
  name: string;
  spellings: string[];
  count: number;
  /** Slugs of the published posts with this term, newest first. */
  postSlugs: string[];
};

const files = readPostFiles(contentDir);
const { posts: validPosts, problems } = validatePosts(files);
if (problems.some((p) => p.severity === 'error')) {
  throw new Error(`content/posts has invalid posts:\n${problems.map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`).join('\n')}`);
}

/** Every post file, drafts and scheduled posts included. */
export const allPosts: ExpectedPost[] = validPosts.map(({ file, source }) => ({
  ...derivePostData(file, source),
  file: path.relative(projectRoot, file),
}));

export const postFileCount = files.length;

const now = Date.now();
export const draftPosts = allPosts.filter((p) => p.draft);
export const scheduledPosts = allPosts.filter((p) => !p.draft && Date.parse(p.date) > now);

/** What readers of the production build should see, newest first (same instant: by slug). */
export const publishedPosts: ExpectedPost[] = allPosts
  .filter((p) => !p.draft && Date.parse(p.date) <= now)
  .sort((a, b) => Date.parse(b.date) - Date.parse(a.date) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));

export function slugFor(kind: TermKind, name: string): string {
  return kind === 'tags' ? tagSlug(name) : categorySlug(name);
}

export function termHref(kind: TermKind, name: string): string {
  return `/${kind}/${encodeURIComponent(slugFor(kind, name))}`;
}

export function postHref(slug: string): string {
  return `/posts/${encodeURIComponent(slug)}`;
}

function collectTerms(kind: TermKind): ExpectedTerm[] {
  const bySlug = new Map<string, { spellings: Map<string, number>; posts: string[] }>();
  for (const post of publishedPosts) {
    for (const name of post[kind]) {
      const slug = slugFor(kind, name);
      const entry = bySlug.get(slug) ?? { spellings: new Map<string, number>(), posts: [] };
      entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
      if (!entry.posts.includes(post.slug)) entry.posts.push(post.slug);
      bySlug.set(slug, entry);
    }
  }
  return [...bySlug].map(([slug, { spellings, posts }]) => {
    const ranked = [...spellings].sort(
      ([a, ca], [b, cb]) =>
        cb - ca || Number(b === b.normalize('NFKC')) - Number(a === a.normalize('NFKC')) || (a < b ? -1 : a > b ? 1 : 0),
    );
    return { kind, slug, name: ranked[0][0], spellings: ranked.map(([n]) => n), count: posts.length, postSlugs: posts };
  });
}

export const expectedTerms: Record<TermKind, ExpectedTerm[]> = {
  tags: collectTerms('tags'),
  categories: collectTerms('categories'),
};

/**
 * The name readers see for a term a post lists: every spelling of one term is
 * shown as the term's display name (a post tagged ＡＩ shows the link #AI).
 */
export function shownName(kind: TermKind, name: string): string {
  const term = expectedTerms[kind].find((t) => t.slug === slugFor(kind, name));
  if (!term) throw new Error(`${kind} ${name} belongs to no published post`);
  return term.name;
}

export const termLabels: Record<TermKind, { title: (name: string) => string; linkText: (name: string) => string }> = {
  tags: { title: (name) => `タグ「${name}」の記事`, linkText: (name) => `#${name}` },
  categories: { title: (name) => `カテゴリ「${name}」の記事`, linkText: (name) => name },
};

/** A post whose Markdown body has a GFM table, a fenced code block, a list, bold text and an h2. */
export function richPost(): ExpectedPost | undefined {
  return publishedPosts.find(
    (p) =>
      hasTable(p) && /^```/m.test(p.body) && /^##\s/m.test(p.body) && /\*\*[^*]+\*\*/.test(p.body) && /^\s*[-*]\s+\S/m.test(p.body),
  );
}

export function hasTable(post: ExpectedPost): boolean {
  return /^\|.*\|\s*$/m.test(post.body) && /^\|?\s*:?-{3,}:?\s*\|/m.test(post.body);
}

/** The path of the current page, percent-decoded (`/tags/半導体`). */
export function decodedPath(url: string): string {
  return decodeURIComponent(new URL(url).pathname);
}

export async function expectPath(page: Page, expected: string): Promise<void> {
  await expect.poll(() => decodedPath(page.url()), { message: `URL path should be ${expected}` }).toBe(expected);
}

/** Text of the first <h1> in an HTML document, with tags stripped and entities decoded. */
export function h1FromHtml(html: string): string | undefined {
  const match = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  if (!match) return undefined;
  return decodeEntities(match[1].replace(/<[^>]*>/g, '')).trim();
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Slugs of the post cards on the current page, in order. */
export async function cardSlugs(page: Page): Promise<string[]> {
  return page.locator('.post-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-slug') ?? ''));
}

/** One representative URL of every page type, for checks that apply to all of them. */
export function pageTypePaths(): Record<string, string> {
  const post = publishedPosts[0];
  const tag = expectedTerms.tags[0];
  const category = expectedTerms.categories[0];
  return {
    home: '/',
    post: `/posts/${encodeURIComponent(post.slug)}`,
    'tag index': '/tags',
    tag: `/tags/${encodeURIComponent(tag.slug)}`,
    'category index': '/categories',
    category: `/categories/${encodeURIComponent(category.slug)}`,
    archive: '/archive',
    'author index': '/authors',
    author: authorPath(publishedPosts.find((p) => p.author)!.author!),
    search: `/search?q=${encodeURIComponent('半導体')}`,
    'not found': '/no-such-page',
  };
}

/**
 * The one html-validate set-up of the suite: the recommended rules, minus the
 * ones about how React serialises valid HTML.
 */
export function siteHtmlValidator(): HtmlValidate {
  return new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // React serialises valid HTML in its own style (`<meta/>`, `charSet`, `async=""`); style rules, not errors.
      'void-style': 'off',
      'attr-case': 'off',
      'attribute-boolean-style': 'off',
      'attribute-empty-style': 'off',
      // Inline styles are the site's own: Shiki's colours as custom properties, KaTeX's sizes.
      'no-inline-style': 'off',
      // React's useId yields ids like `_R_`: valid HTML (any non-space characters), not valid CSS-selector style.
      'valid-id': ['error', { relaxed: true }],
    },
  });
}
