/**
 * The search step of the build (after `next build`): index the prerendered post
 * pages with Pagefind into public/pagefind, which `next start` and Vercel serve as
 * static files. Only the post pages are indexed, and only their
 * `data-pagefind-body` regions (title and article body); Japanese search tokens
 * are added on the way in (lib/search/index-html.ts).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { addSearchTokensToHtml } from '../lib/search/index-html';
import { builtPostPages } from '../lib/search/post-pages';

const distDir = '.next';
const outputPath = path.join('public', 'pagefind');
// Pagefind also writes its ready-made UIs; the site has its own, so they are not shipped.
const UNUSED_FILES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;
const started = Date.now();

function fail(message: string): never {
  console.error(`${message}\n検索インデックスを作成できませんでした。ビルドを中止します。`);
  process.exit(1);
}

function directoryBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

const manifestFile = path.join(distDir, 'prerender-manifest.json');
if (!existsSync(manifestFile)) fail(`${manifestFile} がありません。先に next build を実行してください。`);
const pages = builtPostPages(JSON.parse(readFileSync(manifestFile, 'utf8')), distDir);

rmSync(outputPath, { recursive: true, force: true });
const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'ja' });
if (!index) fail(createErrors.join('\n'));

const problems: string[] = [];
for (const page of pages) {
  if (!existsSync(page.htmlFile)) {
    problems.push(`${page.htmlFile}: ビルドされた記事ページがありません`);
    continue;
  }
  const { html, bodies } = addSearchTokensToHtml(readFileSync(page.htmlFile, 'utf8'));
  if (bodies === 0) {
    problems.push(`${page.htmlFile}: data-pagefind-body の付いた本文がありません`);
    continue;
  }
  const { errors } = await index.addHTMLFile({ url: page.url, content: html });
  problems.push(...errors.map((error) => `${page.htmlFile}: ${error}`));
}
if (problems.length > 0) fail(problems.join('\n'));

const { errors: writeErrors } = await index.writeFiles({ outputPath });
await pagefind.close();
if (writeErrors.length > 0) fail(writeErrors.join('\n'));
for (const file of readdirSync(outputPath)) {
  if (UNUSED_FILES.test(file)) rmSync(path.join(outputPath, file));
}

console.log(
  `検索インデックス: 記事 ${pages.length} 件を ${outputPath} に書き出しました（${(directoryBytes(outputPath) / 1024).toFixed(0)} KB）: ${((Date.now() - started) / 1000).toFixed(1)} 秒`,
);
