import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTypeScriptWorker, workerBundle } from './typescript-worker';

const dir = mkdtempSync(path.join(tmpdir(), 'typescript-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// TypeScript only (a type, an enum, a parameter property) and a package from node_modules.
const source = (greeting: string) => `
import { parentPort, workerData } from 'node:worker_threads';
import { parse } from 'yaml';
enum Kind { Post = 'post' }
class Reply { constructor(readonly kind: Kind, readonly text: string) {} }
const data: { yaml: string } = workerData;
parentPort!.postMessage({ ...new Reply(Kind.Post, '${greeting}'), parsed: parse(data.yaml) });
`;

function reply(entry: string, workerData: unknown): Promise<unknown> {
  const worker = startTypeScriptWorker(entry, workerData);
  return new Promise((resolve, reject) => {
    worker.once('message', (message) => {
      void worker.terminate();
      resolve(message);
    });
    worker.once('error', reject);
  });
}

describe('startTypeScriptWorker', () => {
  it('runs a TypeScript module in a plain worker thread, its packages loaded from node_modules', async () => {
    const entry = path.join(dir, 'hello.worker.ts');
    writeFileSync(entry, source('こんにちは'));
    expect(await reply(entry, { yaml: 'title: 記事' })).toEqual({ kind: 'post', text: 'こんにちは', parsed: { title: '記事' } });
  });

  it('names a bundle by the hash of its code, inside the project so packages resolve, and builds it once a process', () => {
    const entry = path.join(dir, 'named.worker.ts');
    writeFileSync(entry, source('名前'));
    const bundle = workerBundle(entry);
    const code = readFileSync(bundle);
    expect(path.basename(bundle)).toBe(`named.worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
    expect(bundle.startsWith(path.resolve('node_modules') + path.sep)).toBe(true);
    expect(code.toString()).toContain('名前');
    expect(workerBundle(entry)).toBe(bundle);
  });
});
