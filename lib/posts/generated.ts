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
  processCache.__postDocuments ??= JSON.parse(readFileSync(path.join(process.cwd(), GENERATED_POSTS_FILE), 'utf8')) as PostDocument[];
  return processCache.__postDocuments;
}
