/**
 * Writes what the server reads at run time (`.contentlayer/store/`, read by
 * lib/posts/generated.ts): the summaries of the posts published at the build's
 * "now", and for each of them an entry with everything its page shows: the post
 * with its HTML, its related posts, previous/next and series parts, answered by the
 * same queries the store answers (lib/posts/published.ts). Drafts and posts
 * scheduled later are left out: this deployment never serves them.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import type { Post as PostDocument } from 'contentlayer/generated';
import { documentBody, postPageLocation, summarizeDocuments, type PostPageData } from '../posts/generated';
import { encodePack } from '../posts/page-pack';
import { createPublishedPosts } from '../posts/published';
import type { PostSummary, Visibility } from '../posts/query';
import { GENERATED_FILES, siteConfig } from '../config';
import { sha256, writeAtomically } from './post-cache';

type StoreFiles = { postSummaries: string; postPages: string };

/** Bump when a pack's bytes would change for the same pages (its layout, the compression settings). */
const PACK_FORMAT = 1;

export type StoreOptions = {
  files?: StoreFiles;
  /**
   * Where packs are kept between builds (STORE_CACHE_DIR, under `.next/cache`), by a hash of
   * their pages: a pack whose pages did not change is copied instead of compressed again.
   */
  cacheDir?: string;
};

/** Writes the store; returns how many packs it wrote and how many of them came from the cache. */
export function writePostStore(
  documents: readonly PostDocument[],
  visibility: Visibility,
  { files = GENERATED_FILES, cacheDir }: StoreOptions = {},
): { packs: number; reused: number } {
  const summaries = summarizeDocuments(documents, visibility);
  const published = createPublishedPosts(summaries, siteConfig.postsPerPage);
  const documentsBySlug = new Map(documents.map((doc) => [doc.slug, doc]));
  rmSync(path.dirname(files.postSummaries), { recursive: true, force: true });
  rmSync(files.postPages, { recursive: true, force: true });
  mkdirSync(path.dirname(files.postSummaries), { recursive: true });
  writeFileSync(files.postSummaries, JSON.stringify(summaries));
  // Brotli, because a server function carries every post's data (a fifth of the size); quality 6 is nearly
  // quality 9's size at a hundredth of its time (1,000 posts: 0.2 s against 28 s).
  const params = { [zlib.BROTLI_PARAM_QUALITY]: 6, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT };
  // Grouped first and written a pack at a time, so only one pack's entries are in memory.
  const packs = new Map<string, { key: string; summary: PostSummary }[]>();
  for (const summary of summaries) {
    const { pack, key } = postPageLocation(summary.slug);
    let members = packs.get(pack);
    if (!members) packs.set(pack, (members = []));
    members.push({ key, summary });
  }
  mkdirSync(files.postPages, { recursive: true });
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  // Compression is most of the store's time (3.5 s at 10,000 posts); an edit changes the pages of one
  // pack, or of a few when its title or date appears in other posts' links.
  const used = new Set<string>();
  let reused = 0;
  for (const [pack, members] of packs) {
    const pages = members.map(({ key, summary }): [string, string] => {
      const page: PostPageData = { post: { ...summary, ...documentBody(documentsBySlug.get(summary.slug)!) }, ...published.getNeighbourhood(summary) };
      return [key, JSON.stringify(page)];
    });
    const target = path.join(files.postPages, pack);
    const cached = cacheDir && path.join(cacheDir, `${sha256([String(PACK_FORMAT), ...pages.flat()])}.pack`);
    if (cached) used.add(path.basename(cached));
    if (cached && existsSync(cached)) {
      copyFileSync(cached, target);
      reused++;
      continue;
    }
    const bytes = encodePack(new Map(pages.map(([key, json]) => [key, brotliCompressSync(json, { params })])));
    writeFileSync(target, bytes);
    if (cached) writeAtomically(cached, bytes);
  }
  if (cacheDir) {
    for (const name of readdirSync(cacheDir)) if (!used.has(name)) rmSync(path.join(cacheDir, name), { force: true });
  }
  return { packs: packs.size, reused };
}

