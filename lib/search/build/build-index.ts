import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { addSearchTokensToHtml } from './index-html';
import { SEARCH_SHARDS_FILE, shardDirectory, type SearchShards } from '../shards';

/** One page to index: its HTML as built, the URL results link to, and where it came from (for messages). */
export type PageToIndex = { url: string; html: string; source: string };

/**
 * Posts per shard. Pagefind's indexer holds its whole index in memory and needs
 * about 1.5 GB per 1,000 posts while writing it (6.7 GB at 10,000 in one index,
 * BENCHMARKS.md); one process per shard keeps the build's peak at one shard's.
 */
export const DEFAULT_SHARD_SIZE = 2000;

// Pages parsed ahead of the indexer, so Node's parsing and Pagefind's indexing overlap.
const PAGES_IN_FLIGHT = 8;

// Pagefind also writes its ready-made UIs; the site has its own, so they are not shipped.
const UNUSED_FILES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

export function directoryBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

/** The pages in consecutive groups of `size`, read lazily: one shard's pages are never all in memory. */
function* inShards<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let shard: T[] = [];
  for (const item of items) {
    shard.push(item);
    if (shard.length === size) {
      yield shard;
      shard = [];
    }
  }
  if (shard.length > 0) yield shard;
}

async function writeShard(pages: PageToIndex[], outputPath: string): Promise<string[]> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ja' });
  if (!index) return errors;
  try {
    const problems: string[] = [];
    const inFlight = new Set<Promise<void>>();
    for (const page of pages) {
      const { html, bodies } = addSearchTokensToHtml(page.html);
      if (bodies === 0) {
        problems.push(`${page.source}: data-pagefind-body の付いた本文がありません`);
        continue;
      }
      const adding = index.addHTMLFile({ url: page.url, content: html }).then((added) => {
        problems.push(...added.errors.map((error) => `${page.source}: ${error}`));
        inFlight.delete(adding);
      });
      inFlight.add(adding);
      if (inFlight.size >= PAGES_IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (problems.length > 0) return problems;
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) return written.errors;
    for (const file of readdirSync(outputPath)) {
      if (UNUSED_FILES.test(file)) rmSync(path.join(outputPath, file));
    }
    return [];
  } finally {
    await pagefind.close();
  }
}

/**
 * Writes the Pagefind bundle for the pages to `outputPath` (replacing what was
 * there): Japanese settings, each page's data-pagefind-body regions with the
 * extra search tokens of ./index-html. Pages are indexed in shards of `shardSize`,
 * in the order given (newest first, so that a date-sorted search stays sorted
 * across shards; see ./shards). The first shard is the bundle's main index, the
 * others sit in subfolders listed in SEARCH_SHARDS_FILE. Returns the problems
 * instead of a partial index.
 */
export async function buildSearchIndex(
  pages: Iterable<PageToIndex>,
  outputPath: string,
  { shardSize = DEFAULT_SHARD_SIZE }: { shardSize?: number } = {},
): Promise<{ problems: string[]; shards: number }> {
  rmSync(outputPath, { recursive: true, force: true });
  const manifest: SearchShards = { shards: [] };
  let shards = 0;
  for (const shardPages of inShards(pages, shardSize)) {
    const directory = shards === 0 ? '' : shardDirectory(shards);
    const problems = await writeShard(shardPages, path.join(outputPath, directory));
    if (problems.length > 0) {
      rmSync(outputPath, { recursive: true, force: true });
      return { problems, shards: 0 };
    }
    if (shards > 0) manifest.shards.push(`${directory}/`);
    shards++;
  }
  if (shards === 0) {
    // A site without posts still gets a (empty) bundle, so the search page works.
    const problems = await writeShard([], outputPath);
    if (problems.length > 0) return { problems, shards: 0 };
    shards = 1;
  }
  writeFileSync(path.join(outputPath, SEARCH_SHARDS_FILE), JSON.stringify(manifest));
  return { problems: [], shards };
}
