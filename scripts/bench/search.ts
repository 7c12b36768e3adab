/**
 * Search benchmark (numbers for BENCHMARKS.md, not a test): builds a Pagefind index
 * of N generated posts (default 1,000) with the site's own index step, then measures
 * the bundle's size, what a reader downloads for a search, and query times through
 * searchPosts() on the bundle's own pagefind.js (run in Node like a browser runs it).
 *
 *   npm run bench:search            # 1,000 posts
 *   npm run bench:search -- 3000    # another size
 *
 * Posts are made from the sample articles' paragraphs (rendered by the site's
 * Markdown pipeline), shuffled, plus two sentences of random kanji/katakana words
 * each, so that the vocabulary keeps growing with the corpus as real news does.
 * Pages have the regions the real post page gives the index (components/article.tsx).
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { PostSearchData } from '../../components/post-search-data';
import { readPostFiles } from '../../lib/content/files';
import { validatePosts } from '../../lib/content/validate';
import { renderMarkdownToHtml } from '../../lib/markdown/render';
import { postPath } from '../../lib/urls/routes';
import { buildSearchIndex, directoryBytes, type PageToIndex } from '../../lib/search/build/build-index';
import { searchPosts } from '../../lib/search/search';
import { loadPagefindBundle } from './pagefind-node';

const postCount = Number(process.argv[2] ?? 1000);
const outputDir = path.join('.bench', 'search', 'pagefind');
const QUERIES = ['金利', '半導体', 'データセンター', 'ＡＩ', 'NVIDIA 決算', '生成AI', '株', '暗号資産'];
const WARM_RUNS = 20;

// A fixed-seed generator, so every run indexes the same corpus.
let seed = 20251125;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

const samples = validatePosts(readPostFiles('content'))
  .posts.filter((post) => !post.frontMatter.draft)
  .map((post) => ({ frontMatter: post.frontMatter, body: post.body }));
const blocks: string[] = [];
for (const sample of samples) {
  const html = await renderMarkdownToHtml(sample.body);
  blocks.push(...(html.match(/<(p|h2|h3|ul|ol|table|pre|blockquote)[\s>][\s\S]*?<\/\1>/g) ?? []));
}
const kanji = [...new Set(samples.flatMap((sample) => sample.body.match(/\p{Script=Han}/gu) ?? []))];
const katakana = Array.from('アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワンガギグゲゴザジズゼゾダデドバビブベボパピプペポー');
const categories = [...new Set(samples.flatMap((sample) => sample.frontMatter.categories ?? []))];
const tags = [...new Set(samples.flatMap((sample) => sample.frontMatter.tags ?? []))];

function word(): string {
  const letters = random() < 0.7 ? kanji : katakana;
  return Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(letters)).join('');
}

function generatedPage(i: number): PageToIndex {
  const sample = samples[i % samples.length];
  const title = `${sample.frontMatter.title}（${word()}・第${i + 1}報）`;
  const body = [
    ...Array.from({ length: 6 + Math.floor(random() * 6) }, () => pick(blocks)),
    `<p>${word()}の${word()}は${word()}を${word()}した。${word()}と${word()}の${word()}が焦点となる。</p>`,
  ].join('\n');
  const post = {
    title,
    date: new Date(Date.UTC(2020, 0, 1) + i * 36e5 * 7).toISOString(),
    categories: [pick(categories), pick(categories)].filter((name, at, all) => all.indexOf(name) === at),
    tags: Array.from({ length: 3 }, () => pick(tags)).filter((name, at, all) => all.indexOf(name) === at),
  };
  const slug = `bench-${String(i + 1).padStart(5, '0')}`;
  const html = `<!DOCTYPE html><html lang="ja"><body><header><a href="/">サイト名</a></header><main><article>
<h1 data-pagefind-body>${post.title}</h1><p>公開日</p><div data-pagefind-body>${body}</div>
${renderToStaticMarkup(createElement(PostSearchData, { post }))}</article></main></body></html>`;
  return { url: postPath(slug), html, source: slug };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Dated oldest first; the index step takes the posts newest first, as the site lists them.
const pages = Array.from({ length: postCount }, (_, i) => generatedPage(i)).reverse();
const textBytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page.html), 0);
let started = performance.now();
const { problems } = await buildSearchIndex(pages, outputDir);
if (problems.length > 0) throw new Error(problems.join('\n'));
const buildMs = performance.now() - started;

const files = (sub: string) => {
  try {
    return directoryBytes(path.join(outputDir, sub));
  } catch {
    return 0;
  }
};
console.log(`posts: ${postCount} (HTML ${kb(textBytes)})`);
console.log(`index build: ${(buildMs / 1000).toFixed(1)} s`);
console.log(
  `bundle on disk: ${kb(directoryBytes(outputDir))} (index ${kb(files('index'))}, fragments ${kb(files('fragment'))}, filters ${kb(files('filter'))})`,
);

// What a reader downloads: count the bytes the bundle fetches (files on disk are gzip-compressed already).
let fetched = 0;
const countingFetch = (inner: typeof fetch): typeof fetch =>
  async (input, init) => {
    const response = await inner(input, init);
    const body = await response.arrayBuffer();
    fetched += body.byteLength;
    return new Response(body, { status: response.status, headers: response.headers });
  };

const coreFiles = ['pagefind.js', 'pagefind-entry.json', 'wasm.unknown.pagefind'].reduce(
  (sum, file) => sum + readFileSync(path.join(outputDir, file)).byteLength,
  0,
);
const metaBytes = readdirSync(outputDir)
  .filter((file) => file.endsWith('.pf_meta'))
  .reduce((sum, file) => sum + readFileSync(path.join(outputDir, file)).byteLength, 0);
started = performance.now();
const pagefind = await loadPagefindBundle(outputDir);
globalThis.fetch = countingFetch(globalThis.fetch);
const initMs = performance.now() - started;
console.log(`open search (load pagefind.js, wasm, meta): ${ms(initMs)}; pagefind.js + entry + wasm ${kb(coreFiles)}, language meta ${kb(metaBytes)}`);

// On a shared machine wall time includes waiting for a CPU; CPU time is the search's own work.
console.log(`load average: ${loadavg().map((n) => n.toFixed(1)).join(' ')} on ${cpus().length} CPUs`);
console.log('\nquery | results | first search (cold) | downloaded | warm median of 20: wall / CPU | + data of first 8');
for (const query of QUERIES) {
  fetched = 0;
  started = performance.now();
  const first = await searchPosts(pagefind, { query });
  const coldMs = performance.now() - started;
  const coldBytes = fetched;
  const warm: number[] = [];
  const warmCpu: number[] = [];
  for (let run = 0; run < WARM_RUNS; run++) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    await searchPosts(pagefind, { query });
    const used = process.cpuUsage(cpu);
    warm.push(performance.now() - t);
    warmCpu.push((used.user + used.system) / 1000);
  }
  fetched = 0;
  started = performance.now();
  await Promise.all(first.results.slice(0, 8).map((result) => result.data()));
  const dataMs = performance.now() - started;
  console.log(
    `${query} | ${first.results.length} | ${ms(coldMs)} | ${kb(coldBytes)} | ${ms(median(warm))} / ${ms(median(warmCpu))} | ${ms(dataMs)} (${kb(fetched)})`,
  );
}

rmSync(path.join('.bench', 'search'), { recursive: true, force: true });
