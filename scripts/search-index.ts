/**
 * The search step of the build (after `next build`): index the prerendered post
 * pages with Pagefind into public/pagefind, which `next start` and Vercel serve as
 * static files. Only post pages are indexed, and only their `data-pagefind-body`
 * regions (title and article body); see lib/search/build/build-index.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSearchIndex, directoryBytes, type PageToIndex } from '../lib/search/build/build-index';
import { GENERATED_POSTS_FILE } from '../lib/posts/generated';
import { builtPostPages, newestFirst } from '../lib/search/build/post-pages';

const distDir = '.next';
const outputPath = path.join('public', 'pagefind');
const started = Date.now();

function fail(lines: string[]): never {
  console.error([...lines, '検索インデックスを作成できませんでした。ビルドを中止します。'].join('\n'));
  process.exit(1);
}

const manifestFile = path.join(distDir, 'prerender-manifest.json');
if (!existsSync(manifestFile)) fail([`${manifestFile} がありません。先に next build を実行してください。`]);
const posts = newestFirst(
  builtPostPages(JSON.parse(readFileSync(manifestFile, 'utf8')), distDir),
  JSON.parse(readFileSync(GENERATED_POSTS_FILE, 'utf8')),
);

const missing = posts.filter((post) => !existsSync(post.htmlFile));
if (missing.length > 0) fail(missing.map((post) => `${post.htmlFile}: ビルドされた記事ページがありません`));

// One page in memory at a time: at 10,000 posts the built HTML is gigabytes.
function* pages(): Generator<PageToIndex> {
  for (const post of posts) yield { url: post.url, html: readFileSync(post.htmlFile, 'utf8'), source: post.htmlFile };
}
const { problems, shards } = await buildSearchIndex(pages(), outputPath);
if (problems.length > 0) fail(problems);

console.log(
  `検索インデックス: 記事 ${posts.length} 件を ${outputPath} に ${shards} 分割で書き出しました（${(directoryBytes(outputPath) / 1024).toFixed(0)} KB）: ${((Date.now() - started) / 1000).toFixed(1)} 秒`,
);
