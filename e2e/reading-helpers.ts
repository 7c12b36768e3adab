/**
 * Expectations for the reading-experience tests, derived from content/posts
 * independently of lib/post-navigation, lib/archive and lib/authors.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allPosts, publishedPosts, slugFor, type ExpectedPost } from './helpers';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Lines outside fenced code blocks (``` or ~~~). */
function proseLines(body: string): string[] {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const line of body.split('\n')) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    lines.push(line);
  }
  return lines;
}

/** `## 見出し` and `### 見出し` outside code and outside :::details, in order. */
export function tocHeadings(post: ExpectedPost): { depth: number; text: string }[] {
  const headings: { depth: number; text: string }[] = [];
  let inDetails = false;
  for (const line of proseLines(post.body)) {
    if (/^:{3,}details/.test(line)) inDetails = true;
    else if (inDetails && /^:{3,}\s*$/.test(line)) inDetails = false;
    const match = /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (match && !inDetails) headings.push({ depth: match[1].length, text: match[2].replace(/\[\^[^\]]+\]/g, '').replace(/[*_`]/g, '') });
  }
  return headings;
}

/** The first fenced code block: its language and its code. */
export function firstCodeBlock(post: ExpectedPost): { language: string; code: string } | undefined {
  const match = /^```([^\n`]*)\n([\s\S]*?)\n```/m.exec(post.body);
  return match ? { language: match[1].trim(), code: match[2] } : undefined;
}

/**
 * The post the issue asks for: headings, a code block, a table, a footnote and a
 * :::message, plus an image from public/.
 */
export function showcasePost(): ExpectedPost {
  const post = publishedPosts.find(
    (p) =>
      /^##\s/m.test(p.body) &&
      /^```\w+/m.test(p.body) &&
      /^\|.*\|\s*$/m.test(p.body) &&
      /\[\^[^\]]+\]:/.test(p.body) &&
      /^:::message\s*$/m.test(p.body) &&
      /!\[[^\]]+\]\(\/images\//.test(p.body),
  );
  if (!post) throw new Error('content/posts needs a post with headings, code, a table, a footnote, :::message and an image');
  return post;
}

export function imagesIn(post: ExpectedPost): { alt: string; src: string; file: string }[] {
  return [...post.body.matchAll(/!\[([^\]]*)\]\((\/images\/[^)\s]+)\)/g)].map((m) => ({
    alt: m[1],
    src: m[2],
    file: path.join(projectRoot, 'public', decodeURIComponent(m[2])),
  }));
}

/** Width and height written in an SVG's root element. */
export function svgSize(file: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
  return { width: Number(/\swidth="(\d+)"/.exec(root)?.[1]), height: Number(/\sheight="(\d+)"/.exec(root)?.[1]) };
}

/** Posts that share most tags, then categories, then are newest; never itself or a draft. */
export function expectedRelated(post: ExpectedPost, count = 4, pool: ExpectedPost[] = publishedPosts): string[] {
  const shared = (kind: 'tags' | 'categories', other: ExpectedPost) => {
    const mine = new Set(post[kind].map((n) => slugFor(kind, n)));
    return new Set(other[kind].map((n) => slugFor(kind, n)).filter((s) => mine.has(s))).size;
  };
  return pool
    .filter((p) => p.slug !== post.slug)
    .map((p) => ({ p, tags: shared('tags', p), categories: shared('categories', p) }))
    .sort(
      (a, b) =>
        b.tags - a.tags ||
        b.categories - a.categories ||
        Date.parse(b.p.date) - Date.parse(a.p.date) ||
        (a.p.slug < b.p.slug ? -1 : 1),
    )
    .slice(0, count)
    .map(({ p }) => p.slug);
}

/** A published post whose related list would show a draft if drafts were not excluded. */
export function postWithDraftCandidate(): { post: ExpectedPost; draft: ExpectedPost } | undefined {
  for (const draft of allPosts.filter((p) => p.draft)) {
    const post = publishedPosts.find((p) => expectedRelated(p, 4, [...publishedPosts, draft]).includes(draft.slug));
    if (post) return { post, draft };
  }
  return undefined;
}

const jstParts = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'numeric' });

export function jstYearAndMonth(iso: string): { year: number; month: number } {
  const parts = jstParts.formatToParts(new Date(iso));
  return { year: Number(parts.find((p) => p.type === 'year')?.value), month: Number(parts.find((p) => p.type === 'month')?.value) };
}

/** Published posts by 「YYYY年M月」 (Japan time), newest month first. */
export function expectedArchive(): { label: string; id: string; slugs: string[] }[] {
  const months = new Map<string, { label: string; id: string; slugs: string[] }>();
  for (const post of publishedPosts) {
    const { year, month } = jstYearAndMonth(post.date);
    const id = `${year}-${String(month).padStart(2, '0')}`;
    const entry = months.get(id) ?? { label: `${year}年${month}月`, id, slugs: [] };
    entry.slugs.push(post.slug);
    months.set(id, entry);
  }
  return [...months.values()].sort((a, b) => (a.id < b.id ? 1 : -1));
}

/** Authors of published posts, keyed by URL segment (NFKC, lower-case, spaces → -). */
export function expectedAuthors(): { segment: string; names: string[]; slugs: string[] }[] {
  const bySegment = new Map<string, { segment: string; names: string[]; slugs: string[] }>();
  for (const post of publishedPosts) {
    if (!post.author) continue;
    const segment = post.author.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '-');
    const entry = bySegment.get(segment) ?? { segment, names: [], slugs: [] };
    if (!entry.names.includes(post.author)) entry.names.push(post.author);
    entry.slugs.push(post.slug);
    bySegment.set(segment, entry);
  }
  return [...bySegment.values()];
}

export function authorHref(segment: string): string {
  return `/authors/${encodeURIComponent(segment)}`;
}

/** What the site uses as its public address (SITE_URL at build time). */
export const siteOrigin = new URL(process.env.SITE_URL || 'http://localhost:3000').origin;
