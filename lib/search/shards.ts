/**
 * The search index is written in shards (lib/search/build/build-index.ts): the first is
 * the bundle's main index at /pagefind/, the others sit in subfolders that the
 * browser merges into it with Pagefind's mergeIndex. This file, beside the main
 * index, lists them.
 *
 * The shards are fixed blocks of posts counted from the oldest (so a new post
 * touches only the newest), each a consecutive run of the newest-first list. The
 * main index holds the newest block; the file lists the other folders newest
 * first. lib/search/search.ts relies on that order to list posts by date across shards.
 */
export const SEARCH_SHARDS_FILE = 'shards.json';

/**
 * A filter the browser adds to every page of a shard (Pagefind's mergeFilter), its
 * value the shard's place, newest first (MAIN_SHARD, then 1, 2, … in the order
 * SEARCH_SHARDS_FILE lists them; see shardFilterValue): lib/search/search.ts uses
 * it to search only the shards that contain every word of a query.
 */
export const SEARCH_SHARD_FILTER = 'shard';
export const MAIN_SHARD = '0';

/** The shards besides the main one, as folders relative to the bundle (`shard-1/`), newest first. */
export type SearchShards = { shards: string[] };

/** The folder of a shard besides the main one: its block, counted from the oldest posts (block 0), which never changes. */
export function shardDirectory(block: number): string {
  return `shard-${block}`;
}

/** The filter value of the shard listed at `position` (0-based) in SEARCH_SHARDS_FILE: the main index is MAIN_SHARD. */
export function shardFilterValue(position: number): string {
  return String(position + 1);
}

/** The shard folders listed in SEARCH_SHARDS_FILE; anything else there is a build bug, not data to guess at. */
export function parseSearchShards(json: unknown): string[] {
  const shards = (json as SearchShards | null)?.shards;
  if (!Array.isArray(shards) || !shards.every((shard) => typeof shard === 'string' && /^shard-\d+\/$/.test(shard))) {
    throw new Error(`${SEARCH_SHARDS_FILE} の形式が正しくありません`);
  }
  return shards;
}
