import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { addSearchTokensToHtml } from './index-html';
import { SEARCH_SHARDS_FILE, shardDirectory, type SearchShards } from '../shards';

/** One page to index: its HTML, the URL results link to, and where it came from (for messages). */
export type PageToIndex = { url: string; html: string; source: string };

/**
 * Posts per shard. Pagefind's indexer holds its whole index in memory and needs
 * about 1.5 GB per 1,000 posts while writing it (6.7 GB at 10,000 in one index,
 * BENCHMARKS.md); one process per shard keeps the build's peak at one shard's.
 * An edit re-indexes its shard, so the size is also the cost of a warm build's
 * search step (2,000: 27 s of 35 s at 10,000 posts); the browser merges one
 * shard per 1,000 posts.
 */
export const DEFAULT_SHARD_SIZE = 1000;

/** Bump when what a cached shard holds changes in a way the pipeline version cannot see. */
const SHARD_FORMAT = 1;

// Pages parsed ahead of the indexer, so Node's parsing and Pagefind's indexing overlap.
const PAGES_IN_FLIGHT = 8;

// Pagefind also writes its ready-made UIs; the site has its own, so they are not shipped.
const UNUSED_FILES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

export function directoryBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

function sha256(parts: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part);
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * One hash of the code and packages that turn index documents into a shard: the
 * search code under lib/search (the token step, the shard layout) and the locked
 * package versions (Pagefind's among them). A change to either rebuilds every shard.
 */
export function searchPipelineVersion(projectDir: string): string {
  const searchDir = path.join(projectDir, 'lib', 'search');
  const files = readdirSync(searchDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .sort();
  function* parts(): Generator<string> {
    yield String(SHARD_FORMAT);
    for (const file of files) yield `${file}\n${readFileSync(path.join(searchDir, file), 'utf8')}`;
    const lock = path.join(projectDir, 'package-lock.json');
    if (existsSync(lock)) yield readFileSync(lock, 'utf8');
  }
  return sha256(parts());
}

/** A shard as planned: its posts (newest first), its folder in the bundle ('' for the main index) and its cache key. */
export type PlannedShard = { pages: PageToIndex[]; directory: string; block: number; key: string };

/**
 * Cuts the posts (newest first) into shards that do not move when a post arrives:
 * fixed blocks of `shardSize` counted from the oldest post, so block 0 is always
 * the oldest `shardSize` posts, and a new post only joins (or opens) the newest
 * block. A shard's key is the hash of its posts' index documents and the pipeline
 * version: an edit changes the key of its own block only.
 *
 * The shards come newest first: the first is the bundle's main index, the others
 * are merged into it in the browser (../pagefind.ts), each in a folder named by
 * its block. Each holds a consecutive run of the newest-first list, which keeps a
 * date-sorted search in order across shards (../search.ts).
 */
export function planShards(pages: readonly PageToIndex[], shardSize: number, version: string): PlannedShard[] {
  if (!Number.isInteger(shardSize) || shardSize < 1) throw new Error(`shardSize must be a positive integer, not ${shardSize}`);
  const oldestFirst = [...pages].reverse();
  const blocks = Math.ceil(oldestFirst.length / shardSize);
  const planned: PlannedShard[] = [];
  for (let block = blocks - 1; block >= 0; block--) {
    const blockPages = oldestFirst.slice(block * shardSize, (block + 1) * shardSize).reverse();
    const key = sha256([version, String(shardSize), ...blockPages.flatMap((page) => [page.url, page.html])]);
    planned.push({ pages: blockPages, directory: block === blocks - 1 ? '' : shardDirectory(block), block, key });
  }
  return planned;
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
 * Puts `from`'s files into `to` as hard links, or copies where the two folders cannot
 * share files (another file system). A shard is about a thousand files, one per post:
 * copying the nine unchanged shards of 10,000 posts took 5.8 s of a warm build's
 * search step (BENCHMARKS.md). Sharing is safe because nothing writes into a shard's
 * files after Pagefind made them: a build deletes the output folder and makes new
 * files, and a cache entry is replaced by renaming a new folder over it.
 */
function linkTree(from: string, to: string, include: (name: string) => boolean = () => true): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (!include(entry.name)) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      linkTree(source, target);
      continue;
    }
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
}

/** Where shards are kept between builds (under `.next/cache`, which a Vercel deploy restores), and the pipeline version. */
export type ShardCache = { dir: string; version: string };

export type SearchIndexResult = {
  problems: string[];
  shards: number;
  /** Shards indexed by Pagefind in this run, and shards copied from the cache. */
  indexed: number;
  reused: number;
};

/**
 * Writes the Pagefind bundle for the pages (newest first) to `outputPath`
 * (replacing what was there): Japanese settings, each page's data-pagefind-body
 * regions with the extra search tokens of ./index-html, cut into shards by
 * planShards. With a cache, a shard whose key is there is copied instead of
 * indexed, each shard written is stored under its key, and entries this build
 * did not use are deleted. Returns the problems instead of a partial index.
 */
export async function buildSearchIndex(
  pages: readonly PageToIndex[],
  outputPath: string,
  { shardSize = DEFAULT_SHARD_SIZE, cache }: { shardSize?: number; cache?: ShardCache } = {},
): Promise<SearchIndexResult> {
  rmSync(outputPath, { recursive: true, force: true });
  const planned = planShards(pages, shardSize, cache?.version ?? '');
  const manifest: SearchShards = { shards: [] };
  let indexed = 0;
  let reused = 0;
  for (const shard of planned) {
    const target = path.join(outputPath, shard.directory);
    const cached = cache && path.join(cache.dir, shard.key);
    if (cached && existsSync(cached)) {
      linkTree(cached, target);
      reused++;
    } else {
      const problems = await writeShard(shard.pages, target);
      if (problems.length > 0) {
        rmSync(outputPath, { recursive: true, force: true });
        return { problems, shards: 0, indexed: 0, reused: 0 };
      }
      indexed++;
      if (cached) {
        // Written beside the entry and renamed, so an interrupted build never leaves half a shard under a valid key.
        const partial = `${cached}.partial`;
        rmSync(partial, { recursive: true, force: true });
        linkTree(target, partial, (name) => !name.startsWith('shard-') && name !== SEARCH_SHARDS_FILE);
        renameSync(partial, cached);
      }
    }
    if (shard.directory) manifest.shards.push(`${shard.directory}/`);
  }
  if (planned.length === 0) {
    // A site without posts still gets a (empty) bundle, so the search page works.
    const problems = await writeShard([], outputPath);
    if (problems.length > 0) return { problems, shards: 0, indexed: 0, reused: 0 };
    indexed++;
  }
  writeFileSync(path.join(outputPath, SEARCH_SHARDS_FILE), JSON.stringify(manifest));
  if (cache && existsSync(cache.dir)) {
    const used = new Set(planned.map((shard) => shard.key));
    for (const name of readdirSync(cache.dir)) {
      if (!used.has(name)) rmSync(path.join(cache.dir, name), { recursive: true, force: true });
    }
  }
  return { problems: [], shards: Math.max(1, planned.length), indexed, reused };
}
