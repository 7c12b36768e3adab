/**
 * The search step of the build (after `next build`): index every published post
 * with Pagefind into public/pagefind, which `next start` and Vercel serve as static
 * files. The documents come from the content step's data, not from prerendered
 * pages (older posts render on first request and have none): the same regions and
 * search data as the post page (lib/search/build/index-document.ts). Shards whose
 * posts did not change are copied from SEARCH_CACHE_DIR (lib/search/build/build-index.ts).
 */
import './production-react';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Post as PostDocument } from 'contentlayer/generated';
import { SEARCH_CACHE_DIR } from '../lib/config';
import { readCollectionFile } from '../lib/content/collection-file';
import { buildSearchIndex, directoryBytes, searchPipelineVersion } from '../lib/search/build/build-index';
import { indexDocument, indexedFields, postsToIndex, type IndexedPost } from '../lib/search/build/index-document';
import { GENERATED_POSTS_FILE } from '../lib/posts/generated';
import { ON_DEMAND_PATHS_FILE, type OnDemandPathTable } from '../lib/urls/on-demand-paths';

const outputPath = path.join('public', 'pagefind');
const started = Date.now();

function fail(lines: string[]): never {
  console.error([...lines, '検索インデックスを作成できませんでした。ビルドを中止します。'].join('\n'));
  process.exit(1);
}

for (const file of [GENERATED_POSTS_FILE, ON_DEMAND_PATHS_FILE]) {
  if (!existsSync(file)) fail([`${file} がありません。先に npm run content を実行してください。`]);
}
// "Published" as the content step judged it, the instant the proxy's table of posts was made.
const table = JSON.parse(readFileSync(ON_DEMAND_PATHS_FILE, 'utf8')) as OnDemandPathTable;
const builtAt = new Date(table.builtAt);
if (Number.isNaN(builtAt.getTime())) fail([`${ON_DEMAND_PATHS_FILE}: builtAt がありません。npm run content をやり直してください。`]);
/**
 * The published posts' index documents. The collection (126 MB at 10,000 posts) is read a document at a
 * time, keeping the fields the index needs, and let go before the indexers start.
 */
function publishedPages() {
  const documents = readCollectionFile<PostDocument, IndexedPost>(GENERATED_POSTS_FILE, indexedFields);
  return postsToIndex(documents, builtAt).map(indexDocument);
}
const pages = publishedPages();
// The collection's memory goes back to the system before the Pagefind indexers start (10,000 posts: the process
// 442 → 282 MB): this thread allocates little after this point, so V8 would not collect it before the step ends.
globalThis.gc?.();

const { problems, shards, indexed, reused } = await buildSearchIndex(pages, outputPath, {
  cache: { dir: SEARCH_CACHE_DIR, version: searchPipelineVersion(process.cwd()) },
});
if (problems.length > 0) fail(problems);

console.log(
  `検索インデックス: 記事 ${pages.length} 件を ${outputPath} に ${shards} 分割で書き出しました（作成 ${indexed}、キャッシュから ${reused}、${(directoryBytes(outputPath) / 1024).toFixed(0)} KB）: ${((Date.now() - started) / 1000).toFixed(1)} 秒`,
);
