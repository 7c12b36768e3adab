/**
 * `npm run import:jekyll -- <path to a Jekyll site>`: copies its posts, drafts,
 * images and includes into this project unchanged, writes the site's settings for
 * the content step and the old → new URL table, and prints what the build will make
 * of it (lib/content/jekyll-import.ts). Safe to run again: it gives the same files.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR, PUBLIC_DIR } from '../lib/config';
import { formatImportReport, importJekyllSite } from '../lib/content/jekyll-import';

const siteDir = process.argv[2];
if (!siteDir || !existsSync(siteDir) || !statSync(siteDir).isDirectory()) {
  console.error('使い方: npm run import:jekyll -- <Jekyll サイトのフォルダ（_config.yml と _posts/ のあるところ）>');
  process.exit(2);
}
if (!existsSync(path.join(siteDir, '_posts')) && !existsSync(path.join(siteDir, '_drafts'))) {
  console.error(`${siteDir} に _posts/ も _drafts/ もありません。Jekyll サイトのフォルダを指定してください。`);
  process.exit(2);
}

const result = importJekyllSite({
  siteDir,
  contentDir: CONTENT_DIR,
  publicDir: PUBLIC_DIR,
  projectDir: process.cwd(),
});
console.log(formatImportReport(result));
// The files are in; the build would still stop on these, so say so with the exit code too.
process.exit(result.problems.some((p) => p.severity === 'error') ? 1 : 0);
