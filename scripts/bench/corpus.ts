/**
 * `npm run bench:corpus -- 1000 [--out .bench/corpus-1000] [--seed 1] [--jekyll]`
 * Writes a deterministic corpus to <out>/posts (outside content/ by default).
 * Build it with `CONTENT_DIR=<out> npm run build`.
 * With --jekyll, the same posts as a Jekyll site in <out>/site (Liquid, kramdown,
 * file-name dates, same-name posts): import it with
 * `CONTENT_DIR=<out>/content npm run import:jekyll -- <out>/site`, then build as above.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpusPost, generateJekyllCorpusPost, jekyllCorpusSiteFiles } from '../../lib/bench/corpus';

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

export function writeJekyllCorpus(count: number, outDir: string, seed = 1): string {
  const siteDir = path.join(outDir, 'site');
  rmSync(siteDir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(jekyllCorpusSiteFiles())) {
    mkdirSync(path.dirname(path.join(siteDir, file)), { recursive: true });
    writeFileSync(path.join(siteDir, file), text);
  }
  mkdirSync(path.join(siteDir, '_posts'), { recursive: true });
  for (let index = 0; index < count; index++) {
    const post = generateJekyllCorpusPost(index, seed);
    writeFileSync(path.join(siteDir, '_posts', post.fileName), post.source);
  }
  return siteDir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, seed: { type: 'string', default: '1' }, jekyll: { type: 'boolean', default: false } },
  });
  const count = Number(positionals[0] ?? 1000);
  if (!Number.isInteger(count) || count <= 0) {
    console.error('使い方: npm run bench:corpus -- <記事数> [--out <フォルダ>] [--seed <整数>] [--jekyll]');
    process.exit(1);
  }
  if (values.jekyll) {
    const outDir = values.out ?? path.join('.bench', `jekyll-corpus-${count}`);
    const siteDir = writeJekyllCorpus(count, outDir, Number(values.seed));
    console.log(
      `${count} 件の記事の Jekyll サイトを ${siteDir} に書き出しました。取り込み: CONTENT_DIR=${outDir}/content npm run import:jekyll -- ${siteDir}`,
    );
    process.exit(0);
  }
  const outDir = values.out ?? path.join('.bench', `corpus-${count}`);
  const postsDir = writeCorpus(count, outDir, Number(values.seed));
  console.log(`${count} 件の記事を ${postsDir} に書き出しました。ビルド: CONTENT_DIR=${outDir} npm run build`);
}
