/**
 * `npm run bench:corpus -- 1000 [--out .bench/corpus-1000] [--seed 1]`
 * Writes a deterministic corpus to <out>/posts (outside content/ by default).
 * Build it with `CONTENT_DIR=<out> npm run build`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpusPost } from '../../lib/bench/corpus';

export function writeCorpus(count: number, outDir: string, seed = 1): string {
  const postsDir = path.join(outDir, 'posts');
  rmSync(postsDir, { recursive: true, force: true });
  mkdirSync(postsDir, { recursive: true });
  for (let index = 0; index < count; index++) {
    const post = generateCorpusPost(index, seed);
    writeFileSync(path.join(postsDir, post.fileName), post.source);
  }
  return postsDir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, seed: { type: 'string', default: '1' } },
  });
  const count = Number(positionals[0] ?? 1000);
  if (!Number.isInteger(count) || count <= 0) {
    console.error('使い方: npm run bench:corpus -- <記事数> [--out <フォルダ>] [--seed <整数>]');
    process.exit(1);
  }
  const outDir = values.out ?? path.join('.bench', `corpus-${count}`);
  const postsDir = writeCorpus(count, outDir, Number(values.seed));
  console.log(`${count} 件の記事を ${postsDir} に書き出しました。ビルド: CONTENT_DIR=${outDir} npm run build`);
}
