import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Post as PostDocument } from 'contentlayer/generated';
import { GENERATED_FILES } from '../config';

/** What the content step wrote (scripts/content.ts runs Contentlayer before `next build`). */
export const GENERATED_POSTS_FILE = GENERATED_FILES.posts;

/**
 * Every Contentlayer document. `next dev` imports the generated module, so that
 * saving a post hot-reloads the open page (contentlayer2 dev rewrites it).
 * Production reads the JSON once per process instead: bundled, the documents
 * were copied into each server chunk that used them, and every build worker
 * held several copies (5,000 posts: 4.4 GB peak for `next build`; BENCHMARKS.md).
 */
export async function loadPostDocuments(): Promise<PostDocument[]> {
  if (process.env.NODE_ENV === 'development') return (await import('contentlayer/generated')).allPosts;
  const processCache = globalThis as typeof globalThis & { __postDocuments?: PostDocument[] };
  // The path written out, not GENERATED_POSTS_FILE: the bundler traces a literal path to that one file,
  // but a value from another module to the whole project (every function would carry all of it).
  // lib/posts/generated.test.ts holds the two together.
  const file = path.join(process.cwd(), '.contentlayer', 'generated', 'Post', '_index.json');
  processCache.__postDocuments ??= JSON.parse(readFileSync(file, 'utf8')) as PostDocument[];
  return processCache.__postDocuments;
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
