import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPagefindBundle } from '../../../scripts/bench/pagefind-node';
import { searchPosts } from '../search';
import { SEARCH_SHARDS_FILE } from '../shards';
import { buildSearchIndex, planShards, searchPipelineVersion, type PageToIndex } from './build-index';

/** Posts numbered from the oldest (1) to the newest (`count`), listed newest first as the build gives them, each a whole page as indexDocument makes it. */
function pagesNewestFirst(count: number, edited: Record<number, string> = {}): PageToIndex[] {
  return Array.from({ length: count }, (_, i) => count - i).map((n) => ({
    url: `/posts/p${n}`,
    html: `<!DOCTYPE html><html lang="ja"><body><h1 data-pagefind-body>記事${n}</h1><div data-pagefind-body><p>${edited[n] ?? `本文${n}`}</p></div></body></html>`,
    source: `p${n}`,
  }));
}

const keysByBlock = (pages: PageToIndex[], version = 'v1') => new Map(planShards(pages, 3, version).map((shard) => [shard.block, shard.key]));

describe('planShards', () => {
  it('cuts fixed blocks from the oldest post; the newest block is the main index, the others are folders by block, newest first', () => {
    const shards = planShards(pagesNewestFirst(8), 3, 'v1');
    expect(shards.map((shard) => [shard.block, shard.directory, shard.pages.map((page) => page.source)])).toEqual([
      [2, '', ['p8', 'p7']],
      [1, 'shard-1', ['p6', 'p5', 'p4']],
      [0, 'shard-0', ['p3', 'p2', 'p1']],
    ]);
  });

  it('changes only the newest shard’s key when a new post arrives', () => {
    const before = keysByBlock(pagesNewestFirst(8));
    const after = keysByBlock(pagesNewestFirst(9));
    expect(after.get(0)).toBe(before.get(0));
    expect(after.get(1)).toBe(before.get(1));
    expect(after.get(2)).not.toBe(before.get(2));
  });

  it('opens a new block when the newest is full, leaving every full block as it was', () => {
    const before = keysByBlock(pagesNewestFirst(9));
    const after = keysByBlock(pagesNewestFirst(10));
    expect([...after.keys()]).toEqual([3, 2, 1, 0]);
    for (const block of [0, 1, 2]) expect(after.get(block), `block ${block}`).toBe(before.get(block));
  });

  it('changes only the edited post’s shard’s key when an old post is edited', () => {
    const before = keysByBlock(pagesNewestFirst(9));
    const after = keysByBlock(pagesNewestFirst(9, { 4: '本文4に追記した言葉' }));
    expect(after.get(0)).toBe(before.get(0));
    expect(after.get(1)).not.toBe(before.get(1));
    expect(after.get(2)).toBe(before.get(2));
  });

  it('changes every key when the pipeline version changes', () => {
    const before = keysByBlock(pagesNewestFirst(9), 'v1');
    const after = keysByBlock(pagesNewestFirst(9), 'v2');
    for (const block of [0, 1, 2]) expect(after.get(block), `block ${block}`).not.toBe(before.get(block));
  });

  it('plans nothing for no posts, and refuses a shard size that is not a positive integer', () => {
    expect(planShards([], 3, 'v1')).toEqual([]);
    for (const size of [0, -1, 1.5, Number.NaN]) expect(() => planShards(pagesNewestFirst(2), size, 'v1')).toThrow(/shardSize/);
  });
});

describe('searchPipelineVersion', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'search-version-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, 'lib', 'search', 'build'), { recursive: true });
  writeFileSync(path.join(dir, 'lib', 'search', 'build', 'index-html.ts'), 'export const a = 1;');
  writeFileSync(path.join(dir, 'lib', 'search', 'text.test.ts'), 'test');
  writeFileSync(path.join(dir, 'package-lock.json'), '{"pagefind":"1.6.0"}');

  it('changes with the search code and the locked packages, not with tests', () => {
    const base = searchPipelineVersion(dir);
    writeFileSync(path.join(dir, 'lib', 'search', 'text.test.ts'), 'another test');
    expect(searchPipelineVersion(dir)).toBe(base);
    writeFileSync(path.join(dir, 'lib', 'search', 'build', 'index-html.ts'), 'export const a = 2;');
    const changedCode = searchPipelineVersion(dir);
    expect(changedCode).not.toBe(base);
    writeFileSync(path.join(dir, 'package-lock.json'), '{"pagefind":"1.7.0"}');
    expect(searchPipelineVersion(dir)).not.toBe(changedCode);
  });
});

