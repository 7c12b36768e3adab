import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { startTypeScriptWorker } from '../../content/typescript-worker';
import { SEARCH_SHARDS_FILE, shardDirectory, type SearchShards } from '../shards';
import { writeShard, type PageToIndex } from './write-shard';
import type { WorkerReply } from './write-shard.worker';

export type { PageToIndex };

/**
 * Posts per shard. Pagefind's indexer holds its whole index in memory (6.7 GB
 * at 10,000 posts in one index, BENCHMARKS.md); an indexer per shard, at most
 * SHARDS_AT_ONCE of them, keeps the build's peak at that many shards'.
 * An edit re-indexes its shard, so the size is also the cost of a warm build's
 * search step (2,000: 27 s of 35 s at 10,000 posts); the browser merges one
 * shard per 1,000 posts.
 */
export const DEFAULT_SHARD_SIZE = 1000;

/** Bump when what a cached shard holds changes in a way the pipeline version cannot see. */
const SHARD_FORMAT = 1;

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

/**
 * Shards indexed at once when several must be (a clean build, a new pipeline version): Pagefind's
 * indexer keeps one core busy, so each runs in a worker thread with an indexer of its own. Two on
 * 2 cores (BENCHMARKS.md). An indexer grows to about 0.6 GB while it writes its files, so two
 * writing at once set the search step's peak (10,000 posts: 1.7 GB, against 1.25 GB when they took
 * turns to write, which cost 11 s of the step's 60).
 */
export const SHARDS_AT_ONCE = Math.min(2, availableParallelism());

type ShardToWrite = { pages: readonly PageToIndex[]; outputPath: string };

const startShardWorker = () => startTypeScriptWorker(path.join('lib', 'search', 'build', 'write-shard.worker.ts'));

/**
 * One shard written by a worker (./write-shard.worker.ts). `alive` is false when the worker
 * failed or exited: the shard is named in the problems, and the worker must not be used again.
 */
function writeInWorker(worker: Worker, { pages, outputPath }: ShardToWrite) {
  return new Promise<{ problems: string[]; alive: boolean }>((resolve) => {
    const finish = (problems: string[], alive: boolean) => {
      worker.off('message', onReply).off('error', failed).off('exit', failed);
      resolve({ problems, alive });
    };
    const onReply = (reply: WorkerReply) => finish(reply.problems, true);
    const failed = (error: unknown) => {
      const reason = error instanceof Error ? error.message : `検索インデックスのワーカーが終了しました (exit ${String(error)})`;
      finish([`${outputPath}: ${reason}`], false);
    };
    worker.on('message', onReply).once('error', failed).once('exit', failed);
    worker.postMessage({ pages, outputPath });
  });
}

/**
 * Writes the shards, `size` at a time: one after another in this thread for one, else each of
 * `size` worker threads takes the next shard until none is left (a failed worker is replaced,
 * so the build never waits on it). Returns every shard's problems, in the shards' order.
 */
async function writeShards(shards: readonly ShardToWrite[], size: number): Promise<string[]> {
  const problems: string[][] = [];
  if (size <= 1) {
    for (const shard of shards) problems.push(await writeShard(shard.pages, shard.outputPath));
    return problems.flat();
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      let worker = startShardWorker();
      try {
        while (next < shards.length) {
          const at = next++;
          const written = await writeInWorker(worker, shards[at]);
          problems[at] = written.problems;
          if (!written.alive) {
            void worker.terminate();
            worker = startShardWorker();
          }
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
  return problems.flat();
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
  { shardSize = DEFAULT_SHARD_SIZE, cache, concurrency = SHARDS_AT_ONCE }: { shardSize?: number; cache?: ShardCache; concurrency?: number } = {},
): Promise<SearchIndexResult> {
  rmSync(outputPath, { recursive: true, force: true });
  const planned = planShards(pages, shardSize, cache?.version ?? '');
  const manifest: SearchShards = { shards: [] };
  let reused = 0;
  const toWrite: PlannedShard[] = [];
  for (const shard of planned) {
    const cached = cache && path.join(cache.dir, shard.key);
    if (cached && existsSync(cached)) {
      linkTree(cached, path.join(outputPath, shard.directory));
      reused++;
    } else {
      toWrite.push(shard);
    }
    if (shard.directory) manifest.shards.push(`${shard.directory}/`);
  }
  // Pagefind adds files to a folder and removes none, so the main index and the shards' folders inside it can be written at once.
  const problems = await writeShards(
    toWrite.map((shard) => ({ pages: shard.pages, outputPath: path.join(outputPath, shard.directory) })),
    Math.min(concurrency, toWrite.length),
  );
  if (problems.length > 0) {
    rmSync(outputPath, { recursive: true, force: true });
    return { problems, shards: 0, indexed: 0, reused: 0 };
  }
  if (cache) {
    for (const shard of toWrite) {
      // Written beside the entry and renamed, so an interrupted build never leaves half a shard under a valid key.
      const cached = path.join(cache.dir, shard.key);
      const partial = `${cached}.partial`;
      rmSync(partial, { recursive: true, force: true });
      linkTree(path.join(outputPath, shard.directory), partial, (name) => !name.startsWith('shard-') && name !== SEARCH_SHARDS_FILE);
      renameSync(partial, cached);
    }
  }
  let indexed = toWrite.length;
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
