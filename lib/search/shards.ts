/**
 * The search index is written in shards (lib/search/build/build-index.ts): the first is
 * the bundle's main index at /pagefind/, the others sit in subfolders that the
 * browser merges into it with Pagefind's mergeIndex. This file, beside the main
 * index, lists them.
 *
 * The shards are cut from the newest-first list of posts, so shard 0 holds the
 * newest. lib/search/search.ts relies on that to list posts by date across shards.
 */
export const SEARCH_SHARDS_FILE = 'shards.json';

/**
 * A filter the browser adds to every page of a shard (Pagefind's mergeFilter), its
 * value the shard's number: lib/search/search.ts uses it to search only the shards
 * that contain every word of a query.
 */
export const SEARCH_SHARD_FILTER = 'shard';
export const MAIN_SHARD = '0';

/** The shards besides the main one, as folders relative to the bundle (`shard-1/`). */
export type SearchShards = { shards: string[] };

export function shardDirectory(index: number): string {
  return `shard-${index}`;
}

/** The shard's number, from its folder (`shard-2/` → `2`). */
export function shardNumber(directory: string): string {
  return directory.replace(/^shard-(\d+)\/$/, '$1');
}

/** The shard folders listed in SEARCH_SHARDS_FILE; anything else there is a build bug, not data to guess at. */
export function parseSearchShards(json: unknown): string[] {
  const shards = (json as SearchShards | null)?.shards;
  if (!Array.isArray(shards) || !shards.every((shard) => typeof shard === 'string' && /^shard-\d+\/$/.test(shard))) {
    throw new Error(`${SEARCH_SHARDS_FILE} の形式が正しくありません`);
  }
  return shards;
}
