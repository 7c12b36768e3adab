import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeShard } from './write-shard';

const dir = mkdtempSync(path.join(tmpdir(), 'write-shard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Whole pages, as indexDocument makes them: Pagefind indexes no page without `<html>`.
const page = (n: number) => ({
  url: `/posts/p${n}`,
  html: `<!DOCTYPE html><html lang="ja"><body><h1 data-pagefind-body>記事${n}</h1><div data-pagefind-body><p>本文${n}</p></div></body></html>`,
  source: `p${n}`,
});

describe('writeShard', () => {
  it('writes the bundle with one fragment per page, without the ready-made UIs the site does not use', async () => {
    const output = path.join(dir, 'written');
    expect(await writeShard([page(1), page(2)], output)).toEqual([]);
    expect(existsSync(path.join(output, 'pagefind-entry.json'))).toBe(true);
    expect(readdirSync(path.join(output, 'fragment'))).toHaveLength(2);
    expect(readdirSync(output).filter((name) => name.startsWith('pagefind-ui'))).toEqual([]);
  }, 30_000);

  it('names a page with no indexed body, and writes nothing', async () => {
    const output = path.join(dir, 'bad');
    const problems = await writeShard([page(1), { ...page(2), html: '<h1>印のない本文</h1>' }], output);
    expect(problems).toEqual(['p2: data-pagefind-body の付いた本文がありません']);
    expect(existsSync(output)).toBe(false);
  }, 30_000);
});
