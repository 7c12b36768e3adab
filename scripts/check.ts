/**
 * `npm run check [-- --strict]`: every problem in every post, in seconds,
 * without building pages. Errors fail; warnings fail only with --strict.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkPosts } from '../lib/content/checks';
import { readPostFiles } from '../lib/content/files';
import { formatProblem } from '../lib/content/problems';
import { listPublicEntries } from '../lib/content/reserved-paths';
import { validatePosts } from '../lib/content/validate';
import { CONTENT_DIR, PUBLIC_DIR } from '../lib/config';

const contentDir = CONTENT_DIR;
const publicDir = PUBLIC_DIR;
const strict = process.argv.includes('--strict');

const files = readPostFiles(contentDir);
const { posts, problems: errors } = validatePosts(files, { publicEntries: listPublicEntries(publicDir) });
const publicFileExists = (urlPath: string) => {
  const file = path.join(publicDir, urlPath);
  return file.startsWith(path.join(publicDir, path.sep)) && existsSync(file) && statSync(file).isFile();
};
const notes = checkPosts({ posts, publicFileExists, now: new Date() });
const problems = [...errors, ...notes].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);

for (const problem of problems) {
  (problem.severity === 'info' ? console.log : console.error)(formatProblem(problem));
}
const count = (severity: string) => problems.filter((p) => p.severity === severity).length;
console.log(
  `${files.length} 件の記事を確認しました: エラー ${count('error')} 件、警告 ${count('warning')} 件、情報 ${count('info')} 件`,
);
process.exit(count('error') > 0 || (strict && count('warning') > 0) ? 1 : 0);