describe('buildSearchIndex with a cache', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'search-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cache = { dir: path.join(dir, 'cache'), version: 'v1' };
  const output = path.join(dir, 'pagefind');
  /** The URLs the bundle in `output` finds for a query, sorted. */
  async function searchOutput(): Promise<(query: string) => Promise<string[]>> {
    const pagefind = await loadPagefindBundle(output);
    return async (query) =>
      (await Promise.all((await searchPosts(pagefind, { query })).results.map(async (result) => (await result.data()).url))).sort();
  }

  it('indexes only the shard an edit touched, copies the others, and drops entries no longer used', async () => {
    const first = await buildSearchIndex(pagesNewestFirst(7), output, { shardSize: 3, cache });
    expect(first).toMatchObject({ problems: [], shards: 3, indexed: 3, reused: 0 });
    expect(JSON.parse(readFileSync(path.join(output, SEARCH_SHARDS_FILE), 'utf8'))).toEqual({ shards: ['shard-1/', 'shard-0/'] });
    expect(readdirSync(cache.dir)).toHaveLength(3);

    const edited = await buildSearchIndex(pagesNewestFirst(7, { 2: '本文2を訂正' }), output, { shardSize: 3, cache });
    expect(edited).toMatchObject({ problems: [], shards: 3, indexed: 1, reused: 2 });
    expect(readdirSync(cache.dir)).toHaveLength(3);
    // Every shard's files are in place, the copied ones included.
    for (const folder of ['', 'shard-1', 'shard-0']) expect(readdirSync(path.join(output, folder)), folder || 'main').toContain('pagefind-entry.json');

    // The word just edited into the oldest block is found, and the copied shards still answer.
    const urls = await searchOutput();
    expect(await urls('訂正')).toEqual(['/posts/p2']);
    expect(await urls('記事')).toEqual(['/posts/p1', '/posts/p2', '/posts/p3', '/posts/p4', '/posts/p5', '/posts/p6', '/posts/p7']);
  }, 60_000);

  it('keeps its entries whole when the output that shares their files is deleted and built again', async () => {
    // The output shares files with the cache (hard links): deleting it, as every build does, must not touch the entries.
    rmSync(output, { recursive: true, force: true });
    const again = await buildSearchIndex(pagesNewestFirst(7, { 2: '本文2を訂正' }), output, { shardSize: 3, cache });
    expect(again).toMatchObject({ problems: [], shards: 3, indexed: 0, reused: 3 });
    // A new post re-indexes the main index in place of its linked files; the older shards still answer from the cache.
    const withNew = await buildSearchIndex(pagesNewestFirst(8, { 2: '本文2を訂正', 8: '新着の本文' }), output, { shardSize: 3, cache });
    expect(withNew).toMatchObject({ problems: [], shards: 3, indexed: 1, reused: 2 });
    const reloaded = await buildSearchIndex(pagesNewestFirst(8, { 2: '本文2を訂正', 8: '新着の本文' }), output, { shardSize: 3, cache });
    expect(reloaded).toMatchObject({ indexed: 0, reused: 3 });
    const urls = await searchOutput();
    expect(await urls('新着')).toEqual(['/posts/p8']);
    expect(await urls('訂正')).toEqual(['/posts/p2']);
    expect(await urls('記事')).toHaveLength(8);
  }, 60_000);
});

describe('buildSearchIndex, several shards at once', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'search-at-once-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  /** Every file of a bundle with its bytes, by its path in the bundle. */
  const files = (root: string) =>
    Object.fromEntries(
      readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => [path.relative(root, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name)).toString('base64')]),
    );

  it('writes, two shards at a time in worker threads, the same bundle as one shard after another', async () => {
    const pages = pagesNewestFirst(10);
    const oneByOne = await buildSearchIndex(pages, path.join(dir, 'one'), { shardSize: 3, concurrency: 1 });
    const atOnce = await buildSearchIndex(pages, path.join(dir, 'two'), { shardSize: 3, concurrency: 2, cache: { dir: path.join(dir, 'cache'), version: 'v1' } });
    expect(oneByOne).toMatchObject({ problems: [], shards: 4, indexed: 4 });
    expect(atOnce).toMatchObject({ problems: [], shards: 4, indexed: 4, reused: 0 });
    const expected = files(path.join(dir, 'one'));
    expect(Object.keys(expected).filter((name) => name.endsWith('pagefind-entry.json'))).toHaveLength(4);
    expect(files(path.join(dir, 'two'))).toEqual(expected);
    // Each shard went into the cache whole, without the shards inside the main index's folder.
    const entries = readdirSync(path.join(dir, 'cache'));
    expect(entries).toHaveLength(4);
    for (const entry of entries) expect(readdirSync(path.join(dir, 'cache', entry)).some((name) => name.startsWith('shard-')), entry).toBe(false);
    const pagefind = await loadPagefindBundle(path.join(dir, 'two'));
    expect((await searchPosts(pagefind, { query: '記事' })).results).toHaveLength(10);
  }, 60_000);

  it('passes on the problems a worker found, and leaves no partial bundle', async () => {
    const pages = pagesNewestFirst(6);
    pages[4] = { ...pages[4], html: '<h1>本文の印がない</h1>' };
    const output = path.join(dir, 'bad');
    const result = await buildSearchIndex(pages, output, { shardSize: 3, concurrency: 2 });
    expect(result.problems).toEqual([`${pages[4].source}: data-pagefind-body の付いた本文がありません`]);
    expect(() => readdirSync(output)).toThrow();
  }, 60_000);
});
