/**
 * The posts as the content step leaves them for the server (`.contentlayer/store/`, written
 * by lib/content/post-store.ts): the published posts' summaries in one file, and each
 * post's page data (the post with its HTML, and the links around it) as an entry of one of
 * 256 packs, so that a server renders an old post by reading one small entry, not the archive.
 * `next dev` reads Contentlayer's documents instead, so that a saved post hot-reloads.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import type { Post as PostDocument } from 'contentlayer/generated';
import type { TocHeading } from '../markdown/headings';
import type { PostUpdate } from '../content/newsroom-fields';
import { GENERATED_FILES } from '../config';
import { readPackEntry } from './page-pack';
import { selectPublishedPosts, withCanonicalTermNames, type Post, type PostSummary, type Visibility } from './query';
import type { PostNeighbourhood } from './published';

/** What the content step wrote (scripts/content.ts runs Contentlayer before `next build`). */
export const GENERATED_POSTS_FILE = GENERATED_FILES.posts;

/** One post's file: everything its page shows. */
export type PostPageData = { post: Post } & PostNeighbourhood;

/** The fields of a Contentlayer document the summaries are made of. */
type PostSummaryDocument = Pick<
  PostDocument,
  'slug' | 'title' | 'date' | 'lastModifiedAt' | 'categories' | 'tags' | 'author' | 'excerpt' | 'readingTime' | 'draft' | 'updates' | 'series' | 'sponsored' | 'disclaimer'
>;

/**
 * Contentlayer types every computed field as always present, so contentlayer.config.ts writes an
 * optional value as '' (and the collection file keeps that shape, byte for byte); the site's own types
 * say "absent" as undefined again here, in the one place documents become summaries.
 */
function toPostSummary(doc: PostSummaryDocument, now: Date): PostSummary {
  return {
    slug: doc.slug,
    title: doc.title,
    date: doc.date,
    lastModifiedAt: doc.lastModifiedAt || undefined,
    categories: doc.categories,
    tags: doc.tags,
    author: doc.author || undefined,
    excerpt: doc.excerpt,
    readingTime: doc.readingTime,
    draft: doc.draft,
    scheduled: new Date(doc.date).getTime() > now.getTime(),
    updates: (doc.updates as PostUpdate[] | undefined) ?? [],
    series: doc.series || undefined,
    sponsored: doc.sponsored,
    disclaimer: doc.disclaimer,
  };
}

/** The published posts' summaries, newest first, each tag and category under the one name its term uses. */
export function summarizeDocuments(documents: readonly PostSummaryDocument[], visibility: Visibility): PostSummary[] {
  return withCanonicalTermNames(selectPublishedPosts(documents.map((doc) => toPostSummary(doc, visibility.now)), visibility));
}

/**
 * Where a post's page data lies under GENERATED_FILES.postPages: one of 256 packs
 * (./page-pack.ts) and its key there, both from a hash of the slug (slugs may be Japanese).
 */
export function postPageLocation(slug: string): { pack: string; key: string } {
  const hash = createHash('sha256').update(slug).digest('hex');
  return { pack: `${hash.slice(0, 2)}.pack`, key: hash.slice(2, 24) };
}

/**
 * Every published post's summary, newest first. Production reads the summaries the
 * content step wrote, once per process; `next dev` imports the generated module (which
 * contentlayer2 dev rewrites when a post is saved) and shows drafts and scheduled posts.
 */
export async function loadPublishedSummaries(): Promise<PostSummary[]> {
  if (process.env.NODE_ENV === 'development') {
    const { allPosts } = await import('contentlayer/generated');
    return summarizeDocuments(allPosts, { now: new Date(), includeUnpublished: true });
  }
  const processCache = globalThis as typeof globalThis & { __postSummaries?: PostSummary[] };
  // The path written out, not GENERATED_FILES.postSummaries: the bundler traces a literal path to that one file,
  // but a value from another module to the whole project (every function would carry all of it).
  // lib/posts/generated.test.ts holds the two together.
  const file = path.join(process.cwd(), '.contentlayer', 'store', 'summaries.json');
  processCache.__postSummaries ??= JSON.parse(readFileSync(file, 'utf8')) as PostSummary[];
  return processCache.__postSummaries;
}

/** A published post's page data, read from its entry in its pack (production only), or undefined for any other slug. */
export function loadPostPage(slug: string): PostPageData | undefined {
  const { pack, key } = postPageLocation(slug);
  // Literal folders, as above: the bundler traces the store's post folder, and only it (the test holds them together).
  const compressed = readPackEntry(path.join(process.cwd(), '.contentlayer', 'store', 'posts', pack), key);
  return compressed && (JSON.parse(brotliDecompressSync(compressed).toString('utf8')) as PostPageData);
}

/** The HTML and headings of a Contentlayer document (for `next dev`, which reads the documents). */
export function documentBody(doc: Pick<PostDocument, 'html' | 'headings'>): Pick<Post, 'html' | 'headings'> {
  return { html: doc.html, headings: doc.headings as TocHeading[] };
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
