import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeShard } from './write-shard';

const dir = mkdtempSync(path.join(tmpdir(), 'write-shard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (n: number) => ({ url: `/posts/p${n}`, html: `<h1 data-pagefind-body>記事${n}</h1><div data-pagefind-body><p>本文${n}</p></div>`, source: `p${n}` });

describe('writeShard', () => {
  it('adds every page, then waits for its turn before writing anything', async () => {
    const output = path.join(dir, 'turn');
    const seen: boolean[] = [];
    let letWrite!: () => void;
    const writing = writeShard([page(1), page(2)], output, () => {
      seen.push(existsSync(output));
      return new Promise<void>((resolve) => (letWrite = resolve));
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(seen).toEqual([false]);
    expect(existsSync(output)).toBe(false);
    letWrite();
    expect(await writing).toEqual([]);
    expect(existsSync(path.join(output, 'pagefind-entry.json'))).toBe(true);
  }, 30_000);

  it('asks for no turn when a page has no indexed body, and writes nothing', async () => {
    const output = path.join(dir, 'bad');
    let asked = false;
    const problems = await writeShard([page(1), { ...page(2), html: '<h1>印のない本文</h1>' }], output, async () => {
      asked = true;
    });
    expect(problems).toEqual(['p2: data-pagefind-body の付いた本文がありません']);
    expect(asked).toBe(false);
    expect(existsSync(output)).toBe(false);
  }, 30_000);
});
