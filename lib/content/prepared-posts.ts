/**
 * The hand-over between the content step and Contentlayer. The content step
 * prepares every validated post once (from the cache, or in worker threads)
 * and writes which cache entry holds each (GENERATED_FILES.preparedPosts);
 * Contentlayer's computed fields read the entry instead of reading, parsing and
 * rendering the file again. One pass per post: read and parsed once by the
 * content step, rendered only when it changed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CacheEntry, PostCache } from './post-cache';
import { postCacheKey } from './post-cache';
import type { PreparedPost } from './prepare-post';
import type { ValidPost } from './validate';
import { looksLikeLiquid } from './liquid/render-liquid';

/** Set by the content step for the Contentlayer process: the path of the prepared-post table. */
export const PREPARED_POSTS_ENV = 'PREPARED_POSTS';

/** Contentlayer's `_raw.sourceFilePath` (relative to the content folder) → the cache entry file holding the post. */
export type PreparedPostTable = Record<string, string>;

export type PreparePostsResult = {
  table: PreparedPostTable;
  /** Each post's file → its cache key, under which its Contentlayer document is kept too. */
  keys: Record<string, string>;
  reused: number;
  rendered: number;
};

/**
 * Every post's cache entry, rendering (with `render`, the worker pool) only the
 * posts the cache does not hold. Rendering failures name the post's file.
 */
export async function preparePosts(
  posts: readonly ValidPost[],
  options: {
    contentDir: string;
    cache: PostCache;
    version: string;
    /** postSlugsHash of the collection: part of the key of the posts whose Liquid can link to other posts. */
    slugsHash?: string;
    render: (post: { file: string; frontMatter: ValidPost['frontMatter']; body: string }) => Promise<PreparedPost>;
  },
): Promise<PreparePostsResult> {
  const { contentDir, cache, version, slugsHash = '', render } = options;
  const table: PreparedPostTable = {};
  const keys: Record<string, string> = {};
  let reused = 0;
  let rendered = 0;
  await Promise.all(
    posts.map(async (post) => {
      const key = postCacheKey(version, post, looksLikeLiquid(post.body) ? slugsHash : '');
      // isFresh first: it vouches for an unchanged post without reading its entry (10,000 posts: 3 s).
      if (!cache.isFresh(key) && !cache.get(key)) {
        const prepared = await render({ file: post.file, frontMatter: post.frontMatter, body: post.body });
        cache.set(key, post.file, prepared);
        rendered++;
      } else {
        reused++;
      }
      table[path.posix.relative(contentDir, post.file)] = cache.entryPath(key);
      keys[post.file] = key;
    }),
  );
  return { table, keys, reused, rendered };
}

export function writePreparedPostTable(file: string, table: PreparedPostTable): void {
  writeFileSync(file, JSON.stringify(table));
}

let loadedTable: { file: string; table: PreparedPostTable } | undefined;

/** The prepared post of a Contentlayer document, from the table the content step wrote. */
export function readPreparedPost(tableFile: string, sourceFilePath: string): PreparedPost {
  if (loadedTable?.file !== tableFile) {
    loadedTable = { file: tableFile, table: JSON.parse(readFileSync(tableFile, 'utf8')) as PreparedPostTable };
  }
  const entryFile = loadedTable.table[sourceFilePath];
  if (!entryFile) {
    throw new Error(`${sourceFilePath}:1: document: 内容ステップが準備していない記事です（npm run content をやり直してください）`);
  }
  return (JSON.parse(readFileSync(entryFile, 'utf8')) as CacheEntry).post;
}
