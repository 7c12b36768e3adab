import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants as zlib } from 'node:zlib';
import type { Post as PostDocument } from 'contentlayer/generated';
import type { TocHeading } from '../markdown/headings';
import { GENERATED_FILES } from '../config';
import { selectPublishedPosts, type Visibility } from './query';

/** What the content step wrote (scripts/content.ts runs Contentlayer before `next build`). */
export const GENERATED_POSTS_FILE = GENERATED_FILES.posts;

/** The fields of a post every page may list: everything but its body. */
export type PostSummaryDocument = Pick<
  PostDocument,
  | 'slug'
  | 'title'
  | 'date'
  | 'lastModifiedAt'
  | 'categories'
  | 'tags'
  | 'author'
  | 'excerpt'
  | 'readingTime'
  | 'draft'
  | 'updates'
  | 'series'
  | 'sponsored'
  | 'disclaimer'
>;

/** What only the post's own page (and the feeds) need. */
export type PostBody = { html: string; headings: TocHeading[] };

function toSummaryDocument(doc: PostSummaryDocument): PostSummaryDocument {
  const { slug, title, date, lastModifiedAt, categories, tags, author, excerpt, readingTime, draft, updates, series, sponsored, disclaimer } = doc;
  return { slug, title, date, lastModifiedAt, categories, tags, author, excerpt, readingTime, draft, updates, series, sponsored, disclaimer };
}

/** A post's body file under GENERATED_FILES.postBodies: named by a hash of the slug (slugs may be Japanese), 256 folders. */
export function postBodyFile(slug: string): string {
  const hash = createHash('sha256').update(slug).digest('hex');
  return `${hash.slice(0, 2)}/${hash.slice(2, 24)}.json.br`;
}

/**
 * Writes the run-time store from Contentlayer's documents: the summaries of the posts
 * published at `visibility.now`, and each one's body, brotli-compressed (a fifth of
 * the size, and a server function carries every body: BENCHMARKS.md "Deploying").
 * Drafts and posts scheduled later are left out: this deployment never serves them.
 */
export function writePostStore(
  documents: readonly PostDocument[],
  visibility: Visibility,
  files: { postSummaries: string; postBodies: string } = GENERATED_FILES,
): void {
  const published = selectPublishedPosts(documents, visibility);
  rmSync(path.dirname(files.postSummaries), { recursive: true, force: true });
  rmSync(files.postBodies, { recursive: true, force: true });
  mkdirSync(path.dirname(files.postSummaries), { recursive: true });
  writeFileSync(files.postSummaries, JSON.stringify(published.map(toSummaryDocument)));
  for (const doc of published) {
    const file = path.join(files.postBodies, postBodyFile(doc.slug));
    mkdirSync(path.dirname(file), { recursive: true });
    const body: PostBody = { html: doc.html, headings: doc.headings as TocHeading[] };
    // Quality 6: nearly quality 9's size at a hundredth of its time (1,000 posts: 0.2 s against 28 s).
    writeFileSync(file, brotliCompressSync(JSON.stringify(body), { params: { [zlib.BROTLI_PARAM_QUALITY]: 6, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } }));
  }
}

/**
 * Every post's summary. `next dev` imports the generated module, so that saving a
 * post hot-reloads the open page (contentlayer2 dev rewrites it). Production reads
 * the store's summaries once per process: no post's HTML is held by every worker
 * and server (bundled, the documents were copied into each chunk that used them;
 * 5,000 posts: 4.4 GB peak for `next build`; BENCHMARKS.md).
 */
export async function loadPostSummaries(): Promise<PostSummaryDocument[]> {
  if (process.env.NODE_ENV === 'development') return (await import('contentlayer/generated')).allPosts;
  const processCache = globalThis as typeof globalThis & { __postSummaries?: PostSummaryDocument[] };
  // The path written out, not GENERATED_FILES.postSummaries: the bundler traces a literal path to that one file,
  // but a value from another module to the whole project (every function would carry all of it).
  // lib/posts/generated.test.ts holds the two together.
  const file = path.join(process.cwd(), '.contentlayer', 'store', 'summaries.json');
  processCache.__postSummaries ??= JSON.parse(readFileSync(file, 'utf8')) as PostSummaryDocument[];
  return processCache.__postSummaries;
}

// A page reads its post's body twice (metadata, then the page): keep the last few, not the archive.
const recentBodies = new Map<string, PostBody>();
const RECENT_BODIES = 32;

/** One post's body: in production read from its own file, so rendering a post reads that post only. */
export async function loadPostBody(slug: string): Promise<PostBody> {
  if (process.env.NODE_ENV === 'development') {
    const doc = (await import('contentlayer/generated')).allPosts.find((post) => post.slug === slug);
    if (!doc) throw new Error(`記事 ${slug} の本文がありません。`);
    return { html: doc.html, headings: doc.headings as TocHeading[] };
  }
  const cached = recentBodies.get(slug);
  if (cached) return cached;
  // Literal folders, as above: the bundler traces the store's body folder, and only it (the test holds them together).
  const file = path.join(process.cwd(), '.contentlayer', 'store', 'bodies', postBodyFile(slug));
  const body = JSON.parse(brotliDecompressSync(readFileSync(file)).toString('utf8')) as PostBody;
  if (recentBodies.size >= RECENT_BODIES) recentBodies.delete(recentBodies.keys().next().value!);
  recentBodies.set(slug, body);
  return body;
}

/**
 * When the content step ran: "now" for what is published. Pages rendered on first
 * request (older posts, later list pages) use it too, so they list exactly the posts
 * the build's pages, feeds and proxy table have; a post scheduled for later appears
 * with the first build after its date, never half-way. `next dev` shows everything.
 */
export function loadContentBuildTime(): Date {
  if (process.env.NODE_ENV === 'development') return new Date();
  // A literal path, as above (GENERATED_FILES.onDemandPaths; the test holds them together).
  const file = path.join(process.cwd(), '.contentlayer', 'on-demand-paths.json');
  const builtAt = new Date((JSON.parse(readFileSync(file, 'utf8')) as { builtAt?: string }).builtAt ?? Number.NaN);
  if (Number.isNaN(builtAt.getTime())) throw new Error(`${file}: builtAt がありません。npm run content をやり直してください。`);
  return builtAt;
}
