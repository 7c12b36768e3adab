/**
 * `npm run bench:collection -- 100000` (after `npm run content` over a corpus, e.g.
 * `CONTENT_DIR=.bench/corpus-1000 npm run content`)
 * Contentlayer's collection file at archive sizes no build here reaches: repeats the
 * documents the content step wrote (each under a new id and slug) up to the count,
 * writes them with lib/content/collection-file.ts into a scratch folder, reads them
 * back (whole, and as the search step keeps them), and reports time, size and memory. It then shows what one
 * string would do with the same file: past V8's longest string (536,870,888
 * characters in Node 20) both `JSON.stringify` of the collection and reading the
 * file whole fail. The scratch file is deleted at the end.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { constants } from 'node:buffer';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GENERATED_POSTS_FILE } from '../../lib/posts/generated';
import { readCollectionFile, writeCollectionFile } from '../../lib/content/collection-file';
import { indexedFields, type IndexedPost } from '../../lib/search/build/index-document';

type Document = IndexedPost & { _id: string; _raw: { sourceFilePath: string } } & Record<string, unknown>;

const count = Number(process.argv[2] ?? 100_000);
const templates = readCollectionFile<Document>(GENERATED_POSTS_FILE);
if (templates.length === 0) throw new Error(`${GENERATED_POSTS_FILE} に記事がありません。先に npm run content を実行してください。`);

// Copies share their templates' long strings, so the collection costs the heap little before it is written.
const documents: Document[] = Array.from({ length: count }, (_, index) => {
  const template = templates[index % templates.length];
  const slug = `${template.slug}-${index}`;
  return { ...template, _id: `posts/${slug}.md`, slug, _raw: { ...template._raw, sourceFilePath: `posts/${slug}.md` } };
});

const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(1);
const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;
const dir = mkdtempSync(path.join(tmpdir(), 'bench-collection-'));
const file = path.join(dir, '_index.json');
try {
  let start = performance.now();
  writeCollectionFile(file, documents);
  console.log(`written: ${count.toLocaleString('en')} documents, ${mib(statSync(file).size)} in ${seconds(start)} s`);

  // Heap held by what each read keeps: whole documents, then the search step's fields only.
  for (const [name, keep] of [
    ['whole documents', (document: Document) => document],
    ['the search step\'s fields (indexedFields)', indexedFields],
  ] as const) {
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    start = performance.now();
    const read = readCollectionFile<Document, IndexedPost>(file, keep);
    const time = seconds(start);
    globalThis.gc?.();
    const held = process.memoryUsage().heapUsed - before;
    const same = read.length === count && read.every((document, index) => document.slug === documents[index].slug);
    console.log(`read back, keeping ${name}: ${read.length.toLocaleString('en')} in ${time} s, slugs in order: ${same}, heap held ${mib(held)}`);
    read.length = 0;
  }

  console.log(`V8's longest string: ${constants.MAX_STRING_LENGTH.toLocaleString('en')} characters`);
  for (const [name, whole] of [
    ['JSON.stringify of the whole collection', () => JSON.stringify(documents, null, 2).length],
    ['reading the file as one string', () => readFileSync(file, 'utf8').length],
  ] as const) {
    try {
      console.log(`${name}: ${whole().toLocaleString('en')} characters`);
    } catch (error) {
      console.log(`${name}: fails (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  console.log(`peak memory of the process: ${mib(process.resourceUsage().maxRSS * 1024)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
